package dev.nirjas.sentence;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A range of a document's list that a stage moves from sentence to sentence: what the two windows
 * share. Valid until the window is moved again.
 *
 * @param <E> what the list holds
 */
abstract class SentenceWindow<E> extends AbstractList<E> implements RandomAccess {
  /**
   * The window's elements, copied from the document's list at each move into an array of the
   * element type, with room for the longest range shown so far. Why a copy: a stage reads a
   * sentence's tokens many times over, and each read through the document's list was an interface
   * call under the command line's first-tier JIT (C1 does not devirtualize {@code List.get}), 3 % of
   * a run's CPU.
   */
  private E[] shown;
  private int size;

  /** A window whose room starts as {@code room}, an empty array of the element type. */
  SentenceWindow(E[] room) {
    this.shown = room;
  }

  /**
   * {@return the window's array, with room for {@code size} elements, for the caller to fill
   * from its start before {@link #shown}}
   */
  final E[] room(int size) {
    if (shown.length < size) {
      shown = Arrays.copyOf(shown, Math.max(size, 2 * shown.length)); // of the same element type
    }
    return shown;
  }

  /** The window now shows the first {@code size} elements of its {@link #room}. */
  final void shown(int size) {
    this.size = size;
  }

  /**
   * Moves the window to {@code all[from, from + size)}, a range the caller has checked, element
   * by element (a {@code subList} view a move would be 6 MB a stage on the corpus).
   */
  final void show(List<E> all, int from, int size) {
    E[] to = room(size);
    for (int i = 0; i < size; i++) {
      to[i] = all.get(from + i);
    }
    shown(size);
  }

  @Override
  public final E get(int index) {
    return shown[Objects.checkIndex(index, size)];
  }

  @Override
  public final int size() {
    return size;
  }
}

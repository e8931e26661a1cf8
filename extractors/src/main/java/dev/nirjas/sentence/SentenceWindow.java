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
   * The window's elements, copied from the list at each move (room for the longest range shown so
   * far). Why a copy: a stage reads a sentence's tokens many times over, and each read through the
   * document's list was an interface call under the command line's first-tier JIT (C1 does not
   * devirtualize {@code List.get}), 3 % of a run's CPU; the copy is one {@code toArray} of the range
   * (the document's lists copy an array range so).
   */
  private Object[] shown = new Object[16];
  private int size;

  /** Moves the window to {@code all[from, from + size)}, a range the caller has checked. */
  final void show(List<E> all, int from, int size) {
    Object[] to = shown;
    if (to.length < size) {
      to = shown = new Object[Math.max(size, 2 * to.length)];
    }
    all.subList(from, from + size).toArray(to);
    this.size = size;
  }

  @Override
  @SuppressWarnings("unchecked")
  public final E get(int index) {
    return (E) shown[Objects.checkIndex(index, size)];
  }

  @Override
  public final int size() {
    return size;
  }

  @Override
  public final Object[] toArray() {
    return Arrays.copyOf(shown, size);
  }

  @Override
  @SuppressWarnings("unchecked")
  public final <T> T[] toArray(T[] a) {
    if (a.length < size) {
      return (T[]) Arrays.copyOf(shown, size, a.getClass());
    }
    System.arraycopy(shown, 0, a, 0, size);
    if (a.length > size) {
      a[size] = null;
    }
    return a;
  }
}

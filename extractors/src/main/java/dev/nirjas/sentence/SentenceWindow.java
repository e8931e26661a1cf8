package dev.nirjas.sentence;

import java.util.AbstractList;
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
  private List<E> all = List.of();
  private int from;
  private int size;

  /** Moves the window to {@code all[from, from + size)}, a range the caller has checked. */
  final void show(List<E> all, int from, int size) {
    this.all = all;
    this.from = from;
    this.size = size;
  }

  @Override
  public final E get(int index) {
    return all.get(from + Objects.checkIndex(index, size));
  }

  @Override
  public final int size() {
    return size;
  }
}

package dev.nirjas;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array no one else holds: a document's tokens and sentences, and
 * (a {@link View}) a range of them. The tokens come {@linkplain #owning owning} the array the
 * segmenter's run made at their count (no copy); {@link #copyOf} copies any other list once where
 * it is an {@code ArrayList} (the sentences), where {@code List.copyOf} copies twice ({@code
 * toArray}, then its own array).
 *
 * @param <E> the element type
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
  private static final FrozenList<?> EMPTY = new FrozenList<>(new Object[0]);

  /** Exactly the list's elements: the array's own bounds check is the list's. */
  private final Object[] elements;

  private FrozenList(Object[] elements) {
    this.elements = elements;
  }

  /**
   * {@return an unmodifiable copy of {@code list}; the list itself when it is one}
   *
   * @throws NullPointerException if the list or an element of it is null
   */
  @SuppressWarnings("unchecked")
  static <E> List<E> copyOf(List<? extends E> list) {
    if (list instanceof FrozenList<? extends E> f) {
      return (List<E>) f;
    }
    Object[] copy = list.toArray(); // a new array the list keeps no hold of: ArrayList's promise
    if (list.getClass() != ArrayList.class) {
      copy = Arrays.copyOf(copy, copy.length, Object[].class); // a list of unknown make may break it
    }
    for (Object e : copy) {
      Objects.requireNonNull(e, "element");
    }
    return copy.length == 0 ? (List<E>) EMPTY : new FrozenList<>(copy);
  }

  /**
   * {@return an unmodifiable list of exactly {@code elements}, which the caller made for it, holds
   * no null (the caller's promise: no check per element) and hands over: no copy}
   */
  @SuppressWarnings("unchecked")
  static <E> List<E> owning(Object[] elements) {
    return elements.length == 0 ? (List<E>) EMPTY : new FrozenList<>(elements);
  }

  /**
   * {@return an unmodifiable view of {@code elements[from, to)}, an array nobody writes to again}
   *
   * @throws IndexOutOfBoundsException if the range is not inside the array
   */
  static <E> List<E> view(Object[] elements, int from, int to) {
    Objects.checkFromToIndex(from, to, elements.length);
    return new View<>(elements, from, to - from);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public List<E> subList(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, elements.length);
    return new View<>(elements, fromIndex, toIndex - fromIndex);
  }

  /**
   * Copies {@code [from, to)} into {@code into} from its start (ranges checked by the caller; an
   * element not of {@code into}'s type is an {@code ArrayStoreException}).
   */
  void copy(int from, int to, Object[] into) {
    System.arraycopy(elements, from, into, 0, to - from);
  }

  /** A range of a frozen list (a sentence's tokens) or of another array nobody writes to again, sharing it. */
  private static final class View<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;
    private final int from;
    private final int size;

    View(Object[] elements, int from, int size) {
      this.elements = elements;
      this.from = from;
      this.size = size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
      return (E) elements[from + Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
      Objects.checkFromToIndex(fromIndex, toIndex, size);
      return new View<>(elements, from + fromIndex, toIndex - fromIndex);
    }
  }
}

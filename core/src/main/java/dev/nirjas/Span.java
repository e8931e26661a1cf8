package dev.nirjas;

/**
 * A range of UTF-16 char offsets into the <em>original</em> document text, end exclusive.
 *
 * <p>Every span Nirjas reports satisfies {@code text.substring(start, end)} equals the surface it
 * shows, whatever normalization happened on the way.
 *
 * @param start first char offset, inclusive, {@code >= 0}
 * @param end last char offset, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Validates that {@code 0 <= start <= end}. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** The number of chars covered. */
  public int length() {
    return end - start;
  }

  /** Whether this span and {@code other} share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The chars of {@code text} this span covers. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}

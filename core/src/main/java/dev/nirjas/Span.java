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

  /**
   * Validates that {@code 0 <= start <= end}.
   *
   * @param start first char offset, inclusive
   * @param end last char offset, exclusive
   * @throws IllegalArgumentException if not
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** {@return the number of chars covered} */
  public int length() {
    return end - start;
  }

  /**
   * {@return whether this span and {@code other} share at least one char}
   *
   * @param other another span of the same text
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * {@return whether {@code other} lies entirely inside this span}
   *
   * @param other another span of the same text
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * {@return the smallest span covering both}
   *
   * @param other another span of the same text
   */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * {@return the chars of {@code text} this span covers}
   *
   * @param text the text this span points into: the original
   */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  // equals and hashCode written out, as a record's own would compute them: the generated ones are
  // linked through method handles at their first call, which under the command line's first-tier
  // JIT was a few milliseconds of a worker's time in mid-run.

  /** {@return whether {@code o} is a span of the same start and end} */
  @Override
  public boolean equals(Object o) {
    return o instanceof Span s && s.start == start && s.end == end;
  }

  /** {@return {@code 31 * start + end}, the hash a record of these two components gets} */
  @Override
  public int hashCode() {
    return 31 * start + end;
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}

package dev.nirjas;

import java.util.Objects;

/**
 * The canonical form of a document's text together with the way back to the original.
 *
 * <p>Stages read {@link #text()} (NFC, nukta letters composed, markup residue removed) and report
 * spans in the original text through {@link #toOriginal(int, int)}.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] starts; // null when text == original char for char
  private final int[] ends;

  private NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * {@return a text that normalization left unchanged, its offsets the original's}
   *
   * @param original the original text
   */
  public static NormalizedText identity(String original) {
    return new NormalizedText(Objects.requireNonNull(original), original, null, null);
  }

  /**
   * A normalized text with its offset map.
   *
   * @param original the original text
   * @param text the normalized text
   * @param starts for each char {@code i} of {@code text}, the original offset where its source
   *     begins; non-decreasing
   * @param ends for each char {@code i} of {@code text}, the original offset where its source ends
   *     ({@code ends[i] > starts[i]}, except for a char that comes from no original char); chars
   *     that normalization deleted after it are not part of its source; non-decreasing
   * @return the normalized text, holding copies of the arrays
   * @throws IllegalArgumentException if an array's length is not the normalized text's
   */
  public static NormalizedText mapped(String original, String text, int[] starts, int[] ends) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    if (starts.length != text.length() || ends.length != text.length()) {
      throw new IllegalArgumentException("offset map does not cover the text");
    }
    return new NormalizedText(original, text, starts.clone(), ends.clone());
  }

  /**
   * A normalized text that keeps the offset map's arrays themselves, not copies: for a normalizer
   * that made them for this text and never writes to them again (a copy of a document's map is
   * several bytes per char of input). The arrays may be longer than the text; the entries past its
   * length are never read.
   *
   * @param original the original text
   * @param text the normalized text
   * @param starts as in {@link #mapped}, at least as long as {@code text}
   * @param ends as in {@link #mapped}, at least as long as {@code text}
   * @return the normalized text, holding the arrays
   * @throws IllegalArgumentException if an array is shorter than the normalized text
   */
  public static NormalizedText wrapping(String original, String text, int[] starts, int[] ends) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    if (starts.length < text.length() || ends.length < text.length()) {
      throw new IllegalArgumentException("offset map does not cover the text");
    }
    return new NormalizedText(original, text, starts, ends);
  }

  /** {@return the original text} */
  public String original() {
    return original;
  }

  /** {@return the canonical text that stages read} */
  public String text() {
    return text;
  }

  /** {@return whether normalization changed nothing} */
  public boolean isIdentity() {
    return starts == null;
  }

  /**
   * {@return the original offset where a normalized char comes from} At the end of the text, the
   * original's length.
   *
   * @param offset an offset into {@link #text()}, at most its length
   */
  public int toOriginal(int offset) {
    if (starts == null) {
      return offset;
    }
    return offset < text.length() ? starts[offset] : original.length();
  }

  /**
   * {@return the original offset where the source of normalized char {@code end - 1} ends} That is
   * after its last letter however that was typed (ো as ে + া, য় as য + ়), before any joiner,
   * direction mark or markup that normalization deleted after it. For an empty range, where char
   * {@code start} begins.
   *
   * @param start where the normalized range begins
   * @param end where the normalized range ends, exclusive
   */
  public int toOriginalEnd(int start, int end) {
    if (starts == null) {
      return end;
    }
    if (end <= start) {
      return toOriginal(start);
    }
    return Math.max(starts[start], ends[end - 1]);
  }

  /**
   * {@return the original span of the normalized range {@code [start, end)}} It begins where char
   * {@code start} came from and ends where the source of char {@code end - 1} ends, so markup
   * deleted right after the range stays outside it.
   *
   * @param start where the normalized range begins
   * @param end where the normalized range ends, exclusive
   */
  public Span toOriginal(int start, int end) {
    if (starts == null) {
      return new Span(start, end);
    }
    if (end <= start) {
      int at = toOriginal(start);
      return new Span(at, at);
    }
    return new Span(starts[start], toOriginalEnd(start, end));
  }
}

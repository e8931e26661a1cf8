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

  private NormalizedText(String original, String text, int[] starts) {
    this.original = original;
    this.text = text;
    this.starts = starts;
  }

  /** A text that normalization left unchanged. */
  public static NormalizedText identity(String original) {
    return new NormalizedText(Objects.requireNonNull(original), original, null);
  }

  /**
   * A normalized text with its offset map.
   *
   * @param original the original text
   * @param text the normalized text
   * @param starts for each offset {@code i} in {@code 0..text.length()}, the original offset where
   *     normalized char {@code i} comes from ({@code starts[text.length()] == original.length()});
   *     non-decreasing
   */
  public static NormalizedText mapped(String original, String text, int[] starts) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    if (starts.length != text.length() + 1 || starts[text.length()] != original.length()) {
      throw new IllegalArgumentException("offset map does not cover the text");
    }
    return new NormalizedText(original, text, starts.clone());
  }

  /** The original text. */
  public String original() {
    return original;
  }

  /** The canonical text that stages read. */
  public String text() {
    return text;
  }

  /** Whether normalization changed nothing. */
  public boolean isIdentity() {
    return starts == null;
  }

  /** The original offset where normalized char {@code offset} comes from. */
  public int toOriginal(int offset) {
    return starts == null ? offset : starts[offset];
  }

  /** The original offset where the source of normalized char {@code end - 1} ends (see below). */
  public int toOriginalEnd(int start, int end) {
    if (starts == null) {
      return end;
    }
    if (end <= start) {
      return starts[start];
    }
    int last = starts[end - 1];
    int e = starts[end];
    if (last < original.length() && original.charAt(last) == text.charAt(end - 1)) {
      e = Math.min(e, last + 1);
    }
    return Math.max(starts[start], e);
  }

  /**
   * The original span of the normalized range {@code [start, end)}: it begins where char
   * {@code start} came from and ends where the source of char {@code end - 1} ends, so markup
   * deleted right after the range stays outside it.
   */
  public Span toOriginal(int start, int end) {
    if (starts == null) {
      return new Span(start, end);
    }
    if (end <= start) {
      int at = starts[start];
      return new Span(at, at);
    }
    // Where the last char is copied unchanged, its source is that one char: anything between it
    // and the next char's source was deleted (markup, joiners) and is left out of the span.
    return new Span(starts[start], toOriginalEnd(start, end));
  }
}

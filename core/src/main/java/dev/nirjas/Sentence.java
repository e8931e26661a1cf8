package dev.nirjas;

import java.util.Objects;

/**
 * A sentence, or a heading, of the original text: its span, its range of tokens, and its text.
 *
 * <p>Equal when the span, the token range, the heading flag and the text are equal, as a record's
 * components would be. A sentence made by {@link #of} reads its text from the document's text
 * when first asked, and keeps a reference to that text: most users of a pipeline never ask (the
 * sentences' texts were the twentieth of all the pipeline allocated), and those who do get the same
 * string each time.
 */
public final class Sentence {
  // the span's two offsets, not a Span: a Span a sentence was about 3 % of what a pipeline allocated
  private final int start;
  private final int end;
  private final int firstToken;
  private final int endToken;
  private final boolean heading;
  /** The document's text, or null when the text was given. */
  private final String original;
  /** The text; for a sentence made by {@link #of}, null until asked (a race makes it twice, equal). */
  private String text;

  /**
   * A sentence with its text given.
   *
   * @param span the sentence in the original text, without surrounding white space or markup
   * @param firstToken index of its first token in {@link Annotation#tokens()}
   * @param endToken index one past its last token
   * @param heading whether this unit is a heading ("== ইতিহাস ==") rather than a sentence
   * @param text the original text of {@code span}
   * @throws IllegalArgumentException if the token range is negative or reversed, or the text's
   *     length is not the span's
   */
  public Sentence(Span span, int firstToken, int endToken, boolean heading, String text) {
    this(Objects.requireNonNull(span, "span").start(), span.end(), firstToken, endToken, heading, null, text);
    if (Objects.requireNonNull(text, "text").length() != span.length()) {
      throw new IllegalArgumentException("text of " + text.length() + " chars for " + span);
    }
  }

  private Sentence(int start, int end, int firstToken, int endToken, boolean heading, String original, String text) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
    this.start = start;
    this.end = end;
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
    }
    this.firstToken = firstToken;
    this.endToken = endToken;
    this.heading = heading;
    this.original = original;
    this.text = text;
  }

  /**
   * A sentence whose text is read from the document's text when first asked.
   *
   * @param span the sentence in {@code original}, without surrounding white space or markup
   * @param firstToken index of its first token in {@link Annotation#tokens()}
   * @param endToken index one past its last token
   * @param heading whether this unit is a heading rather than a sentence
   * @param original the document's text, which the sentence keeps
   * @return the sentence
   * @throws IllegalArgumentException if the span lies outside {@code original}, or the token range
   *     is negative or reversed
   */
  public static Sentence of(Span span, int firstToken, int endToken, boolean heading, String original) {
    return of(Objects.requireNonNull(span, "span").start(), span.end(), firstToken, endToken, heading, original);
  }

  /**
   * A sentence whose text is read from the document's text when first asked: {@link
   * #of(Span, int, int, boolean, String)} with the span's offsets. The first two ints are char
   * offsets into {@code original}, the next two token indices.
   *
   * @param start where the sentence starts in {@code original}
   * @param end where it ends (exclusive)
   * @param firstToken index of its first token in {@link Annotation#tokens()}
   * @param endToken index one past its last token
   * @param heading whether this unit is a heading rather than a sentence
   * @param original the document's text, which the sentence keeps
   * @return the sentence
   * @throws IllegalArgumentException if the offsets are negative, reversed or outside {@code
   *     original}, or the token range is negative or reversed
   */
  public static Sentence of(int start, int end, int firstToken, int endToken, boolean heading, String original) {
    Objects.requireNonNull(original, "original");
    if (end > original.length()) {
      throw new IllegalArgumentException("[" + start + ", " + end + ") outside a text of " + original.length()
          + " chars");
    }
    return new Sentence(start, end, firstToken, endToken, heading, original, null);
  }

  /**
   * {@return the sentence in the original text, without surrounding white space or markup} A new
   * span each call: {@link #start()} and {@link #end()} read it without one.
   */
  public Span span() {
    return new Span(start, end);
  }

  /** {@return where the sentence starts in the original text} */
  public int start() {
    return start;
  }

  /** {@return where the sentence ends in the original text (exclusive)} */
  public int end() {
    return end;
  }

  /** {@return the index of its first token in {@link Annotation#tokens()}} */
  public int firstToken() {
    return firstToken;
  }

  /** {@return the index one past its last token} */
  public int endToken() {
    return endToken;
  }

  /** {@return whether this unit is a heading ("== ইতিহাস ==") rather than a sentence} */
  public boolean heading() {
    return heading;
  }

  /**
   * Copies {@link #text()} into {@code dst} from {@code at} on, as {@link String#getChars} would,
   * without making the string when the sentence reads its text from the document's ({@link #of}):
   * for a writer that goes through every sentence's text once (the JSON output's half).
   *
   * @param dst where the chars go: room for {@code end() - start()} of them from {@code at}
   * @param at where the first goes
   * @throws IndexOutOfBoundsException if {@code dst} has no room for them there
   */
  public void getChars(char[] dst, int at) {
    String t = text;
    if (t != null) {
      t.getChars(0, t.length(), dst, at);
    } else {
      original.getChars(start, end, dst, at);
    }
  }

  /** {@return the original text of {@link #span()}} */
  public String text() {
    String t = text;
    if (t == null) {
      t = original.substring(start, end); // a String's fields are final: safe to publish through a race
      text = t;
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sentence s && start == s.start && end == s.end && firstToken == s.firstToken
        && endToken == s.endToken && heading == s.heading && text().equals(s.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, firstToken, endToken, heading, text());
  }

  /** {@return the components, as a record's {@code toString} writes them} */
  @Override
  public String toString() {
    return "Sentence[span=" + span() + ", firstToken=" + firstToken + ", endToken=" + endToken + ", heading="
        + heading + ", text=" + text() + "]";
  }
}

package dev.nirjas;

import java.util.Objects;

/**
 * A sentence, or a heading, of the original text.
 *
 * @param span the sentence in the original text, without surrounding white space or markup
 * @param firstToken index of its first token in {@link Annotation#tokens()}
 * @param endToken index one past its last token
 * @param heading whether this unit is a heading ("== ইতিহাস ==") rather than a sentence
 * @param text the original text of {@code span}
 */
public record Sentence(Span span, int firstToken, int endToken, boolean heading, String text) {

  /**
   * Validates the token range, and that the text is as long as the span.
   *
   * @param span the sentence in the original text
   * @param firstToken index of its first token
   * @param endToken index one past its last token
   * @param heading whether this unit is a heading
   * @param text the original text of {@code span}
   * @throws IllegalArgumentException if the token range is negative or reversed, or the text's
   *     length is not the span's
   */
  public Sentence {
    Objects.requireNonNull(span, "span");
    if (Objects.requireNonNull(text, "text").length() != span.length()) {
      throw new IllegalArgumentException("text of " + text.length() + " chars for " + span);
    }
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
    }
  }
}

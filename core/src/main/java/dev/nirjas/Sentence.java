package dev.nirjas;

import java.util.Objects;

/**
 * A sentence, or a heading, of the original text.
 *
 * @param span the sentence in the original text, without surrounding white space or markup
 * @param firstToken index of its first token in {@link Annotation#tokens()}
 * @param endToken index one past its last token
 * @param heading whether this unit is a heading ("== ইতিহাস ==") rather than a sentence
 */
public record Sentence(Span span, int firstToken, int endToken, boolean heading) {

  /** Validates the token range. */
  public Sentence {
    Objects.requireNonNull(span, "span");
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
    }
  }
}

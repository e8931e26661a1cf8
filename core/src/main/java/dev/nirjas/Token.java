package dev.nirjas;

import dev.nirjas.text.Digits;
import dev.nirjas.text.MatchingKey;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A word, number, punctuation mark or symbol found by the segmenter.
 *
 * <p>Immutable and safe to share between threads. Facts of the form — the matching key, the
 * numeric value, a stage's {@link FormFact}s — are computed on first use and kept with the form,
 * which tokens made by a {@link Vocabulary} share.
 */
public final class Token {
  private static final FormFact<String> KEY = FormFact.of(MatchingKey::of);
  private static final FormFact<BigDecimal> VALUE = FormFact.of(Digits::parse);

  private final int start;
  private final int end;
  private final Lexeme lexeme; // the form and its kind

  /**
   * A token at a span of the original text.
   *
   * @param span where the token stands in the original text
   * @param form the token in canonical (normalized) form, which lexicon lookups use
   * @param kind what the token is made of
   */
  public Token(Span span, String form, TokenKind kind) {
    this(span.start(), span.end(), form, kind);
  }

  /**
   * A token between two offsets of the original text.
   *
   * @param start where the token starts in the original text
   * @param end where it ends (exclusive)
   * @param form the token in canonical (normalized) form
   * @param kind what the token is made of
   * @throws IllegalArgumentException if the offsets are negative or reversed
   */
  public Token(int start, int end, String form, TokenKind kind) {
    this(start, end, new Lexeme(Objects.requireNonNull(form, "form"), form.hashCode(), kind));
  }

  /** A token of a vocabulary's form. */
  Token(int start, int end, Lexeme lexeme) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid token span [" + start + ", " + end + ")");
    }
    this.start = start;
    this.end = end;
    this.lexeme = lexeme;
  }

  /** {@return where the token stands in the original text} */
  public Span span() {
    return new Span(start, end);
  }

  /** {@return the start offset in the original text} */
  public int start() {
    return start;
  }

  /** {@return the end offset (exclusive) in the original text} */
  public int end() {
    return end;
  }

  /** {@return the canonical form: NFC with Bengali nukta letters composed, ZWJ/ZWNJ removed} */
  public String form() {
    return lexeme.form;
  }

  Lexeme lexeme() {
    return lexeme;
  }

  /** {@return what the token is made of} */
  public TokenKind kind() {
    return lexeme.kind;
  }

  /**
   * {@return a loose key for lexicon lookups (Lucene's Bengali normalization and stemming)}
   * "চীনের" and "চীন" share one. Never use it as output: it merges letters that differ in meaning.
   */
  public String key() {
    return KEY.get(this);
  }

  /**
   * {@return for a {@link TokenKind#NUMBER} token, its value; otherwise null} Bengali and ASCII
   * digits read alike, and grouping separators are removed when the grouping is valid Indian or
   * Western. Digit runs longer than {@link Digits#MAX_DIGITS} have no value.
   */
  public BigDecimal value() {
    return lexeme.kind == TokenKind.NUMBER ? VALUE.get(this) : null;
  }

  /**
   * {@return the surface of this token, as the original text has it}
   *
   * @param originalText the text the token was found in
   */
  public String surface(String originalText) {
    return originalText.substring(start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && start == t.start && end == t.end && form().equals(t.form()) && kind() == t.kind();
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, form(), kind());
  }

  @Override
  public String toString() {
    return form() + "/" + kind() + start + "-" + end;
  }
}

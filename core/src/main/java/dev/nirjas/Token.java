package dev.nirjas;

import dev.nirjas.text.Digits;
import dev.nirjas.text.MatchingKey;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A word, number, punctuation mark or symbol found by the segmenter.
 *
 * <p>Immutable and safe to share between threads. The matching key and the numeric value are
 * computed on first use and cached, each in a single field holding an immutable object, so a
 * racing thread at worst computes it again (as {@link String#hashCode()} does).
 */
public final class Token {
  private final int start;
  private final int end;
  private final String form;
  private final TokenKind kind;
  private String key;
  private Object value; // null: not computed yet; NO_VALUE: none. One field, so racy caching is safe.

  private static final Object NO_VALUE = new Object();

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
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid token span [" + start + ", " + end + ")");
    }
    this.start = start;
    this.end = end;
    this.form = Objects.requireNonNull(form, "form");
    this.kind = Objects.requireNonNull(kind, "kind");
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
    return form;
  }

  /** {@return what the token is made of} */
  public TokenKind kind() {
    return kind;
  }

  /**
   * {@return a loose key for lexicon lookups (Lucene's Bengali normalization and stemming)}
   * "চীনের" and "চীন" share one. Never use it as output: it merges letters that differ in meaning.
   */
  public String key() {
    String k = key;
    if (k == null) {
      key = k = MatchingKey.of(form);
    }
    return k;
  }

  /**
   * {@return for a {@link TokenKind#NUMBER} token, its value; otherwise null} Bengali and ASCII
   * digits read alike, and grouping separators are removed when the grouping is valid Indian or
   * Western. Digit runs longer than {@link Digits#MAX_DIGITS} have no value.
   */
  public BigDecimal value() {
    Object v = value;
    if (v == null) {
      BigDecimal parsed = kind == TokenKind.NUMBER ? Digits.parse(form) : null;
      value = v = parsed == null ? NO_VALUE : parsed;
    }
    return v == NO_VALUE ? null : (BigDecimal) v;
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
    return o instanceof Token t && start == t.start && end == t.end && form.equals(t.form) && kind == t.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, form, kind);
  }

  @Override
  public String toString() {
    return form + "/" + kind + start + "-" + end;
  }
}

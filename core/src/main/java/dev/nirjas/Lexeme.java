package dev.nirjas;

/**
 * One word form of a {@link Vocabulary}: the canonical form string and its {@link TokenKind}, shared
 * by every token of that form (the kind kept here, not on each token: eight bytes a token), and the
 * {@link FormFact}s asked of it so far.
 *
 * <p>Thread-safe by racy single-check caching, as {@link String#hashCode()}: a fact is an immutable
 * {@link Known} written into a slot; a thread that sees no value (or another fact's value in the
 * slot) computes it again. Nothing here can be seen half-built.
 */
final class Lexeme {
  final String form;
  final int hash;
  final TokenKind kind;
  /** The form's length and its first {@link #HEAD_CHARS} chars, two longs of four: what a lookup compares first. */
  private final int length;
  private final long head0;
  private final long head1;
  private Object[] facts; // null until a fact is asked; slots by FormFact.slot

  Lexeme(String form, int hash, TokenKind kind) {
    this.form = form;
    this.hash = hash;
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
    this.length = form.length();
    this.head0 = head(form, 0, length, 0);
    this.head1 = head(form, 0, length, 1);
  }

  /** How many chars the two heads hold. */
  static final int HEAD_CHARS = 8;

  /** {@return String.hashCode of {@code text[from, to)}} So a kept form's string hashes the same. */
  static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  /** {@return chars {@code 4 × part} to {@code 4 × part + 3} of {@code text[from, to)}, packed; 0 past its end} */
  static long head(String text, int from, int to, int part) {
    long packed = 0;
    for (int i = from + 4 * part, e = Math.min(to, i + 4); i < e; i++) {
      packed = packed << 16 | text.charAt(i);
    }
    return packed;
  }

  /** Whether this entry may be the form with these hash, heads, length and kind: all but its chars past the heads. */
  boolean sameAs(int hash, long head0, long head1, int length, TokenKind kind) {
    return this.hash == hash && this.head0 == head0 && this.head1 == head1 && this.length == length
        && this.kind == kind;
  }

  /** Whether the form's chars past the heads are those of {@code text[from, to)}, of its length. */
  boolean restMatches(String text, int from, int to) {
    return length <= HEAD_CHARS
        || form.regionMatches(HEAD_CHARS, text, from + HEAD_CHARS, length - HEAD_CHARS);
  }

  /** A fact's value, with the fact that owns it: a slot may change hands between facts. */
  record Known(FormFact<?> fact, Object value) {}

  @SuppressWarnings("unchecked")
  <T> T fact(FormFact<T> fact, Token token) {
    Object[] slots = facts;
    if (slots != null && slots[fact.slot] instanceof Known k && k.fact() == fact) {
      return (T) k.value();
    }
    T value = fact.compute(token);
    if (slots == null) {
      slots = new Object[FormFact.SLOTS];
      facts = slots; // a racing thread may install its own array: the loser's facts are asked again
    }
    slots[fact.slot] = value == null ? fact.absent : new Known(fact, value); // most facts are null: one shared
    return value;
  }
}

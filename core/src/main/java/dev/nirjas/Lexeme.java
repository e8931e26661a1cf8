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
  private Object[] facts; // null until a fact is asked; slots by FormFact.slot
  /**
   * The facts this form is known to have none of, a bit each ({@link FormFact#bit}): most facts of
   * most forms are null, and a stage asking one of every token then reads this entry, which the
   * segmenter has just read, rather than the slots (a cache line or more a form, out of the caches
   * at its first token in a document). Set by a plain read-modify-write: a bit lost to a racing
   * thread only costs the fact's lookup again; a bit is set only for a null value.
   */
  private int absent;

  Lexeme(String form, int hash, TokenKind kind) {
    this.form = form;
    this.hash = hash;
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
  }

  /** {@return String.hashCode of {@code text[from, to)}} So a kept form's string hashes the same. */
  static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  /** Whether this entry is the form {@code text[from, to)}, whose hash is {@code hash}, of this kind. */
  boolean is(String text, int from, int to, int hash, TokenKind kind) {
    return this.hash == hash && this.kind == kind && form.length() == to - from
        && form.regionMatches(0, text, from, to - from);
  }

  /** A fact's value, with the fact that owns it: a slot may change hands between facts. */
  record Known(FormFact<?> fact, Object value) {}

  @SuppressWarnings("unchecked")
  <T> T fact(FormFact<T> fact, Token token) {
    if ((absent & fact.bit) != 0) {
      return null;
    }
    Object[] slots = facts;
    if (slots != null && slots[fact.slot] instanceof Known k && k.fact() == fact) {
      return (T) k.value();
    }
    T value = fact.compute(token);
    if (value == null && fact.bit != 0) {
      absent |= fact.bit;
      return null;
    }
    if (slots == null) {
      slots = new Object[FormFact.SLOTS];
      facts = slots; // a racing thread may install its own array: the loser's facts are asked again
    }
    slots[fact.slot] = value == null ? fact.absent : new Known(fact, value); // a fact without a bit: one shared null
    return value;
  }
}

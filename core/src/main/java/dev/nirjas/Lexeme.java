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

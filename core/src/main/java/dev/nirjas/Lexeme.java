package dev.nirjas;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One word form of a {@link Vocabulary}: the canonical form string and its {@link TokenKind}, shared
 * by every token of that form (the kind kept here, not on each token: eight bytes a token), and the
 * {@link FormFact}s asked of it so far.
 *
 * <p>Thread-safe by racy single-check caching, as {@link String#hashCode()}: the first fact with a
 * value takes its place once (compare-and-set) and publishes its value through a volatile field;
 * any other fact is an immutable {@link Known} written into a place of its own. A thread that sees
 * no value (or another fact's value where it looks) computes it again. Nothing here can be seen
 * half-built.
 */
final class Lexeme {
  final String form;
  final int hash;
  final TokenKind kind;
  /**
   * The first fact with a value asked of this form, as the fact and its value side by side, then
   * the second (with its fact, a {@link Known}), then slots for any more ({@link FormFact#slot}),
   * made only for a form that has a third: a form has one or two such facts (the name finder's
   * weights, mostly). An array of slots for every form was 144 bytes of each, a fifth of the
   * long-lived data a run makes (the collector copies it), and a load more before each value; the
   * first fact's record between was another load at every query. The first place is taken once,
   * by compare-and-set on {@code firstFact}, and only the fact that took it writes {@code
   * firstValue} (volatile: a reader that sees the value sees it whole); a reader that finds the
   * value not yet written computes the fact again.
   */
  private volatile Object firstValue;
  private FormFact<?> firstFact;
  private Known second;
  private Object[] more;
  /** Sets {@link #firstFact} once, from null: the thread that does writes {@link #firstValue}. */
  private static final VarHandle FIRST_FACT;

  static {
    try {
      FIRST_FACT = MethodHandles.lookup().findVarHandle(Lexeme.class, "firstFact", FormFact.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
  /**
   * The facts this form is known to have none of, a bit each ({@link FormFact#bit}): most facts of
   * most forms are null, and a stage asking one of every token then reads this entry, which the
   * segmenter has just read, rather than the slots (a cache line or more a form, out of the caches
   * at its first token in a document). Set by a plain read-modify-write: a bit lost to a racing
   * thread only costs the fact's lookup again; a bit is set only for a null value. Read by
   * {@link FormFact#get} before it asks {@link #fact}.
   */
  int absent;

  /**
   * The form's length and its first eight chars, four to a {@code long} (zeros past its end): a
   * token is matched to its entry on these and the hash, without a load of the string and its
   * array (two cache lines out of the caches at a form's first token in a document; the stages
   * after the segmenter read a form's facts, seldom its chars).
   */
  final int length;
  final long head;
  final long head2;

  Lexeme(String form, int hash, TokenKind kind) {
    this.form = form;
    this.hash = hash;
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
    this.length = form.length();
    this.head = head(form, 0, form.length());
    this.head2 = head(form, 4, form.length());
  }

  /** {@return the chars {@code text[from, from + 4)} before {@code to}, 16 bits each, the first lowest} */
  static long head(String text, int from, int to) {
    long h = 0;
    for (int i = Math.min(to, from + 4) - 1; i >= from; i--) {
      h = h << 16 | text.charAt(i);
    }
    return h;
  }

  /** {@return String.hashCode of {@code text[from, to)}} So a kept form's string hashes the same. */
  static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  /** {@link #head(String, int, int)} of an array's chars. */
  static long head(char[] text, int from, int to) {
    long h = 0;
    for (int i = Math.min(to, from + 4) - 1; i >= from; i--) {
      h = h << 16 | text[i];
    }
    return h;
  }

  /** {@link #hash(String, int, int)} of an array's chars. */
  static int hash(char[] text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  /** Whether this entry is the form {@code text[from, to)}, whose hash is {@code hash}, of this kind. */
  boolean is(String text, int from, int to, int hash, TokenKind kind) {
    return this.hash == hash && this.kind == kind && form.length() == to - from
        && form.regionMatches(0, text, from, to - from);
  }

  /**
   * As {@link #is(String, int, int, int, TokenKind)}, given {@link #head} and {@link #head2} of
   * {@code text[from, to)}: the string is read only for a form longer than eight chars.
   */
  boolean is(String text, int from, int to, int hash, long head, long head2, TokenKind kind) {
    return this.hash == hash && this.kind == kind && length == to - from && this.head == head
        && this.head2 == head2 && (length <= 8 || form.regionMatches(8, text, from + 8, length - 8));
  }

  /** A fact's value, with the fact that owns it: a place may change hands between facts. */
  record Known(FormFact<?> fact, Object value) {}

  /**
   * This form's value of a fact, computed at its first query; for {@link FormFact#get}, which has
   * read the fact's bit in {@link #absent} first. The first place is all this method reads, so
   * that it and {@code get} stay small enough for the command line's first-tier JIT to inline at
   * each query (under 35 bytes of bytecode each): a call at every fact a stage asks of a token cost
   * as much as the answer.
   */
  @SuppressWarnings("unchecked")
  <T> T fact(FormFact<T> fact, Token token) {
    if (firstFact == fact) {
      Object v = firstValue; // volatile: a value seen is seen whole, whatever it is made of
      if (v != null) {
        return (T) v;
      }
    }
    return factPast(fact, token);
  }

  /** {@link #fact} past the first place: the second, the slots, else the fact computed and kept. */
  @SuppressWarnings("unchecked")
  private <T> T factPast(FormFact<T> fact, Token token) {
    if ((absent & fact.bit) != 0) {
      return null;
    }
    Known k = second; // a null without a bit is kept from the second place on
    if (k != null) {
      if (k.fact == fact) {
        return (T) k.value;
      }
      Object[] slots = more;
      if (slots != null && slots[fact.slot] instanceof Known s && s.fact == fact) {
        return (T) s.value;
      }
    }
    T value = fact.compute(token);
    if (value == null && fact.bit != 0) {
      absent |= fact.bit;
      return null;
    }
    if (value != null && firstFact == null && FIRST_FACT.compareAndSet(this, null, fact)) {
      firstValue = value; // the first place is this fact's for good: only its value is written
      return value;
    }
    // a fact without a bit keeps its null too: one shared Known. Racing threads may each take the
    // second place for another fact: the loser's is asked again.
    Known known = value == null ? fact.absent : new Known(fact, value);
    if (second == null) {
      second = known;
    } else {
      Object[] slots = more;
      if (slots == null) {
        slots = new Object[FormFact.SLOTS];
        more = slots;
      }
      slots[fact.slot] = known;
    }
    return value;
  }
}

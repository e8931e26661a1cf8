package dev.nirjas;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The word forms a pipeline has met, each kept once: tokens of the same form (and {@link TokenKind})
 * share its string, its kind and the {@link FormFact}s stages have asked of it. The segmenter makes
 * its tokens through one.
 *
 * <p>A form is looked up straight from the chars of the text, so a token of a known form costs no
 * new string. The vocabulary keeps at most {@code capacity} forms (a form that comes as two kinds
 * of token, which the segmenter never makes, takes two) — the first ones met, which in
 * running text are nearly all of its frequent words; a form met after that gets an entry of its
 * own, whose facts are computed for each of its tokens. So its memory is bounded (about 0.45 KB a
 * form with the standard stages' facts: 60 MB when full, measured over the Wikipedia corpus) and it
 * never changes a result, only the cost.
 *
 * <p>Thread-safe and lock-free: an open-addressing table whose slots are set once by
 * compare-and-set. A lookup looks at a bounded number of slots, so no input — not even one made of
 * words whose hashes collide — costs more than a constant per token.
 */
public final class Vocabulary {
  /** The default number of forms kept. */
  public static final int DEFAULT_CAPACITY = 1 << 17;

  private final AtomicReferenceArray<Lexeme> table;
  private final int mask;
  private final int shift;
  /** Slots looked at before a form is given up as not kept: bounds a token's cost. */
  private static final int MAX_PROBES = 16;
  private final int capacity;
  private final AtomicInteger size = new AtomicInteger();

  /** A vocabulary keeping up to {@link #DEFAULT_CAPACITY} forms. */
  public Vocabulary() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * A vocabulary keeping up to {@code capacity} forms.
   *
   * @param capacity how many forms to keep; 0 keeps none (every token gets its own entry)
   * @throws IllegalArgumentException if {@code capacity} is negative or above 2<sup>28</sup>
   */
  public Vocabulary(int capacity) {
    if (capacity < 0 || capacity > 1 << 28) {
      throw new IllegalArgumentException("capacity must be in [0, 2^28]: " + capacity);
    }
    int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2; // load ≤ 1/2
    this.table = new AtomicReferenceArray<>(slots);
    this.mask = slots - 1;
    this.shift = 32 - Integer.numberOfTrailingZeros(slots);
    this.capacity = capacity;
  }

  /**
   * A token whose form is {@code text[from, to)}, sharing that form with every token of it.
   *
   * @param start the token's start in the original text
   * @param end its end (exclusive) in the original text
   * @param text the normalized text
   * @param from where the form starts in {@code text}
   * @param to where it ends (exclusive)
   * @param kind what the token is made of
   * @return the token
   * @throws IllegalArgumentException if the offsets are negative or reversed
   */
  public Token token(int start, int end, String text, int from, int to, TokenKind kind) {
    return new Token(start, end, lexeme(text, from, to, Objects.requireNonNull(kind, "kind")));
  }

  /** {@return how many forms are kept} */
  public int size() {
    return size.get();
  }

  Lexeme lexeme(String text, int from, int to, TokenKind kind) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i); // String.hashCode's, so a kept form's string hashes the same
    }
    int len = to - from;
    int i = (h * 0x9E3779B9) >>> shift; // Fibonacci hashing: similar words ("ক১", "ক২") land far apart
    for (int probes = 0; probes < MAX_PROBES; probes++, i = (i + 1) & mask) {
      Lexeme l = table.get(i);
      if (l == null) {
        Lexeme made = new Lexeme(text.substring(from, to), h, kind);
        if (size.get() >= capacity) {
          return made;
        }
        if (table.compareAndSet(i, null, made)) {
          size.incrementAndGet();
          return made;
        }
        l = table.get(i); // another thread took the slot: it may hold this very form
      }
      if (l.hash == h && l.kind == kind && l.form.length() == len && l.form.regionMatches(0, text, from, len)) {
        return l;
      }
    }
    // A crowded neighbourhood (at half load it takes many forms of one hash, which text made to
    // collide can have): the form is not kept, so a token costs at most MAX_PROBES comparisons.
    return new Lexeme(text.substring(from, to), h, kind);
  }
}

package dev.nirjas;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The word forms a pipeline has met, each kept once: tokens of the same form (and {@link TokenKind})
 * share its string, its kind and the {@link FormFact}s stages have asked of it. The segmenter makes
 * its tokens through one.
 *
 * <p>A form is looked up straight from the chars of the text, so a token of a known form costs no
 * new string. The vocabulary keeps at most {@code capacity} forms (a form that comes as two kinds
 * of token, which the segmenter never makes, takes two) — the first ones met, which in
 * running text are nearly all of its frequent words; a form met after that gets an entry of its
 * own ({@link #token}: one per call; {@link #addTokens}: one its run's {@link Pending} shares
 * while it remembers the form), whose facts are computed for each entry. So its memory is bounded
 * (about 0.36 KB a form with the standard stages' facts: ~47 MB when full, measured over the
 * Wikipedia corpus; docs/LIMITS.md) and it never changes a result, only the cost.
 *
 * <p>A segmenter makes its tokens a run at a time ({@link Pending}, {@link #addTokens}): the
 * lookups of a run wait for the memory side by side, not one after another (docs/PERFORMANCE.md
 * measures it).
 *
 * <p>Thread-safe and lock-free: an open-addressing table whose slots are set once by
 * compare-and-set. A lookup looks at a bounded number of slots, so no input — not even one made of
 * words whose hashes collide — costs more than a constant per token.
 */
public final class Vocabulary {
  /** The default number of forms kept. */
  public static final int DEFAULT_CAPACITY = 1 << 17;

  /**
   * The slots, set once each by compare-and-set ({@link #SLOT}) and read plainly: the fields a
   * lookup reads of an entry are final, so a thread that sees an entry sees them set (its facts
   * are racy caches that start empty), and one that sees a slot still empty
   * looks it up the slow way (a read through a {@code VarHandle} or an {@code AtomicReferenceArray}
   * was a call under the command line's first-tier JIT, at every token).
   */
  private final Lexeme[] table;
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Lexeme[].class);
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
   * @param capacity how many forms to keep; 0 keeps none (every token gets its own entry, or its
   *     run's: see {@link Pending})
   * @throws IllegalArgumentException if {@code capacity} is negative or above 2<sup>28</sup>
   */
  public Vocabulary(int capacity) {
    if (capacity < 0 || capacity > 1 << 28) {
      throw new IllegalArgumentException("capacity must be in [0, 2^28]: " + capacity);
    }
    int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2; // load ≤ 1/2
    this.table = new Lexeme[slots];
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

  /**
   * Tokens waiting to be made by {@link #addTokens}, for a segmenter: it collects a run of them, and the
   * vocabulary looks their forms up together. Why: a form's slot and its entry are mostly out of
   * the processor's caches (a few MB of forms, read once a document), and the lookups of one token
   * after another wait for those misses one at a time; a run's lookups, made in steps over the
   * whole run, wait for them side by side.
   *
   * <p>A run also remembers, from call to call, the entries of up to {@value #UNKEPT} forms the
   * vocabulary had no room for (a slot each by hash), so that the tokens of such a form met again
   * soon share one entry and its facts. Dropping the run drops them.
   *
   * <p>Not thread-safe: one per thread, reused call after call.
   */
  public static final class Pending {
    /** How many tokens a run holds. */
    public static final int CAPACITY = 64;
    /** How many forms a run remembers that the vocabulary had no room for: 2^9, a slot each by hash. */
    static final int UNKEPT_BITS = 9;
    static final int UNKEPT = 1 << UNKEPT_BITS;
    final int[] start = new int[CAPACITY];
    final int[] end = new int[CAPACITY];
    final int[] from = new int[CAPACITY];
    final int[] to = new int[CAPACITY];
    final int[] hash = new int[CAPACITY];
    final long[] head = new long[CAPACITY];
    final long[] head2 = new long[CAPACITY];
    final TokenKind[] kind = new TokenKind[CAPACITY];
    final Lexeme[] found = new Lexeme[CAPACITY];
    /**
     * Up to {@link #UNKEPT} forms the vocabulary had no room for, by hash: a word new to a full
     * vocabulary (a name in the news) mostly comes again within its document, and its facts are
     * then asked of this one entry, not of a new one per token.
     */
    final Lexeme[] unkept = new Lexeme[UNKEPT];
    int size;
    /**
     * The tokens made into the run's own list ({@link Vocabulary#addTokens(Pending, String)}) since
     * {@link #takeTokens}: a document's tokens are copied once, at their count, where a growing
     * list copied them as it grew and again when the analysis froze it. Kept between documents up
     * to {@link #MADE_KEPT} tokens (256 KB), so a thread holds no more after a long one.
     */
    private Token[] made = new Token[MADE_START];
    private int madeCount;
    static final int MADE_START = 1 << 10;
    static final int MADE_KEPT = 1 << 16;

    /**
     * The chars of {@link #charsText} when a segmenter asked for them ({@link #charsOf}): the
     * vocabulary then reads the forms' hashes and first chars from this array, not through the
     * string. Kept between documents up to {@link #CHARS_KEPT} chars (128 KB), as the normalizer
     * keeps its buffer.
     */
    private char[] chars = new char[CHARS_START];
    private String charsText;
    /** The copy of {@link #charsText}: {@link #chars}, or an array of its own for a longer text. */
    private char[] charsCopy;
    static final int CHARS_START = 1 << 12;
    static final int CHARS_KEPT = 1 << 16;

    /** An empty run. */
    public Pending() {}

    /**
     * {@return the chars of {@code text}, copied into the run's own array (which may be longer than
     * the text): read them, never write them} Until the run's tokens are taken ({@link
     * #takeTokens}, {@link #clear}), {@link Vocabulary#addTokens} reads the forms of {@code text}
     * from this array. For a segmenter, which reads the text char by char: under the command
     * line's first-tier JIT a read through {@code String.charAt} cost several times an array's.
     *
     * @param text the normalized text the run's forms are in
     */
    public char[] charsOf(String text) {
      int n = text.length();
      char[] copy;
      if (n > CHARS_KEPT) {
        copy = new char[n]; // a longer text gets one of its own: the room kept stays as it is
      } else {
        if (chars.length < n) { // doubled up to the room kept
          chars = new char[Math.max(n, Math.min(chars.length * 2, CHARS_KEPT))];
        }
        copy = chars;
      }
      text.getChars(0, n, copy, 0);
      charsText = text;
      charsCopy = copy;
      return copy;
    }

    /** {@return how many chars the run's copy of a text has room for (for tests)} */
    int charsRoom() {
      return chars.length;
    }

    /** The run's chars if they are {@code text}'s, else null. */
    char[] charsIf(String text) {
      return charsText == text ? charsCopy : null;
    }

    private void forgetChars() {
      charsText = null; // neither the text nor a long text's copy is kept alive
      charsCopy = null;
    }

    /**
     * Empties the run: its tokens not made, and those made into its list and not taken, dropped.
     *
     * @return this run
     */
    public Pending clear() {
      Arrays.fill(found, 0, size, null);
      size = 0;
      forgetMade();
      forgetChars();
      return this;
    }

    /**
     * {@return the tokens made into the run's list since the last call (or {@link #clear}), in
     * order, as an unmodifiable list} The run's list is empty after it.
     */
    public List<Token> takeTokens() {
      List<Token> out = FrozenList.owning(Arrays.copyOf(made, madeCount));
      forgetMade();
      forgetChars();
      return out;
    }

    private void forgetMade() {
      if (made.length > MADE_KEPT) {
        made = new Token[MADE_START];
      } else {
        Arrays.fill(made, 0, madeCount, null); // the last document's tokens are not kept alive
      }
      madeCount = 0;
    }

    /** {@return how many tokens the run's list has room for (for tests)} */
    int madeRoom() {
      return made.length;
    }

    void made(Token t) {
      if (madeCount == made.length) {
        made = Arrays.copyOf(made, made.length * 2);
      }
      made[madeCount++] = t;
    }

    /**
     * Adds a token, as {@link Vocabulary#token}'s arguments say it.
     *
     * @param start the token's start in the original text
     * @param end its end (exclusive) in the original text
     * @param from where the form starts in the normalized text
     * @param to where it ends (exclusive)
     * @param kind what the token is made of
     * @return whether the run is full now: {@link Vocabulary#addTokens} empties it
     * @throws IllegalArgumentException if the span or the form's range is negative or reversed
     * @throws IllegalStateException if the run is full
     */
    public boolean add(int start, int end, int from, int to, TokenKind kind) {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("invalid token span [" + start + ", " + end + ")");
      }
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("invalid form range [" + from + ", " + to + ")");
      }
      Objects.requireNonNull(kind, "kind");
      if (size == CAPACITY) {
        throw new IllegalStateException("the run is full: make its tokens first");
      }
      int k = size++;
      this.start[k] = start;
      this.end[k] = end;
      this.from[k] = from;
      this.to[k] = to;
      this.kind[k] = kind;
      return size == CAPACITY;
    }
  }

  /**
   * Makes the pending tokens, in order, as {@link #token} would one by one, adds them to
   * {@code out} and empties {@code pending}. See {@link #addTokens(Pending, String)}.
   *
   * @param pending the tokens to make
   * @param text the normalized text their forms are in
   * @param out where the tokens go
   */
  public void addTokens(Pending pending, String text, List<Token> out) {
    Lexeme[] found = find(pending, text);
    for (int k = 0, n = pending.size; k < n; k++) {
      out.add(new Token(pending.start[k], pending.end[k], found[k]));
      found[k] = null;
    }
    pending.size = 0;
  }

  /**
   * Makes the pending tokens, in order, as {@link #token} would one by one, into the run's own
   * list ({@link Pending#takeTokens}), and empties the run. In steps over the whole run: every
   * form's hash and first eight chars, then its first slot, then that entry's hash and kind, then
   * its length and first eight chars as the entry keeps them (its string only past eight: the
   * string and its array are two more cache misses a form); a form not settled so is looked up as
   * {@link #token} does.
   *
   * @param pending the tokens to make
   * @param text the normalized text their forms are in
   */
  public void addTokens(Pending pending, String text) {
    Lexeme[] found = find(pending, text);
    for (int k = 0, n = pending.size; k < n; k++) {
      pending.made(new Token(pending.start[k], pending.end[k], found[k]));
      found[k] = null;
    }
    pending.size = 0;
  }

  /** The entries of a run's forms, in {@code pending.found}. */
  private Lexeme[] find(Pending pending, String text) {
    int n = pending.size;
    int[] from = pending.from;
    int[] to = pending.to;
    int[] hash = pending.hash;
    long[] head = pending.head;
    long[] head2 = pending.head2;
    Lexeme[] found = pending.found;
    TokenKind[] kind = pending.kind;
    char[] chars = pending.charsIf(text);
    if (chars != null) {
      for (int k = 0; k < n; k++) {
        hash[k] = Lexeme.hash(chars, from[k], to[k]);
        head[k] = Lexeme.head(chars, from[k], to[k]);
        head2[k] = Lexeme.head(chars, from[k] + 4, to[k]);
      }
    } else {
      for (int k = 0; k < n; k++) {
        hash[k] = Lexeme.hash(text, from[k], to[k]);
        head[k] = Lexeme.head(text, from[k], to[k]);
        head2[k] = Lexeme.head(text, from[k] + 4, to[k]);
      }
    }
    for (int k = 0; k < n; k++) { // the first slots: loads that do not wait for one another
      found[k] = table[(hash[k] * 0x9E3779B9) >>> shift];
    }
    for (int k = 0; k < n; k++) { // their entries: the same
      Lexeme l = found[k];
      if (l != null && (l.hash != hash[k] || l.kind != kind[k])) {
        found[k] = null;
      }
    }
    for (int k = 0; k < n; k++) { // the entries' heads (the string only past eight chars); or the slow way
      Lexeme l = found[k];
      if (l == null || !l.is(text, from[k], to[k], hash[k], head[k], head2[k], kind[k])) {
        l = lexeme(text, from[k], to[k], hash[k], kind[k], false);
        found[k] = l != null ? l : unkept(pending, text, from[k], to[k], hash[k], kind[k]);
      }
    }
    return found;
  }

  /** {@return how many forms are kept} */
  public int size() {
    return size.get();
  }

  Lexeme lexeme(String text, int from, int to, TokenKind kind) {
    return lexeme(text, from, to, Lexeme.hash(text, from, to), kind, true);
  }

  /**
   * {@link #lexeme(String, int, int, TokenKind)} of a form whose hash {@code h} is known. A form
   * the vocabulary does not keep gets a new entry of its own, or null when {@code orNew} is false.
   */
  private Lexeme lexeme(String text, int from, int to, int h, TokenKind kind, boolean orNew) {
    int i = (h * 0x9E3779B9) >>> shift; // Fibonacci hashing: similar words ("ক১", "ক২") land far apart
    for (int probes = 0; probes < MAX_PROBES; probes++, i = (i + 1) & mask) {
      Lexeme l = table[i];
      if (l == null) {
        if (size.get() >= capacity) {
          return orNew ? new Lexeme(text.substring(from, to), h, kind) : null;
        }
        Lexeme made = new Lexeme(text.substring(from, to), h, kind);
        if (SLOT.compareAndSet(table, i, null, made)) {
          size.incrementAndGet();
          return made;
        }
        l = (Lexeme) SLOT.getVolatile(table, i); // another thread took the slot: it may hold this very form
      }
      if (l.is(text, from, to, h, kind)) {
        return l;
      }
    }
    // A crowded neighbourhood (at half load it takes many forms of one hash, which text made to
    // collide can have): the form is not kept, so a token costs at most MAX_PROBES comparisons.
    return orNew ? new Lexeme(text.substring(from, to), h, kind) : null;
  }

  /** The entry of a form this vocabulary does not keep: the run's, if it met the form last. */
  private static Lexeme unkept(Pending pending, String text, int from, int to, int h, TokenKind kind) {
    int r = (h * 0x9E3779B9) >>> (32 - Pending.UNKEPT_BITS);
    Lexeme l = pending.unkept[r];
    if (l == null || !l.is(text, from, to, h, kind)) {
      l = new Lexeme(text.substring(from, to), h, kind);
      pending.unkept[r] = l;
    }
    return l;
  }
}

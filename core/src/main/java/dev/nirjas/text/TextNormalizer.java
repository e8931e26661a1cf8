package dev.nirjas.text;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import dev.nirjas.NormalizedText;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings Bengali text to one canonical form and keeps the way back to the original offsets.
 *
 * <p>Two steps. NFC, only when the text is not NFC already, piece by piece with ICU (see
 * {@code nfc}: exact offsets, and linear time through UAX #15's stream-safe format). Then the
 * rules of {@code normalization.tsv}: nukta letters
 * composed whichever way they were typed (NFC itself decomposes য়, ড়, ঢ়), khanda ta typed with
 * ZWJ, joiners and soft hyphens removed, odd spaces made plain, '|' read as a danda, wiki
 * bold/italic markup deleted and {@code ==} heading markers turned into paragraph separators.
 *
 * <p>The rules are applied by one hand-written pass over the chars that records, for every output
 * char, the original range it comes from. It replaced Lucene's {@code MappingCharFilter}: nearly
 * every Bengali text has a rule to apply (decomposed য়), and the char filter's per-char lookups and
 * per-offset binary searches took 40% of the foundation's time (docs/PERFORMANCE.md); the pass
 * also gives exact span ends where deleted markup follows a word.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {

  private final WordTrie<String> rules;
  private final boolean[] ruleStart = new boolean[Character.MAX_VALUE + 1];
  /** Whether no rule makes more chars than it matches: then the output fits the input's length. */
  private final boolean neverLonger;
  /** How many rules there are: no more can match at one place (nested prefixes: the wiki markers). */
  private final int ruleCount;

  /**
   * The normalizer with Nirjas's rules, built once per JVM and shared: it is immutable, and each
   * lexicon built its own before (ten per pipeline, ~25 ms of start-up).
   *
   * @return the shared normalizer
   */
  public static TextNormalizer standard() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final TextNormalizer INSTANCE = new TextNormalizer();
  }

  /** A normalizer with Nirjas's rules; {@link #standard()} shares one. */
  public TextNormalizer() {
    Map<String, String> table = new LinkedHashMap<>();
    for (String[] row : Resources.table(TextNormalizer.class, "normalization.tsv")) {
      if (row.length < 2 || row[0].isEmpty()) {
        throw new IllegalStateException("bad normalization rule: " + String.join("\t", row));
      }
      table.putIfAbsent(row[0], row[1]);
      ruleStart[row[0].charAt(0)] = true;
    }
    boolean shorter = true;
    for (Map.Entry<String, String> rule : table.entrySet()) {
      shorter &= rule.getValue().length() <= rule.getKey().length();
    }
    this.neverLonger = shorter;
    this.ruleCount = table.size();
    this.rules = WordTrie.of(table);
  }

  /**
   * A lexicon entry in canonical form, as token forms are: stripped and normalized, so that files
   * may spell nukta letters either way.
   *
   * @param entry a line or column of a lexicon file
   * @return the entry as a token's form would spell it
   * @throws IllegalStateException if nothing is left of the entry
   */
  public String lexiconForm(String entry) {
    String w = normalize(entry.strip()).text();
    if (w.isEmpty()) {
      throw new IllegalStateException("empty lexicon entry: '" + entry + "'");
    }
    return w;
  }

  /**
   * Normalizes a text.
   *
   * @param text the original text
   * @return the canonical text, with every offset mapped back to {@code text}
   */
  public NormalizedText normalize(String text) {
    String input = text;
    int n = text.length();
    char[] chars = buffer(n); // read in place below; the rules write their output over it
    text.getChars(0, n, chars, 0);
    Mapped nfc = null;
    // ICU's quick check, not isNormalized of the whole: that one reorders marks to decide, in time
    // quadratic in a run of them (issue 12); a "maybe" is settled piece by piece (nfcChanges)
    if (!surelyNfc(chars, n, true) && Icu.NFC.quickCheck(text) != Normalizer.YES && nfcChanges(text, chars)) {
      Mapped composed = nfc(text, chars);
      if (!composed.text.equals(text)) {
        nfc = composed;
        input = composed.text;
        n = input.length();
        chars = buffer(n);
        input.getChars(0, n, chars, 0);
      }
    }
    // The output never runs ahead of the input when no rule lengthens (the rules shipped): it is
    // written over the input's chars. Otherwise into an array of its own.
    char[] out = null; // set at the first rule that applies
    NormalizedText.Builder map = null; // each output char's source in the input, run by run
    int[] ends = new int[ruleCount];
    int o = 0;
    int i = 0;
    while (i < n) {
      int plain = i; // a run of chars no rule starts with: kept as they are
      while (i < n && !ruleStart[chars[i]]) {
        i++;
      }
      if (out != null && i > plain) {
        out = room(out, o + i - plain);
        System.arraycopy(chars, plain, out, o, i - plain);
        map.copied(plain, i - plain);
        o += i - plain;
      }
      if (i == n) {
        break;
      }
      int matches = rules.prefixEnds(input, i, ends);
      if (matches == 0) { // a rule's first char, no rule here: one plain char
        if (out != null) {
          out = room(out, o + 1);
          out[o++] = chars[i];
          map.copied(i, 1);
        }
        i++;
        continue;
      }
      int end = ends[matches - 1]; // the longest rule that matches
      String replacement = rules.get(input, i, end);
      if (out == null) {
        out = neverLonger ? chars : Arrays.copyOf(chars, n + 16); // [0, i) is in place either way
        map = new NormalizedText.Builder(input, runsRoom()).copied(0, i);
        o = i;
      }
      out = room(out, o + replacement.length());
      replacement.getChars(0, replacement.length(), out, o);
      o += replacement.length();
      map.replaced(i, end, replacement.length());
      i = end;
    }
    if (out == null) {
      return nfc == null ? NormalizedText.identity(text)
          : NormalizedText.wrapping(text, input, nfc.starts, nfc.ends);
    }
    keepRunsRoom(map.room());
    NormalizedText ruled = map.build(new String(out, 0, o));
    return nfc == null ? ruled : throughNfc(text, ruled, nfc);
  }

  /**
   * The rules' output mapped back through NFC to the original: each char's source in the NFC text,
   * then that range's in the original. Char by char, for the few texts NFC changes.
   */
  private static NormalizedText throughNfc(String original, NormalizedText ruled, Mapped nfc) {
    NormalizedText.Builder map = new NormalizedText.Builder(original, runsRoom());
    for (int k = 0; k < ruled.text().length(); k++) {
      int from = nfc.starts[ruled.toOriginal(k)];
      int to = nfc.ends[ruled.toOriginalEnd(k, k + 1) - 1]; // a rule never matches nothing: the range has a last char
      if (to == from + 1) {
        map.copied(from, 1);
      } else {
        map.replaced(from, to, 1);
      }
    }
    keepRunsRoom(map.room());
    return map.build(ruled.text());
  }

  /**
   * Each thread's buffer for a text's chars, which the rules' pass reads and writes in place: a new
   * array a document was a twelfth of all the pipeline allocated. It grows with the texts a thread
   * normalizes up to {@link #BUFFER_CHARS}; a longer text gets an array of its own, so a thread
   * keeps at most 128 KB. A plain {@code char[]}, no class of this library: a thread that outlives
   * the application (a server's pool) does not keep its class loader through it. Shared by every
   * normalizer; {@link #release()} drops the calling thread's.
   */
  private static final ThreadLocal<char[]> BUFFER = new ThreadLocal<>();
  static final int BUFFER_CHARS = 1 << 16;

  /**
   * Each thread's room for an offset map while it is built ({@link NormalizedText.Builder}), which
   * copies the map out: a map grown anew a document was a tenth of what normalization allocated.
   * Kept up to {@link #RUNS_INTS} ints (128 KB); a plain {@code int[]}, as {@link #BUFFER}.
   */
  private static final ThreadLocal<int[]> RUNS = new ThreadLocal<>();
  static final int RUNS_INTS = 1 << 15;

  private static int[] runsRoom() {
    int[] room = RUNS.get();
    return room != null ? room : new int[3 * 64];
  }

  /** Keeps the room a builder ended with (grown, perhaps) for the thread's next map. */
  private static void keepRunsRoom(int[] room) {
    if (room.length <= RUNS_INTS) {
      RUNS.set(room);
    }
  }

  /** An array of at least {@code n} chars: the calling thread's buffer when it may hold them. */
  private static char[] buffer(int n) {
    if (n > BUFFER_CHARS) {
      return new char[n];
    }
    char[] b = BUFFER.get();
    if (b == null || b.length < n) {
      b = new char[Math.max(n, Math.min(BUFFER_CHARS, b == null ? 1024 : 2 * b.length))];
      BUFFER.set(b);
    }
    return b;
  }

  /**
   * Drops the calling thread's buffers (shared by every normalizer; the next text on this thread
   * makes new ones), so that a thread which outlives its pipeline keeps nothing of it. Other
   * threads' buffers stay until those threads end. {@link NormalizationStage#close()} calls this.
   */
  public void release() {
    BUFFER.remove();
    RUNS.remove();
  }

  /** The calling thread's buffer, or null: what {@link #release()} drops (for tests). */
  static char[] threadBuffer() {
    return BUFFER.get();
  }

  /** The calling thread's room for offset maps, or null: what {@link #release()} drops too (for tests). */
  static int[] threadRuns() {
    return RUNS.get();
  }

  private static char[] room(char[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  /**
   * A fast check that a text is already NFC, so ICU's quick check and, for a "maybe", its check
   * of the pieces ({@link #nfcChanges}) are needed only for the rest (13 of the first 267 corpus
   * documents: a word of Arabic or Greek script in them). It reads each char once: a char below
   * U+1000 is one read of {@link NfcProperties#LOW}; general punctuation needs nothing; every
   * other char's NFC quick-check value and combining class come from ICU's values
   * ({@link NfcProperties#of}). True only when no char is "no" or "maybe" for NFC (the one maybe it
   * settles: া or ৗ, which NFC composes with a ে right before them, and only there), no combining
   * marks stand out of canonical order (a virama before a nukta), and no char is a surrogate.
   * False means "ask ICU", not "not NFC". The tests compare it with ICU on every pair of chars of
   * the Bengali block and on random strings over the Bengali block and over the whole BMP.
   */
  static boolean surelyNfc(CharSequence text) {
    return surelyNfc(text.toString().toCharArray(), text.length(), false);
  }

  /**
   * Whether the rules alone give what NFC and then the rules give: {@link #surelyNfc}, except that
   * য় ড় ঢ় may be typed as one char each. NFC splits such a letter into the consonant and a nukta
   * (combining class 7) and the rules join them again, to the same char with the same offsets, so
   * NFC is wasted on it — unless a mark of a class below 7 follows, which NFC would move before the
   * nukta: checked as a nukta's class. Text typed with these letters (much Bangladeshi news; the
   * lexicons' own entries) went through ICU's NFC at four times the cost of the rules' pass. It
   * holds while {@code normalization.tsv} composes the three: the tests compare this path with NFC
   * and the rules on texts made of them.
   */
  static boolean rulesSuffice(CharSequence text) {
    return surelyNfc(text.toString().toCharArray(), text.length(), true);
  }

  private static boolean surelyNfc(char[] text, int n, boolean nuktaLetters) {
    return surelyNfc(text, 0, n, nuktaLetters);
  }

  /** {@link #surelyNfc(char[], int, boolean)} of {@code text[from, to)}, read as a text of its own. */
  private static boolean surelyNfc(char[] text, int from, int to, boolean nuktaLetters) {
    // One table read a char below U+1000 (Latin, Bengali, its neighbours), the usual answer 0:
    // the branch that is taken hardly ever changes, where a test of Latin first, then of Bengali,
    // went one way at a letter and the other at each space (3.2 ns a char; 2.0 with the table).
    byte[] low = NfcProperties.LOW;
    int previousClass = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      int props;
      if (c < NfcProperties.LOW_END) {
        props = low[c] & 0xFF;
        if (props == 0) {
          previousClass = 0; // a starter NFC leaves as it is: most chars
          continue;
        }
        if (props == NfcProperties.E_SIGN) {
          if (i + 1 < to && (text[i + 1] == '\u09BE' || text[i + 1] == '\u09D7')) {
            return false; // ো or ৌ typed as ে + া or ে + ৗ: NFC composes them
          }
          previousClass = 0;
          continue;
        }
      } else if (c >= '\u2002' && c <= '\u205E' || c >= '\u2190' && c <= '\u21FF') {
        previousClass = 0; // joiners, dashes, quotes, arrows: nothing NFC changes
        continue;
      } else {
        props = NfcProperties.of(c);
      }
      if (props == NfcProperties.NOT_SURE || props == NfcProperties.MAYBE) {
        if (nuktaLetters && (c == '\u09DC' || c == '\u09DD' || c == '\u09DF')) {
          previousClass = NUKTA_CLASS; // ড় ঢ় য়: a consonant (a starter) then, to NFC, a nukta
          continue;
        }
        return false; // য় ড় ঢ় as one code point (NFC decomposes them), a surrogate, …
      }
      if (props != 0 && previousClass > props) {
        return false; // marks out of canonical order: ্ (9) before ় (7)
      }
      previousClass = props;
    }
    return true;
  }

  /** The nukta's canonical combining class. */
  private static final int NUKTA_CLASS = 7;

  /**
   * ICU's NFC, loaded at the first text not surely NFC: text in Bengali script alone never needs
   * it (its block's properties come from the build, see {@link NfcProperties}).
   */
  private static final class Icu {
    static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  }

  /**
   * Each BMP char's NFC quick-check value and canonical combining class: from the build's table
   * when the same ICU made it (lexicons' currency signs and letters of other scripts then load no
   * ICU data at start-up), else from ICU: the chars below U+1000 ({@link #LOW}) when the class
   * loads, the others in blocks of 256 chars made on first use (text touches few blocks).
   * Thread-safe: a block is filled before it is published, and two threads filling one make equal
   * blocks.
   */
  static final class NfcProperties {
    /** The char's combining class, 0 to 240, when its quick check is "yes". */
    static final int MAYBE = 0xFE;
    /** Quick check "no", or a surrogate: ICU decides. */
    static final int NOT_SURE = 0xFF;
    private static final java.util.concurrent.atomic.AtomicReferenceArray<byte[]> BLOCKS =
        new java.util.concurrent.atomic.AtomicReferenceArray<>(256);
    /** The whole table from the build, or null. */
    private static final byte[] SAVED = BmpTable.saved(BmpTable.NFC_PROPERTIES, Character.MAX_VALUE + 1);
    /** Where {@link #LOW} ends: every char of Bengali text but some punctuation is below. */
    static final int LOW_END = 0x1000;
    /** ে in {@link #LOW}: a starter, which NFC composes with a া or ৗ right after it. */
    static final int E_SIGN = 0xFD;
    /**
     * The chars below {@link #LOW_END}, at hand without a volatile read, as {@link #surelyNfc}
     * reads them: ICU's values, except 0 for া and ৗ (a "maybe" that only a ে before them settles)
     * and {@link #E_SIGN} for that ে. Latin below U+0300 and the dandas are 0 (ICU's value too,
     * written again because the check's speed rests on it).
     */
    static final byte[] LOW = low();

    private NfcProperties() {}

    private static byte[] low() {
      byte[] low = SAVED != null ? java.util.Arrays.copyOf(SAVED, LOW_END) : new byte[LOW_END];
      for (int high = 0; SAVED == null && high < LOW_END >>> 8; high++) {
        System.arraycopy(computed(high), 0, low, high << 8, 256);
      }
      java.util.Arrays.fill(low, 0, 0x300, (byte) 0);
      low['\u0964'] = 0;
      low['\u0965'] = 0;
      low['\u09BE'] = 0;
      low['\u09D7'] = 0;
      low['\u09C7'] = (byte) E_SIGN;
      return low;
    }

    static int of(char c) {
      if (SAVED != null) {
        return SAVED[c] & 0xFF;
      }
      byte[] block = BLOCKS.get(c >>> 8);
      if (block == null) {
        block = computed(c >>> 8);
        BLOCKS.set(c >>> 8, block);
      }
      return block[c & 0xFF] & 0xFF;
    }

    /** {@return the whole table from ICU, as the build writes it} */
    static byte[] computed() {
      byte[] all = new byte[Character.MAX_VALUE + 1];
      for (int high = 0; high < 256; high++) {
        System.arraycopy(computed(high), 0, all, high << 8, 256);
      }
      return all;
    }

    /** {@return the block of chars {@code high << 8} to {@code high << 8 | 0xFF}, from ICU} */
    static byte[] computed(int high) {
      byte[] block = new byte[256];
      for (int low = 0; low < 256; low++) {
        int c = high << 8 | low;
        int check = com.ibm.icu.lang.UCharacter.getIntPropertyValue(c, com.ibm.icu.lang.UProperty.NFC_QUICK_CHECK);
        int v = Character.isSurrogate((char) c) || check == 0 ? NOT_SURE // 0: no
            : check == 2 ? MAYBE : Icu.NFC.getCombiningClass(c);
        block[low] = (byte) v;
      }
      return block;
    }
  }

  private record Mapped(String text, int[] starts, int[] ends) {}

  /**
   * NFC, with the original range of each output char, in the Stream-Safe Text Format (UAX #15).
   *
   * <p>The text is normalized piece by piece: ICU's quick check passes what is surely NFC, and each
   * piece after it, up to the next char that always has a normalization boundary before it, is
   * normalized alone (NFC of the whole is NFC of such pieces). A changed piece maps its common
   * prefix and suffix char for char and the rest as one block, so a mark reordered or a vowel sign
   * composed inside a word moves no span edge. Lucene's {@code ICUNormalizer2CharFilter} did this
   * before; its offsets were too coarse to say where the source of a composed char ends (issue 12:
   * ো typed as ে + া took the markup after it into the span).
   *
   * <p>Canonical reordering sorts each run of combining marks, in time quadratic in the run's
   * length: after {@value #MAX_NON_STARTERS} marks in a row, a COMBINING GRAPHEME JOINER (U+034F,
   * which comes from no original char) starts a new run, as UAX #15's stream-safe format does, so
   * a piece is never long and the whole takes linear time.
   */
  private static Mapped nfc(String text, char[] chars) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n + 16);
    int[] starts = new int[n + 16];
    int[] ends = new int[n + 16];
    Slice rest = new Slice(text);
    for (int i = 0; i < n; ) {
      int yes = i + Icu.NFC.spanQuickCheckYes(rest.from(i));
      if (yes > i) { // surely NFC: copied as it is
        Copied c = copied(text, i, yes, out, starts, ends);
        starts = c.starts;
        ends = c.ends;
        i = yes;
        if (i == n) {
          break;
        }
      }
      int piece = pieceEnd(text, i);
      boolean cut = piece < 0;
      int end = cut ? ~piece : piece;
      int before = out.length();
      if (!cut && surelyNfc(chars, i, end, false)) {
        // a piece NFC keeps for sure (া after a consonant: ICU's "maybe"): copied, not normalized
        // by ICU, which makes a buffer for every piece
        Copied c = copied(text, i, end, out, starts, ends);
        starts = c.starts;
        ends = c.ends;
        i = end;
        continue;
      }
      Icu.NFC.normalize(rest.between(i, end), (Appendable) out); // appends (the StringBuilder overload replaces)
      starts = room(starts, out.length() + 1);
      ends = room(ends, out.length() + 1);
      align(text, i, end, out, before, starts, ends);
      if (cut) {
        out.append(GRAPHEME_JOINER);
        starts[out.length() - 1] = end;
        ends[out.length() - 1] = end;
      }
      i = end;
    }
    return new Mapped(out.toString(), starts, ends); // the arrays may run past the text's end
  }

  /**
   * Whether {@link #nfc} changes the text, decided over the same pieces without making its text and
   * map: of the texts the fast check leaves to ICU (13 of the first 267 corpus documents, a word
   * of Arabic or Greek script in each), NFC changed none, and the text and map built for them (~14
   * bytes a char) were thrown away. A piece changes when it is cut (a grapheme joiner goes in) or
   * ICU finds it not normalized (a piece is short: the check is linear in it).
   */
  private static boolean nfcChanges(String text, char[] chars) {
    int n = text.length();
    Slice rest = new Slice(text);
    for (int i = 0; i < n; ) {
      i += Icu.NFC.spanQuickCheckYes(rest.from(i));
      if (i == n) {
        return false;
      }
      int end = pieceEnd(text, i);
      if (end < 0) {
        return true; // cut: a grapheme joiner goes in
      }
      if (!surelyNfc(chars, i, end, false) && !Icu.NFC.isNormalized(rest.between(i, end))) {
        return true;
      }
      i = end;
    }
    return false;
  }

  /**
   * The end of the piece NFC normalizes alone from {@code i}: up to the next char with a
   * normalization boundary before it; or, complemented ({@code ~end}), where it is cut after
   * {@value #MAX_NON_STARTERS} marks in a row.
   */
  private static int pieceEnd(String text, int i) {
    int n = text.length();
    int end = i + Character.charCount(text.codePointAt(i));
    int marks = Icu.NFC.getCombiningClass(text.codePointAt(i)) == 0 ? 0 : 1;
    while (end < n) {
      int cp = text.codePointAt(end);
      if (Icu.NFC.hasBoundaryBefore(cp)) {
        break;
      }
      marks = Icu.NFC.getCombiningClass(cp) == 0 ? 0 : marks + 1;
      if (marks > MAX_NON_STARTERS) {
        return ~end;
      }
      end += Character.charCount(cp);
    }
    return end;
  }

  /** The map's arrays after {@link #copied}, grown if they had to be. */
  private record Copied(int[] starts, int[] ends) {}

  /** Appends {@code text[from, to)} to {@code out} as it is, each char mapped to itself. */
  private static Copied copied(String text, int from, int to, StringBuilder out, int[] starts, int[] ends) {
    starts = room(starts, out.length() + to - from);
    ends = room(ends, out.length() + to - from);
    for (int k = from; k < to; k++) {
      starts[out.length()] = k;
      ends[out.length()] = k + 1;
      out.append(text.charAt(k));
    }
    return new Copied(starts, ends);
  }

  /** Longest run of combining marks normalized as one (UAX #15's stream-safe limit). */
  static final int MAX_NON_STARTERS = 30;
  private static final char GRAPHEME_JOINER = '\u034F';

  /**
   * Maps the chars that {@code text[from, to)} became ({@code out} from {@code o}): equal chars at
   * either end one to one, the changed middle as one block of the original.
   */
  private static void align(String text, int from, int to, StringBuilder out, int o, int[] starts, int[] ends) {
    int inLength = to - from;
    int outLength = out.length() - o;
    int prefix = 0;
    while (prefix < inLength && prefix < outLength && text.charAt(from + prefix) == out.charAt(o + prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < inLength - prefix && suffix < outLength - prefix
        && text.charAt(to - 1 - suffix) == out.charAt(o + outLength - 1 - suffix)) {
      suffix++;
    }
    if (prefix + suffix == inLength && outLength > inLength) {
      suffix = Math.max(0, suffix - 1); // chars made from nothing would have an empty source
      prefix = Math.min(prefix, inLength - suffix - 1);
    }
    for (int k = 0; k < outLength; k++) {
      if (k < prefix) {
        starts[o + k] = from + k;
        ends[o + k] = from + k + 1;
      } else if (k >= outLength - suffix) {
        int source = to - (outLength - k);
        starts[o + k] = source;
        ends[o + k] = source + 1;
      } else {
        starts[o + k] = from + prefix;
        ends[o + k] = to - suffix;
      }
    }
  }

  private static int[] room(int[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  /** A window on a string, so that ICU reads a part of it without a copy. */
  private static final class Slice implements CharSequence {
    private final String text;
    private int start;
    private int end;

    Slice(String text) {
      this.text = text;
    }

    Slice from(int from) {
      return between(from, text.length());
    }

    Slice between(int from, int to) {
      start = from;
      end = to;
      return this;
    }

    @Override
    public int length() {
      return end - start;
    }

    @Override
    public char charAt(int index) {
      return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return text.substring(start + from, start + to);
    }

    @Override
    public String toString() {
      return text.substring(start, end);
    }
  }
}

package dev.nirjas.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import dev.nirjas.NormalizedText;
import dev.nirjas.Sentence;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.Vocabulary;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized Bengali text into sentences and tokens at ICU's boundaries.
 *
 * <p>Sentences: ICU's {@code bn} sentence rules (which end a sentence at । ॥ ? ! and never inside a
 * decimal such as ৪.৮৯৮), with breaks after the abbreviations of {@code abbreviations.txt}
 * suppressed (ড. মো. খ্রি.); headings, which normalization fenced with paragraph separators, come
 * out as units of their own. Tokens: ICU's word segments, white space dropped, but for a run of
 * Chinese and Japanese chars, or of Thai, Lao, Myanmar, Khmer or Hangul (the scripts ICU segments
 * with dictionaries), which is one token where ICU would split it into words: no stage reads words
 * of those scripts, and loading and walking the dictionaries cost a corpus run ~5 % of its time.
 *
 * <p>ICU's rule interpreter was the largest cost of the pipeline, so plain loops over the chars find
 * the same boundaries: {@code WordBreakLoop} the word segments of Bengali, Latin and most other
 * scripts (ICU's word iterator the rest: Hebrew, emoji, a dictionary script's run that a connector,
 * or a letter after Thai or Hangul, may join),
 * {@code SentenceBreakLoop} the sentence boundaries of any text without a surrogate (ICU's sentence
 * iterator the others), under ICU's own abbreviation filter, asked only where it may suppress a
 * break ({@code AbbreviationStops}). The tests compare both with ICU alone.
 *
 * <p>Thread-safe: ICU iterators are not, so each thread gets its own copies, kept in
 * {@link ThreadLocal}s. {@link #release()} drops the calling thread's copies; see there for the
 * others.
 */
public final class Segmenter {
  private static final ULocale BENGALI = new ULocale("bn");
  private static final char PARAGRAPH_SEPARATOR = '\u2029';

  private final ThreadLocal<BreakIterator> sentences;
  private final ThreadLocal<SentenceLoopIterator> loopSentences;
  private final ThreadLocal<BreakIterator> words;
  /** Each thread's run of tokens waiting for their forms: a new one a document was 0.15 bytes an input byte. */
  private final ThreadLocal<Vocabulary.Pending> pendingTokens = ThreadLocal.withInitial(Vocabulary.Pending::new);
  /** The forms met so far: tokens of one form share it and its facts. */
  private final Vocabulary vocabulary = new Vocabulary();

  /** A segmenter with Nirjas's abbreviation list. */
  public Segmenter() {
    List<String> abbreviations = new ArrayList<>();
    for (String[] row : Resources.table(Segmenter.class, "abbreviations.txt")) {
      abbreviations.add(row[0].strip());
    }
    this.sentences = ThreadLocal.withInitial(
        () -> withoutBreaksAfter(abbreviations, BreakIterator.getSentenceInstance(BENGALI)));
    this.loopSentences = ThreadLocal.withInitial(
        () -> new SentenceLoopIterator(new AbbreviationStops(abbreviations)));
    this.words = ThreadLocal.withInitial(() -> (BreakIterator) IcuWords.PROTOTYPE.clone());
    // build the tables (ICU property data, once) now rather than on the first text
    WordBreakTable.of(' ');
    SentenceBreakTable.of(' ');
  }

  /**
   * ICU's word iterator, made on the first text with a script {@code WordBreakLoop} does not know:
   * loading its rules took ~6 % of a pipeline's build, and Bengali and Latin text never needs it.
   */
  private static final class IcuWords {
    static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(BENGALI);
  }

  /** ICU's filter that suppresses the sentence breaks of {@code iterator} after the abbreviations. */
  private static BreakIterator withoutBreaksAfter(List<String> abbreviations, BreakIterator iterator) {
    FilteredBreakIteratorBuilder b = FilteredBreakIteratorBuilder.getEmptyInstance();
    abbreviations.forEach(b::suppressBreakAfter);
    return b.wrapIteratorWithFilter(iterator);
  }

  /**
   * Drops the break iterators (and the run of tokens, with the entries it remembers) this segmenter
   * made for the calling thread, so that a thread which outlives its pipeline (an application
   * server's request thread, say) does not keep them; the segmenter stays usable and makes new
   * ones on that thread's next call.
   *
   * <p>Java gives no way to clear another thread's {@link ThreadLocal}, so the copies of other
   * threads stay until those threads end (the threads of {@link dev.nirjas.Pipeline#annotateAll(
   * java.util.Iterator, int)} end when its stream is read or closed) or, once this segmenter is
   * unreachable, until each thread's map of thread locals purges its stale entries, which it does
   * lazily as the thread uses other thread locals. {@link SegmentationStage#close()} calls this.
   */
  public void release() {
    sentences.remove();
    loopSentences.remove();
    words.remove();
    pendingTokens.remove();
  }

  /** The calling thread's word iterator: what {@link #release()} drops (for tests). */
  BreakIterator wordIterator() {
    return words.get();
  }

  /** The calling thread's ICU sentence iterator: what {@link #release()} drops (for tests). */
  BreakIterator sentenceIterator() {
    return sentences.get();
  }

  /** The calling thread's run of tokens for the vocabulary: what {@link #release()} drops too (for tests). */
  Vocabulary.Pending pendingRun() {
    return pendingTokens.get();
  }

  /** The calling thread's sentence iterator over {@code SentenceBreakLoop}'s boundaries. */
  BreakIterator loopSentenceIterator() {
    return loopSentences.get();
  }

  /**
   * The tokens and sentences of a text.
   *
   * @param tokens the text's tokens in order, white space left out (from {@link #segment}: an
   *     unmodifiable list)
   * @param sentences the sentences in order, each naming its range of {@code tokens} (from
   *     {@link #segment}: a new list, the caller's)
   */
  public record Segments(List<Token> tokens, List<Sentence> sentences) {}

  /**
   * Segments a normalized text; every span points into its original.
   *
   * @param nt the normalized text
   * @return its tokens and its sentences and headings, in text order
   */
  public Segments segment(NormalizedText nt) {
    String text = nt.text();
    Vocabulary.Pending pending = pendingTokens.get().clear(); // cleared: a call that failed may have left some
    char[] chars = pending.charsOf(text); // both loops read them; the tokens taken keep no hold on them
    List<Token> tokens = tokenize(nt, pending, chars);
    // the loop's sentence boundaries are ICU's; a text with a surrogate (emoji...) goes to ICU's
    BreakIterator bi;
    if (SentenceBreakLoop.handles(chars, text.length())) {
      SentenceLoopIterator loop = loopSentences.get();
      loop.setText(text, chars);
      bi = loop;
    } else {
      bi = sentenceIterator();
      bi.setText(text);
    }
    return segment(nt, chars, tokens, bi);
  }

  /**
   * {@return the segments of a normalized text as ICU's iterators alone find them} What
   * {@link #segment(NormalizedText)} did before the loops: the reference the tests compare it with.
   *
   * @param nt the normalized text
   */
  Segments segmentWithIcu(NormalizedText nt) {
    List<Token> tokens = tokenizeWithIcu(nt);
    BreakIterator bi = sentenceIterator();
    bi.setText(nt.text());
    return segment(nt, nt.text().toCharArray(), tokens, bi);
  }

  /**
   * The sentences at the breaks of {@code bi} (ICU's or the loop's, the abbreviation filter on),
   * set on the text already, with {@code tokens}; {@code chars} holds the text's chars.
   */
  private Segments segment(NormalizedText nt, char[] chars, List<Token> tokens, BreakIterator bi) {
    String text = nt.text();
    int n = text.length();
    // room for a sentence every six tokens: the corpus has one every eight, and a list grown from
    // ten copied itself several times over a long document
    List<Sentence> out = new ArrayList<>(tokens.size() / 6 + 4);
    int tokenIndex = 0;
    int previousEnd = 0;
    int unitStart = bi.first();
    BracketDepth depth = new BracketDepth(chars);
    for (int end = bi.next(); end != BreakIterator.DONE; end = bi.next()) {
      if (end < n && !endsSentence(chars, n, unitStart, end, depth)) {
        continue; // ICU's break inside a domain name or a bracket: the unit goes on
      }
      int start = unitStart;
      unitStart = end;
      int s = start;
      int e = end;
      while (s < e && isSpace(chars[s])) {
        s++;
      }
      while (e > s && isSpace(chars[e - 1])) {
        e--;
      }
      if (s == e) {
        continue;
      }
      int from = Math.max(nt.toOriginal(s), previousEnd);
      int to = nt.toOriginalEnd(s, e);
      if (from >= to) {
        continue; // all of it went to the sentence before (see below)
      }
      while (tokenIndex < tokens.size() && tokens.get(tokenIndex).start() < from) {
        tokenIndex++;
      }
      int first = tokenIndex;
      // A token belongs to the sentence it starts in. ICU's sentence and word rules can disagree
      // ("৯ড.োয": a sentence break after the abbreviation's stop, one word across it): then the
      // sentence grows to the end of its last token, so that no token is cut in two.
      while (tokenIndex < tokens.size() && tokens.get(tokenIndex).start() < to) {
        to = Math.max(to, tokens.get(tokenIndex).end());
        tokenIndex++;
      }
      out.add(Sentence.of(from, to, first, tokenIndex, fencedBySeparators(chars, n, s, e), nt.original()));
      previousEnd = to;
    }
    bi.setText("");
    return new Segments(tokens, out);
  }

  /** How far a closing bracket may follow a full stop inside brackets for the stop not to end a sentence. */
  static final int BRACKET_LOOKAHEAD = 64;

  /**
   * Whether ICU's sentence break at {@code end} (the unit began at {@code start}) stands. ICU ends a
   * sentence at a full stop before any letter that is not lower-case Latin, so it cuts a domain
   * name written in Bengali (".বিডি", "ম্যাংগোনিউজ২৪.কম"), initials and "(.PDF)" after the stop, and
   * an abbreviation inside brackets ("(4th ed. সংস্করণ)", "(আনু. ১৭০৪ - ?)"). Not ends: a stop with
   * a letter or digit right after it, and a stop inside an open bracket that closes within
   * {@value #BRACKET_LOOKAHEAD} chars, before any । ? ! or line break. Other breaks stand.
   *
   * @param text the text's chars, {@code [0, n)}
   * @param depth the brackets open in the text before a break since its last hard end
   */
  static boolean endsSentence(char[] text, int n, int start, int end, BracketDepth depth) {
    int q = end;
    boolean lineBreak = false;
    while (q > start && isSpace(text[q - 1])) {
      char c = text[q - 1];
      lineBreak |= c == '\n' || c == '\r' || c == PARAGRAPH_SEPARATOR || c == '\u0085' || c == '\u2028';
      q--;
    }
    if (q == start || text[q - 1] != '.' || lineBreak) {
      return true;
    }
    if (q == end && Character.isLetterOrDigit(Character.codePointAt(text, end, n))) {
      return false; // ".বিডি", "২৪.কম", "(.PDF": nothing between the stop and the word
    }
    if (depth.before(end) > 0) {
      for (int i = end, limit = Math.min(n, end + BRACKET_LOOKAHEAD); i < limit; i++) {
        char c = text[i];
        if (c == ')' || c == ']') {
          return false;
        }
        if (c == '(' || c == '[' || bracketDepth(1, c) == 0) {
          return true;
        }
      }
    }
    return true;
  }

  /**
   * The brackets open before a break, since the last hard end, for breaks asked in text order. Read
   * only at a break after a full stop, so a text without one is not scanned at all, and the chars
   * before the last such break once each.
   */
  static final class BracketDepth {
    private final char[] text;
    private int scanned;
    private int depth;

    BracketDepth(char[] text) {
      this.text = text;
    }

    /** {@return the brackets open in the chars before {@code end}}; {@code end} never before the last asked */
    int before(int end) {
      for (; scanned < end; scanned++) {
        depth = bracketDepth(depth, text[scanned]);
      }
      return depth;
    }
  }

  /** The bracket depth after {@code c}: brackets open and close; । ? ! and line breaks end them all. */
  private static int bracketDepth(int depth, char c) {
    return switch (c) {
      case '(', '[' -> depth + 1;
      case ')', ']' -> Math.max(0, depth - 1);
      case '\u0964', '\u0965', '?', '!', '\n', '\r', PARAGRAPH_SEPARATOR, '\u0085', '\u2028' -> 0;
      default -> depth;
    };
  }

  /**
   * {@return the tokens of a normalized text, white space left out, as an unmodifiable list; spans
   * into its original} The word segments are ICU's: {@code WordBreakLoop} finds those of Bengali,
   * Latin and the other scripts of {@code WordBreakTable} by itself, and ICU's iterator the rest,
   * one segment at a time.
   *
   * @param nt the normalized text
   */
  public List<Token> tokenize(NormalizedText nt) {
    Vocabulary.Pending pending = pendingTokens.get().clear(); // cleared: a call that failed may have left some
    return tokenize(nt, pending, pending.charsOf(nt.text()));
  }

  /** {@link #tokenize(NormalizedText)} with the thread's run, emptied, and the text's chars in it. */
  private List<Token> tokenize(NormalizedText nt, Vocabulary.Pending pending, char[] chars) {
    String text = nt.text();
    BreakIterator icu = null; // taken only when a segment needs it
    for (int from = 0, n = text.length(); from < n; ) {
      int to = WordBreakLoop.next(chars, n, from);
      if (to == WordBreakLoop.UNKNOWN) {
        if (icu == null) {
          icu = wordIterator();
        }
        // ICU is given the text from the segment on (its segment depends on nothing before it):
        // given the whole text, it went back to a safe point before the segment and read forward
        // from there, through any Chinese, Korean or Thai run, which loaded and walked its dictionaries
        icu.setText(new StringCharacterIterator(text, from, n, from));
        to = icu.next();
      }
      addToken(pending, nt, text, chars, from, to);
      from = to;
    }
    vocabulary.addTokens(pending, text);
    if (icu != null) {
      icu.setText(""); // not kept: the text may be large
    }
    return pending.takeTokens();
  }

  /**
   * {@return the tokens of a normalized text as ICU's word iterator alone finds them, but for a run
   * of Chinese and Japanese chars, or of Thai, Lao, Myanmar, Khmer or Hangul, that {@code
   * WordBreakLoop.run} takes whole: one token where ICU's dictionaries find its words} The
   * reference the tests compare {@link #tokenize(NormalizedText)} with.
   *
   * @throws IllegalStateException if such a run does not end at one of ICU's boundaries
   * @param nt the normalized text
   */
  List<Token> tokenizeWithIcu(NormalizedText nt) {
    String text = nt.text();
    BreakIterator bi = wordIterator();
    bi.setText(text);
    Vocabulary.Pending pending = pendingTokens.get().clear(); // cleared: a call that failed may have left some
    char[] chars = pending.charsOf(text);
    for (int from = 0, n = text.length(), to; from < n; from = to) {
      to = bi.following(from);
      byte c = WordBreakTable.of(chars[from]);
      if (c == WordBreakTable.KANJI_KANA || c == WordBreakTable.DICTIONARY_LETTER) {
        int run = WordBreakLoop.run(chars, n, from, c);
        if (run != WordBreakLoop.UNKNOWN) {
          if (!bi.isBoundary(run)) {
            throw new IllegalStateException("a run ends at " + run + ", no boundary of ICU's: " + text);
          }
          to = run;
        }
      }
      addToken(pending, nt, text, chars, from, to);
    }
    vocabulary.addTokens(pending, text);
    bi.setText("");
    return pending.takeTokens();
  }

  /**
   * Adds the token of word segment {@code text[from, to)}, if it is not white space, to
   * {@code pending}; a full run is made into the run's list. The caller makes the last run.
   */
  private void addToken(Vocabulary.Pending pending, NormalizedText nt, String text, char[] chars, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && isSpace(chars[start])) {
      start++; // ICU attaches a mark to the space before it (" ়"): the token is the mark alone
    }
    while (end > start && isSpace(chars[end - 1])) {
      end--;
    }
    TokenKind kind = start < end ? kindOf(chars, start, end) : null;
    if (kind != null && pending.add(nt.toOriginal(start), nt.toOriginalEnd(start, end), start, end, kind)) {
      vocabulary.addTokens(pending, text);
    }
  }

  private static final byte LETTER = 1;
  private static final byte PUNCTUATION = 2;
  private static final byte SPACE = 3;
  private static final byte OTHER = 4;

  /**
   * {@link #charClass} of each char below the end of the Bengali block (ASCII, the danda and the
   * other punctuation of Bengali text among them), read from a table: under the command line's
   * first-tier JIT, {@code Character.getType} is a lookup in two levels and a virtual call.
   */
  private static final byte[] CHAR_CLASSES = new byte[0x0A00];

  static {
    for (char c = 0; c < CHAR_CLASSES.length; c++) {
      CHAR_CLASSES[c] = charClass(c);
    }
  }

  /** What a char that is not a digit makes of a token, by its Unicode category. */
  private static byte charClass(char c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> LETTER;
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> PUNCTUATION;
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR, Character.CONTROL -> SPACE;
      default -> OTHER;
    };
  }

  /** The kind of {@code text[start, end)}, or null for white space. */
  static TokenKind kindOf(char[] text, int start, int end) {
    boolean letter = false;
    boolean digit = false;
    boolean punct = false;
    boolean other = false;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c >= '\u0981' && c <= '\u09E3' && c != '\u0984') {
        letter = true; // Bengali letters and marks: the common case, without a Unicode table lookup
        continue;
      }
      if (Digits.isDigit(c)) {
        digit = true;
        continue;
      }
      switch (c < CHAR_CLASSES.length ? CHAR_CLASSES[c] : charClass(c)) {
        case LETTER -> letter = true;
        case PUNCTUATION -> punct = true;
        case SPACE -> { }
        default -> other = true;
      }
    }
    if (digit) {
      return letter ? TokenKind.ALPHANUMERIC : other ? TokenKind.SYMBOL : TokenKind.NUMBER;
    }
    if (letter) {
      return TokenKind.WORD;
    }
    if (other) {
      return TokenKind.SYMBOL;
    }
    return punct ? TokenKind.PUNCTUATION : null;
  }

  /** White space and control chars: what a sentence span leaves out at its ends (never a token). */
  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return true; // the space, and every char below it a control: the commonest answer yes
    }
    if (c < '\u007F' || c >= '\u0980' && c <= '\u09FF') {
      return false; // printable ASCII and Bengali: the common case, decided without a table
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL;
  }

  /** Whether the unit {@code [s, e)} stands between heading markers. */
  private static boolean fencedBySeparators(char[] text, int n, int s, int e) {
    int before = s - 1;
    while (before >= 0 && isSpace(text[before]) && text[before] != PARAGRAPH_SEPARATOR) {
      before--;
    }
    int after = e;
    while (after < n && isSpace(text[after]) && text[after] != PARAGRAPH_SEPARATOR) {
      after++;
    }
    return before >= 0 && text[before] == PARAGRAPH_SEPARATOR
        && after < n && text[after] == PARAGRAPH_SEPARATOR;
  }
}

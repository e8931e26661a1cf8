package dev.nirjas.text;

import static dev.nirjas.text.WordBreakTable.CR;
import static dev.nirjas.text.WordBreakTable.DICTIONARY_LETTER;
import static dev.nirjas.text.WordBreakTable.EXTEND;
import static dev.nirjas.text.WordBreakTable.EXTEND_NUM_LET;
import static dev.nirjas.text.WordBreakTable.KANJI_KANA;
import static dev.nirjas.text.WordBreakTable.LETTER;
import static dev.nirjas.text.WordBreakTable.LF;
import static dev.nirjas.text.WordBreakTable.MID_LETTER;
import static dev.nirjas.text.WordBreakTable.MID_NUM;
import static dev.nirjas.text.WordBreakTable.MID_NUM_LET;
import static dev.nirjas.text.WordBreakTable.NEWLINE;
import static dev.nirjas.text.WordBreakTable.NUMERIC;
import static dev.nirjas.text.WordBreakTable.OTHER;
import static dev.nirjas.text.WordBreakTable.SPACE;
import static dev.nirjas.text.WordBreakTable.UNHANDLED;

/**
 * ICU's word segments, found by a plain loop over the chars instead of ICU's rule interpreter
 * ({@code RuleBasedBreakIterator.handleNext} reads a state table per char and was the largest cost
 * of the pipeline).
 *
 * <p>ICU's forward iteration is memoryless: the segment that starts at a boundary depends only on
 * the text from there on (its word rules need no start-of-text context). So the loop computes one
 * segment at a time, from a boundary, following ICU's {@code word.txt} for the classes of
 * {@link WordBreakTable} (UAX #29 rules 3, 3a, 3b, 3d, 4-13b): CR LF; runs of horizontal space;
 * Extend and Format chars attached to what precedes them (not to a line break), grouped when they
 * open a segment; letters and digits chained together and with connectors, across one MidLetter,
 * MidNum or MidNumLet between two letters or two digits. When a segment's end depends on a char
 * the table leaves {@link WordBreakTable#UNHANDLED}, the loop answers {@link #UNKNOWN} and the
 * caller asks ICU for that one segment.
 *
 * <p>Stateless and thread-safe.
 */
final class WordBreakLoop {
  /** The answer when ICU's rules for a char the loop does not handle decide the segment. */
  static final int UNKNOWN = -1;

  private WordBreakLoop() {}

  /**
   * {@return where the word segment that starts at {@code start} ends, or {@link #UNKNOWN}}
   *
   * @param text the text's chars (an array: under the command line's first-tier JIT a char read
   *     through {@code String.charAt} cost several times an array's)
   * @param n the text's length: {@code text[0, n)} is the text
   * @param start a boundary of the text before its end: 0 or the end of the segment before
   */
  static int next(char[] text, int n, int start) {
    byte c = WordBreakTable.of(text[start]);
    switch (c) {
      case CR -> {
        return start + 1 < n && text[start + 1] == '\n' ? start + 2 : start + 1;
      }
      case LF, NEWLINE -> {
        return start + 1; // nothing attaches to a line break
      }
      case EXTEND -> {
        return attached(text, n, start + 1); // marks at a segment's start are grouped ("^$ExFm+")
      }
      case SPACE -> {
        int i = start + 1;
        while (i < n && WordBreakTable.of(text[i]) == SPACE) {
          i++;
        }
        return attached(text, n, i); // " ়": a mark after a space attaches to it
      }
      case LETTER, NUMERIC, EXTEND_NUM_LET -> {
        return word(text, n, start, c);
      }
      case KANJI_KANA, DICTIONARY_LETTER -> {
        return run(text, n, start, c);
      }
      case UNHANDLED -> {
        return UNKNOWN;
      }
      default -> {
        return attached(text, n, start + 1); // one char of punctuation or a symbol, and its marks
      }
    }
  }

  /**
   * The end of a run of Chinese and Japanese chars ({@link WordBreakTable#KANJI_KANA}), or of
   * Thai, Lao, Myanmar, Khmer or Hangul ({@link WordBreakTable#DICTIONARY_LETTER}), and the marks
   * among them: one segment, where ICU's dictionaries find the words of such a run. Nirjas reads no
   * word of these scripts, and the dictionaries cost a run over a corpus that meets them ~5 % of
   * its time (loaded, ~2 MB for Chinese and Japanese alone, and walked). {@link #UNKNOWN} (ICU
   * decides, dictionary and all) unless the char after the run is white space, punctuation or a
   * MidNum (',' ';'), or, after kanji and kana, which ICU's rules count no letters, a letter, digit
   * or mid letter: where its rules might join the next char to the run, the run's end might be no
   * boundary of ICU's.
   */
  static int run(char[] text, int n, int start, byte script) {
    int end = start + 1;
    while (end < n) {
      byte c = WordBreakTable.of(text[end]);
      if (c != script && c != EXTEND) {
        break;
      }
      end++;
    }
    if (end == n) {
      return end;
    }
    return switch (WordBreakTable.of(text[end])) {
      case SPACE, CR, LF, NEWLINE, OTHER, MID_NUM -> end;
      // "年鉴2014", "互聯網.": ICU's rules join none of these to kanji or kana; Thai and Hangul are letters to them
      case LETTER, NUMERIC, MID_LETTER, MID_NUM_LET -> script == KANJI_KANA ? end : UNKNOWN;
      default -> UNKNOWN; // a letter, digit, mid letter, connector or mark ICU's rules may join to the run
    };
  }

  /**
   * The end of the letters, digits and connectors chained from {@code start}: rules 5 (letter
   * letter), 6-7 (letter mid letter), 8-10 (digits and letters), 11-12 (digit mid digit), 13a-b
   * (connectors), Extend and Format ignored between them (rule 4).
   */
  private static int word(char[] text, int n, int start, byte first) {
    byte last = first; // the class of the last letter, digit or connector taken
    int end = skipExtend(text, n, start + 1);
    while (end < n) {
      byte c = WordBreakTable.of(text[end]);
      switch (c) {
        case LETTER, NUMERIC, EXTEND_NUM_LET -> {
          last = c; // every pair of these chains (rules 5, 8, 9, 10, 13a, 13b)
          end = skipExtend(text, n, end + 1);
        }
        case MID_LETTER, MID_NUM, MID_NUM_LET -> {
          byte joined = joins(c, last);
          if (joined == OTHER) {
            return end; // "a," "1:" "_.": no rule takes the mid char
          }
          int after = skipExtend(text, n, end + 1);
          byte next = after < n ? WordBreakTable.of(text[after]) : OTHER;
          if (next >= UNHANDLED) {
            return UNKNOWN; // a Hebrew letter would be taken
          }
          if (next != joined) {
            return end; // "a." "১," at the end of a word: the mid char is a segment of its own
          }
          last = next;
          end = skipExtend(text, n, after + 1);
        }
        case UNHANDLED, KANJI_KANA, DICTIONARY_LETTER -> {
          return UNKNOWN; // ICU's rules chain some of them to letters
        }
        default -> {
          return end;
        }
      }
    }
    return end;
  }

  /**
   * {@return the class a mid char of class {@code mid} joins after {@code last} (a letter to a
   * letter, a digit to a digit), or {@link WordBreakTable#OTHER} if it joins nothing there}
   */
  private static byte joins(byte mid, byte last) {
    if (last == LETTER && (mid == MID_LETTER || mid == MID_NUM_LET)) {
      return LETTER;
    }
    if (last == NUMERIC && (mid == MID_NUM || mid == MID_NUM_LET)) {
      return NUMERIC;
    }
    return OTHER;
  }

  /** The end of the Extend and Format chars from {@code i}; {@link #UNKNOWN} if an unhandled char (ZWJ) follows them. */
  private static int attached(char[] text, int n, int i) {
    int end = skipExtend(text, n, i);
    // kanji, kana and the dictionary letters join nothing before them: their run is a segment of its own
    return end < n && WordBreakTable.of(text[end]) == UNHANDLED ? UNKNOWN : end;
  }

  private static int skipExtend(char[] text, int n, int i) {
    while (i < n && WordBreakTable.of(text[i]) == EXTEND) {
      i++;
    }
    return i;
  }
}

package dev.nirjas.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * The word-break class of every BMP char, as {@link WordBreakLoop} reads it: ICU's own
 * {@code Word_Break} property (so the table follows the Unicode version of the ICU in use),
 * folded to the classes the loop implements, and {@link #UNHANDLED} for the chars whose rules it
 * leaves to ICU's iterator.
 *
 * <p>Unhandled: surrogates (every supplementary char: emoji, regional indicators, ...), ZWJ
 * (emoji sequences), Extended_Pictographic, Hebrew letters (rules 7a-7c), and any {@code
 * Word_Break} value not named below. The chars ICU breaks with dictionaries have classes of their
 * own, {@link #KANJI_KANA} (Han, Hiragana, Katakana, ideographs) and {@link #DICTIONARY_LETTER}
 * (Thai, Lao, Myanmar, Khmer ..., Hangul): the loop takes a run of them whole; their marks are
 * {@link #EXTEND}. Double_Quote only matters after a Hebrew letter, which is unhandled, so it is
 * {@link #OTHER}; Single_Quote without Hebrew acts as MidNumLet.
 *
 * <p>Immutable; 64 KB, read from the build's table ({@link BmpTable}) or made once from ICU's
 * property data.
 */
final class WordBreakTable {
  /** Anything that joins nothing: punctuation, symbols, Double_Quote. */
  static final byte OTHER = 0;
  static final byte CR = 1;
  static final byte LF = 2;
  /** Vertical tab, form feed, NEL, line and paragraph separators. */
  static final byte NEWLINE = 3;
  /** Extend and Format: they attach to the char before them. */
  static final byte EXTEND = 4;
  /** Horizontal white space (WSegSpace): runs of it stay together. */
  static final byte SPACE = 5;
  /** ALetter: Bengali, Latin, Devanagari... letters. */
  static final byte LETTER = 6;
  static final byte NUMERIC = 7;
  /** MidLetter: ':' '·', joins letters only. */
  static final byte MID_LETTER = 8;
  /** MidNum: ',' ';', joins digits only. */
  static final byte MID_NUM = 9;
  /** MidNumLet and Single_Quote: '.' ''' '’', join letters with letters, digits with digits. */
  static final byte MID_NUM_LET = 10;
  /** ExtendNumLet: '_' and other connectors. */
  static final byte EXTEND_NUM_LET = 11;
  /** Left to ICU's iterator. */
  static final byte UNHANDLED = 12;
  /**
   * Han, Hiragana, Katakana and ideographs: chars ICU segments with its dictionary of Chinese and
   * Japanese words, and no letters to its rules. Where {@link WordBreakLoop} does not take a run of
   * them whole, as {@link #UNHANDLED}.
   */
  static final byte KANJI_KANA = 13;
  /**
   * Line_Break Complex_Context (Thai, Lao, Myanmar, Khmer …: scripts written without spaces) and
   * Hangul: chars ICU segments with a dictionary and counts among its letters. Where {@link
   * WordBreakLoop} does not take a run of them whole, as {@link #UNHANDLED}.
   */
  static final byte DICTIONARY_LETTER = 14;

  private static final byte[] CLASSES =
      BmpTable.of(BmpTable.WORD_BREAK, WordBreakTable::classify, UNHANDLED);

  private WordBreakTable() {}

  /** {@return the table computed from ICU, as the build writes it} */
  static byte[] computed() {
    return BmpTable.computed(WordBreakTable::classify, UNHANDLED);
  }

  /** {@return the class of {@code c}} */
  static byte of(char c) {
    return CLASSES[c];
  }

  private static byte classify(int c) {
    if (UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)) {
      return UNHANDLED;
    }
    int wordBreak = UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK);
    if (wordBreak == UCharacter.WordBreak.EXTEND || wordBreak == UCharacter.WordBreak.FORMAT) {
      return EXTEND; // a Thai vowel sign, a Hangul tone mark: attached as any mark
    }
    int script = UScript.getScript(c);
    if (UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK) == UCharacter.LineBreak.COMPLEX_CONTEXT
        || script == UScript.HANGUL) {
      return DICTIONARY_LETTER;
    }
    if (UCharacter.hasBinaryProperty(c, UProperty.IDEOGRAPHIC) || wordBreak == UCharacter.WordBreak.KATAKANA
        || script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA) {
      return KANJI_KANA;
    }
    return switch (wordBreak) {
      case UCharacter.WordBreak.OTHER, UCharacter.WordBreak.DOUBLE_QUOTE -> OTHER;
      case UCharacter.WordBreak.CR -> CR;
      case UCharacter.WordBreak.LF -> LF;
      case UCharacter.WordBreak.NEWLINE -> NEWLINE;
      case UCharacter.WordBreak.EXTEND, UCharacter.WordBreak.FORMAT -> EXTEND;
      case UCharacter.WordBreak.WSEGSPACE -> SPACE;
      case UCharacter.WordBreak.ALETTER -> LETTER;
      case UCharacter.WordBreak.NUMERIC -> NUMERIC;
      case UCharacter.WordBreak.MIDLETTER -> MID_LETTER;
      case UCharacter.WordBreak.MIDNUM -> MID_NUM;
      case UCharacter.WordBreak.MIDNUMLET, UCharacter.WordBreak.SINGLE_QUOTE -> MID_NUM_LET;
      case UCharacter.WordBreak.EXTENDNUMLET -> EXTEND_NUM_LET;
      default -> UNHANDLED; // ZWJ, Hebrew_Letter, Katakana, Regional_Indicator, the old emoji classes
    };
  }
}

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
 * (emoji sequences), Extended_Pictographic, Hebrew letters (rules 7a-7c), Katakana, Han, Hiragana,
 * Hangul, ideographs and Complex_Context scripts (Thai, Lao, Myanmar, Khmer...: dictionary breaks),
 * and any {@code Word_Break} value not named below. Double_Quote only matters after a Hebrew
 * letter, which is unhandled, so it is {@link #OTHER}; Single_Quote without Hebrew acts as
 * MidNumLet.
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
    if (UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(c, UProperty.IDEOGRAPHIC)
        || UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK) == UCharacter.LineBreak.COMPLEX_CONTEXT) {
      return UNHANDLED;
    }
    switch (UScript.getScript(c)) {
      case UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.HANGUL -> {
        return UNHANDLED; // ICU's dictionary sets and their own rules (13, CJK chaining)
      }
      default -> { }
    }
    return switch (UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK)) {
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

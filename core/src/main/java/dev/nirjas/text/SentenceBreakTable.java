package dev.nirjas.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The sentence-break class of every BMP char, as {@link SentenceBreakLoop} reads it: ICU's own
 * {@code Sentence_Break} property, so the table follows the Unicode version of the ICU in use.
 * Surrogates are {@link #UNHANDLED}: a text with one goes to ICU's iterator whole.
 *
 * <p>Immutable; 64 KB, read from the build's table ({@link BmpTable}) or made once from ICU's
 * property data.
 */
final class SentenceBreakTable {
  static final byte OTHER = 0;
  static final byte CR = 1;
  static final byte LF = 2;
  /** NEL, line and paragraph separators. */
  static final byte SEP = 3;
  /** Extend and Format: they attach to the char before them. */
  static final byte EXTEND = 4;
  static final byte SP = 5;
  static final byte LOWER = 6;
  static final byte UPPER = 7;
  /** Letters without case: Bengali, Devanagari, Arabic... */
  static final byte OLETTER = 8;
  static final byte NUMERIC = 9;
  /** The full stop '.' and its kin: ends a sentence unless a rule of UAX #29 says otherwise. */
  static final byte ATERM = 10;
  /** । ॥ ? ! and their kin. */
  static final byte STERM = 11;
  /** Quotes and closing brackets, which stay with the end before them. */
  static final byte CLOSE = 12;
  /** ',' ';' ':' '-' and the like: no sentence begins after them. */
  static final byte SCONTINUE = 13;
  static final byte UNHANDLED = 14;

  private static final byte[] CLASSES =
      BmpTable.of(BmpTable.SENTENCE_BREAK, SentenceBreakTable::classify, UNHANDLED);

  private SentenceBreakTable() {}

  /** {@return the table computed from ICU, as the build writes it} */
  static byte[] computed() {
    return BmpTable.computed(SentenceBreakTable::classify, UNHANDLED);
  }

  /** {@return the class of {@code c}} */
  static byte of(char c) {
    return CLASSES[c];
  }

  private static byte classify(int c) {
    return switch (UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK)) {
      case UCharacter.SentenceBreak.OTHER -> OTHER;
      case UCharacter.SentenceBreak.CR -> CR;
      case UCharacter.SentenceBreak.LF -> LF;
      case UCharacter.SentenceBreak.SEP -> SEP;
      case UCharacter.SentenceBreak.EXTEND, UCharacter.SentenceBreak.FORMAT -> EXTEND;
      case UCharacter.SentenceBreak.SP -> SP;
      case UCharacter.SentenceBreak.LOWER -> LOWER;
      case UCharacter.SentenceBreak.UPPER -> UPPER;
      case UCharacter.SentenceBreak.OLETTER -> OLETTER;
      case UCharacter.SentenceBreak.NUMERIC -> NUMERIC;
      case UCharacter.SentenceBreak.ATERM -> ATERM;
      case UCharacter.SentenceBreak.STERM -> STERM;
      case UCharacter.SentenceBreak.CLOSE -> CLOSE;
      case UCharacter.SentenceBreak.SCONTINUE -> SCONTINUE;
      default -> UNHANDLED;
    };
  }
}

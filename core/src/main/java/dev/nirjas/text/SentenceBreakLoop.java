package dev.nirjas.text;

import static dev.nirjas.text.SentenceBreakTable.ATERM;
import static dev.nirjas.text.SentenceBreakTable.CLOSE;
import static dev.nirjas.text.SentenceBreakTable.CR;
import static dev.nirjas.text.SentenceBreakTable.EXTEND;
import static dev.nirjas.text.SentenceBreakTable.LF;
import static dev.nirjas.text.SentenceBreakTable.LOWER;
import static dev.nirjas.text.SentenceBreakTable.NUMERIC;
import static dev.nirjas.text.SentenceBreakTable.OLETTER;
import static dev.nirjas.text.SentenceBreakTable.SCONTINUE;
import static dev.nirjas.text.SentenceBreakTable.SEP;
import static dev.nirjas.text.SentenceBreakTable.SP;
import static dev.nirjas.text.SentenceBreakTable.STERM;
import static dev.nirjas.text.SentenceBreakTable.UNHANDLED;
import static dev.nirjas.text.SentenceBreakTable.UPPER;

/**
 * The sentence boundaries of ICU's root rules (UAX #29, before any abbreviation filter), found by a
 * plain loop over the chars instead of ICU's rule interpreter.
 *
 * <p>UAX #29 breaks a sentence in two places only: after a paragraph separator (CR LF, CR, LF, NEL,
 * U+2028, U+2029; rule SB4) and after a terminator with its closing quotes and brackets and its
 * spaces (SATerm Close* Sp*, rule SB11), unless the char after that is a separator, a space, a
 * terminator or an SContinue (SB8a-SB10), or, after '.', a digit right after it (SB6), a capital
 * right after it with a letter before (SB7, "U.S."), or a lower-case letter before the next letter
 * or terminator (SB8: "etc. and"). Extend and Format chars are part of the char before them (SB5).
 * The loop finds the next such place; {@link SentenceLoopIterator} drops those after an abbreviation.
 *
 * <p>Stateless and thread-safe.
 */
final class SentenceBreakLoop {
  private SentenceBreakLoop() {}

  /** {@return whether the loop handles all of {@code text}: it has no surrogate (emoji and the like go to ICU)} */
  static boolean handles(char[] text, int n) {
    for (int i = 0; i < n; i++) {
      if (SentenceBreakTable.of(text[i]) == UNHANDLED) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the first sentence boundary after {@code start}; the text's length if none is before it}
   *
   * @param text the chars of a text that the loop {@link #handles(char[], int)} (an array: under the
   *     command line's first-tier JIT a char read through {@code String.charAt} cost several times
   *     an array's)
   * @param n the text's length: {@code text[0, n)} is the text
   * @param start a boundary before the end of the text
   */
  static int next(char[] text, int n, int start) {
    int i = start;
    while (i < n) {
      switch (SentenceBreakTable.of(text[i])) {
        case CR, LF, SEP -> {
          return afterSeparator(text, n, i);
        }
        case STERM, ATERM -> {
          int j = afterTerminator(text, n, i);
          if (j < 0) {
            i = -j - 1; // no break: go on from there
          } else {
            return j;
          }
        }
        default -> i++;
      }
    }
    return n;
  }

  /** The boundary after the separator at {@code i} (SB3, SB4). */
  private static int afterSeparator(char[] text, int n, int i) {
    return text[i] == '\r' && i + 1 < n && text[i + 1] == '\n' ? i + 2 : i + 1;
  }

  /**
   * The boundary after the terminator at {@code i} with its closing chars and spaces (SB11), or
   * {@code -k - 1} when a rule forbids a break there and the scan goes on at {@code k}.
   */
  private static int afterTerminator(char[] text, int n, int i) {
    boolean fullStop = SentenceBreakTable.of(text[i]) == ATERM;
    int afterTerm = skipExtend(text, n, i + 1);
    int j = afterTerm;
    while (j < n && SentenceBreakTable.of(text[j]) == CLOSE) {
      j = skipExtend(text, n, j + 1);
    }
    while (j < n && SentenceBreakTable.of(text[j]) == SP) {
      j = skipExtend(text, n, j + 1);
    }
    if (j == n) {
      return n;
    }
    byte next = SentenceBreakTable.of(text[j]);
    switch (next) {
      case CR, LF, SEP -> {
        return afterSeparator(text, n, j); // SB9, SB10: the separator stays with the sentence
      }
      case SCONTINUE, STERM, ATERM -> {
        return -j - 1; // SB8a
      }
      default -> { }
    }
    if (fullStop) {
      boolean adjacent = j == afterTerm;
      if (adjacent && next == NUMERIC) {
        return -j - 1; // SB6: "৪.৮৯৮"
      }
      if (adjacent && next == UPPER && casedBefore(text, i)) {
        return -j - 1; // SB7: "U.S."
      }
      if (lowerBeforeLetter(text, n, j)) {
        return -j - 1; // SB8: "etc. and"
      }
    }
    return j;
  }

  /** Whether the char before {@code i}, marks skipped, is an upper- or lower-case letter (SB7). */
  private static boolean casedBefore(char[] text, int i) {
    int k = i - 1;
    while (k >= 0 && SentenceBreakTable.of(text[k]) == EXTEND) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    byte c = SentenceBreakTable.of(text[k]);
    if (c == CR || c == LF || c == SEP) {
      return false; // marks after a separator attach to nothing (SB5)
    }
    return c == UPPER || c == LOWER;
  }

  /** Whether the first letter, terminator or separator from {@code j} on is a lower-case letter (SB8). */
  private static boolean lowerBeforeLetter(char[] text, int n, int j) {
    for (int k = j; k < n; k++) {
      switch (SentenceBreakTable.of(text[k])) {
        case LOWER -> {
          return true;
        }
        case UPPER, OLETTER, CR, LF, SEP, STERM, ATERM -> {
          return false;
        }
        default -> { }
      }
    }
    return false;
  }

  private static int skipExtend(char[] text, int n, int i) {
    while (i < n && SentenceBreakTable.of(text[i]) == EXTEND) {
      i++;
    }
    return i;
  }
}

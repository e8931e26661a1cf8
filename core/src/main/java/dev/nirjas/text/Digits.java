package dev.nirjas.text;

import java.math.BigDecimal;

/**
 * Reading digit strings written with Bengali (০-৯) or ASCII (0-9) digits, or a mix of both.
 *
 * <p>Hand-written because the JDK and ICU parse one script at a time and neither accepts the
 * Indian grouping with Bengali digits in free text; this is a plain loop over chars.
 */
public final class Digits {
  /** Digit runs longer than this get no value: a documented cap, not an overflow. */
  public static final int MAX_DIGITS = 1000;

  private Digits() {}

  /**
   * {@return the value 0-9 of a Bengali or ASCII digit, or -1}
   *
   * @param c any char
   */
  public static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\u09E6' && c <= '\u09EF') {
      return c - '\u09E6';
    }
    return -1;
  }

  /**
   * {@return whether {@code c} is a Bengali or ASCII digit}
   *
   * @param c any char
   */
  public static boolean isDigit(char c) {
    return value(c) >= 0;
  }

  /**
   * {@return whether every char of {@code s} is a Bengali or ASCII digit (and there is at least
   * one)}
   *
   * @param s a token's form, say
   */
  public static boolean allDigits(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (value(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the value of a run of Bengali or ASCII digits} As {@code Integer.parseInt} reads
   * ASCII digits, but without a sign, and only these two scripts' digits ({@code parseInt}'s
   * {@code CharSequence} form takes any script's, through {@code Character.digit}).
   *
   * @param digits one or more digits
   * @throws NumberFormatException for no digits, a char that is no digit, or more than an int holds
   */
  public static int intValue(CharSequence digits) {
    return intValue(digits, 0, digits.length());
  }

  /**
   * {@return the value of the digits {@code s[from, to)}}, as {@link #intValue(CharSequence)}, read
   * in place: the time rules ask it of parts of number tokens (২০২৪০৫১৫, ১৯৭১সাল).
   *
   * @param s chars holding the digits
   * @param from where the digits begin
   * @param to where they end, exclusive
   * @throws NumberFormatException for no digits, a char that is no digit, or more than an int holds
   * @throws IndexOutOfBoundsException if the range is not within {@code s}
   */
  public static int intValue(CharSequence s, int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, s.length());
    if (from == to) {
      throw new NumberFormatException("no digits");
    }
    long v = 0;
    for (int k = from; k < to; k++) {
      int d = value(s.charAt(k));
      if (d < 0) {
        throw new NumberFormatException("not a digit in: " + s.subSequence(from, to));
      }
      v = v * 10 + d;
      if (v > Integer.MAX_VALUE) {
        throw new NumberFormatException("too large: " + s.subSequence(from, to));
      }
    }
    return (int) v;
  }

  /**
   * {@return how many chars at the start of {@code s} are digits, decimal points or group commas}
   * That is the figure of a token such as "৫০০টাকা" or "২৫তম", whose rest is an ending.
   *
   * @param s a token's form
   */
  public static int figureLength(CharSequence s) {
    int p = 0;
    while (p < s.length() && (isDigit(s.charAt(p)) || s.charAt(p) == '.' || s.charAt(p) == ',')) {
      p++;
    }
    return p;
  }

  /**
   * Parses digits with an optional decimal point and optional grouping commas.
   *
   * <p>Commas must group the integer part validly, either the Indian way (১২,৩৪,৫৬৭: three digits
   * last, pairs before) or the Western way (1,234,567).
   *
   * @param s the digits, Bengali or ASCII or both
   * @return the value; null for anything else, for an empty string, and for more than
   *     {@link #MAX_DIGITS} digits
   */
  public static BigDecimal parse(CharSequence s) {
    int n = s.length();
    if (n == 0 || n > MAX_DIGITS + MAX_DIGITS / 3 + 2) {
      return null;
    }
    StringBuilder plain = new StringBuilder(n);
    int dot = -1;
    int commas = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int v = value(c);
      if (v >= 0) {
        plain.append((char) ('0' + v));
      } else if (c == '.' && dot < 0 && i > 0 && i < n - 1) {
        dot = i;
        plain.append('.');
      } else if (c == ',' && dot < 0) {
        commas++;
      } else {
        return null;
      }
    }
    if (commas > 0 && !validGrouping(s, dot < 0 ? n : dot)) {
      return null;
    }
    int digits = plain.length() - (dot < 0 ? 0 : 1);
    if (digits == 0 || digits > MAX_DIGITS) {
      return null;
    }
    return new BigDecimal(plain.toString());
  }

  /** Checks the commas in {@code s[0, end)} form Indian or Western grouping. */
  static boolean validGrouping(CharSequence s, int end) {
    // group lengths from the right
    int[] groups = new int[end / 2 + 2];
    int count = 0;
    int len = 0;
    for (int i = end - 1; i >= 0; i--) {
      if (s.charAt(i) == ',') {
        groups[count++] = len;
        len = 0;
      } else {
        len++;
      }
    }
    int first = len; // leftmost group
    if (count == 0 || groups[0] != 3 || first == 0) {
      return false;
    }
    boolean western = first <= 3;
    boolean indian = first <= 2;
    for (int g = 1; g < count; g++) {
      western &= groups[g] == 3;
      indian &= groups[g] == 2;
    }
    return western || indian;
  }
}

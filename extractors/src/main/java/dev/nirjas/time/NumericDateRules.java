package dev.nirjas.time;

import static dev.nirjas.time.CalendarParts.bareMonthAbbr;
import static dev.nirjas.time.CalendarParts.month;
import static dev.nirjas.time.CalendarParts.trailing;
import static dev.nirjas.time.CalendarParts.year;

import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.text.Digits;
import dev.nirjas.time.TimexValue.Granularity;

/** Dates written in digits with separators: ২৫/১০/১৯৭১, ১৯৭১-১০-২৫, ২৫.১০.১৯৭১. */
final class NumericDateRules {
  private NumericDateRules() {}

  /** ২৫/১০/১৯৭১, ২৫-১০-১৯৭১, ২৫.১০.১৯৭১, ১৯৭১-১০-২৫, ২০২৪/০৫/১৫; day-first unless impossible. */
  static TimeReading numeric(TimeSentence s, int i) {
    Token t = i < s.size() ? s.token(i) : null;
    if (t == null || t.kind() != TokenKind.NUMBER) {
      return null; // both shapes begin with a number: asked at every time word, most are not
    }
    boolean dotted = t.form().indexOf('.') > 0 && t.form().indexOf('.') != t.form().lastIndexOf('.');
    if (!dotted && !joined(s, i + 1)) {
      return null; // no separator joined to the first number (most numbers): nothing to read
    }
    int[] parts = new int[3];
    int[] lens = new int[3];
    int end;
    if (dotted) {
      String[] p = t.form().split("\\.");
      if (p.length != 3) {
        return null;
      }
      for (int k = 0; k < 3; k++) {
        if (!Digits.allDigits(p[k]) || p[k].length() > 4) {
          return null;
        }
        parts[k] = Digits.intValue(p[k]);
        lens[k] = p[k].length();
      }
      end = i + 1;
    } else {
      int k = i;
      for (int g = 0; g < 3; g++) {
        Token n = k < s.size() ? s.token(k) : null;
        if (n == null || n.kind() != TokenKind.NUMBER || !Digits.allDigits(n.form()) || n.form().length() > 4) {
          return null;
        }
        parts[g] = Digits.intValue(n.form());
        lens[g] = n.form().length();
        if (g < 2) {
          if (!joined(s, k + 1) || (g == 1 && !s.form(k + 1).equals(s.form(i + 1)))) {
            return null;
          }
          k += 2;
        } else {
          k++;
        }
      }
      end = k;
    }
    int y;
    int m;
    int d;
    if (lens[0] == 4) {
      y = parts[0];
      m = parts[1];
      d = parts[2];
    } else if (lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2) {
      y = parts[2];
      d = parts[0];
      m = parts[1];
      if (m > 12 && d <= 12) { // day-first impossible: month-first
        m = parts[0];
        d = parts[1];
      }
    } else {
      return null;
    }
    TimexValue v = new TimexValue(Granularity.DAY, y, m, d, true, false);
    if (!v.valid()) {
      return null;
    }
    return TimeReading.date(i, trailing(s, end, false, false), v, "date.numeric");
  }

  /**
   * 20230401: eight digits as year, month and day, the compact ISO form of file names and
   * documents; only a valid day from 1900 to 2100 (other eight-digit runs are identifiers).
   */
  static TimeReading compact(TimeSentence s, int i) {
    Token t = i < s.size() ? s.token(i) : null;
    if (t == null || t.kind() != TokenKind.NUMBER || t.form().length() != 8 || !Digits.allDigits(t.form())) {
      return null;
    }
    String f = t.form();
    int y = Digits.intValue(f, 0, 4);
    TimexValue v = new TimexValue(Granularity.DAY, y, Digits.intValue(f, 4, 6), Digits.intValue(f, 6, 8), true, false);
    return y >= 1900 && y <= 2100 && v.valid() ? TimeReading.date(i, i + 1, v, "date.numeric-compact") : null;
  }

  /** ০৫-মার্চ/২০২১, ৫-মার্চ-২০২১: a day, a month name and a year joined by dashes or slashes. */
  static TimeReading dayNameYear(TimeSentence s, int i) {
    Token t = i < s.size() ? s.token(i) : null;
    if (t == null || t.kind() != TokenKind.NUMBER || t.form().length() > 2 || !Digits.allDigits(t.form())
        || !joined(s, i + 1)) {
      return null;
    }
    int[] m = month(s, i + 2);
    if (m == null) {
      m = bareMonthAbbr(s, i + 2);
    }
    if (m == null || !joined(s, m[1])) {
      return null;
    }
    Integer y = year(s, m[1] + 1, 4);
    if (y == null || !s.glued(m[1], m[1] + 1)) {
      return null;
    }
    TimexValue v = new TimexValue(Granularity.DAY, y, m[0], Digits.intValue(t.form()), true, false);
    return v.valid() ? TimeReading.date(i, m[1] + 2, v, "date.numeric-month-name") : null;
  }

  /** A dash or slash glued to the tokens on both sides. */
  private static boolean joined(TimeSentence s, int k) {
    return (s.punct(k, "/") || s.dash(k)) && s.glued(k - 1, k) && s.glued(k, k + 1);
  }
}

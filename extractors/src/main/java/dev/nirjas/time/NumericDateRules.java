package dev.nirjas.time;

import static dev.nirjas.time.CalendarParts.digitsAscii;
import static dev.nirjas.time.CalendarParts.trailing;

import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.text.Digits;
import dev.nirjas.time.TimexValue.Granularity;
import java.math.BigDecimal;

/** Dates written in digits with separators: ২৫/১০/১৯৭১, ১৯৭১-১০-২৫, ২৫.১০.১৯৭১. */
final class NumericDateRules {
  private NumericDateRules() {}

  /** ২৫/১০/১৯৭১, ২৫-১০-১৯৭১, ২৫.১০.১৯৭১, ১৯৭১-১০-২৫, ২০২৪/০৫/১৫; day-first unless impossible. */
  static TimeReading numeric(TimeSentence s, int i) {
    int[] parts = new int[3];
    int[] lens = new int[3];
    int end;
    Token t = i < s.size() ? s.tokens.get(i) : null;
    if (t == null) {
      return null;
    }
    if (t.kind() == TokenKind.NUMBER && t.form().indexOf('.') > 0 && t.form().indexOf('.') != t.form().lastIndexOf('.')) {
      String[] p = t.form().split("\\.");
      if (p.length != 3) {
        return null;
      }
      for (int k = 0; k < 3; k++) {
        if (!Digits.allDigits(p[k]) || p[k].length() > 4) {
          return null;
        }
        parts[k] = Integer.parseInt(new BigDecimal(digitsAscii(p[k])).toPlainString());
        lens[k] = p[k].length();
      }
      end = i + 1;
    } else {
      int k = i;
      for (int g = 0; g < 3; g++) {
        Token n = k < s.size() ? s.tokens.get(k) : null;
        if (n == null || n.kind() != TokenKind.NUMBER || !Digits.allDigits(n.form()) || n.form().length() > 4) {
          return null;
        }
        parts[g] = Integer.parseInt(digitsAscii(n.form()));
        lens[g] = n.form().length();
        if (g < 2) {
          boolean sep = (s.punct(k + 1, "/") || s.dash(k + 1)) && s.glued(k, k + 1) && s.glued(k + 1, k + 2);
          if (!sep || (g == 1 && !s.form(k + 1).equals(s.form(i + 1)))) {
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
}

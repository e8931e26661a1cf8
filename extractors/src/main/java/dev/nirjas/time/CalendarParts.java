package dev.nirjas.time;

import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.text.Digits;
import dev.nirjas.time.TimeLexicon.Entry;
import dev.nirjas.time.TimeLexicon.Role;
import java.math.BigDecimal;

/**
 * The helpers every time rule shares: numbers read as calendar parts (a day, a month name, a year
 * token), the words that close a date (সাল, তারিখ), and counts of units (২০ বছর). Apart from the
 * rules, the way Duckling keeps {@code Time/Helpers.hs} apart from its rules files.
 */
final class CalendarParts {
  private CalendarParts() {}

  /** A whole number in [min, max] as an int, or -1: never a wrapped-around {@code intValue()}. */
  static int whole(BigDecimal v, int min, int max) {
    if (v == null || v.signum() < 0 && min >= 0) {
      return -1;
    }
    if (v.scale() == 0 && v.precision() <= 9) { // a plain integer (most numbers): no new BigDecimal
      int n = v.intValue();
      return n < min || n > max ? -1 : n;
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > 0 || s.compareTo(BigDecimal.valueOf(min)) < 0 || s.compareTo(BigDecimal.valueOf(max)) > 0) {
      return -1;
    }
    return s.intValueExact();
  }

  /** A plain digit token read as a year: 1-4 digits, no grouping, no decimal. */
  static Integer year(TimeSentence s, int i, int minDigits) {
    if (i < 0 || i >= s.size()) {
      return null;
    }
    Token t = s.token(i);
    Integer y = s.lexicon.plainYear(t); // kept with the form
    return y != null && t.form().length() >= minDigits ? y : null;
  }

  /** A day of the month at token i: ২৫, ২৫শে, ১লা, পহেলা; as {day, end}. */
  static int[] day(TimeSentence s, int i) {
    if (s.is(i, Role.FIRST)) {
      return new int[] {1, i + 1};
    }
    NumberMention m = s.number(i);
    if (m == null) {
      Token t = i >= 0 && i < s.size() ? s.token(i) : null;
      if (t != null && t.kind() == TokenKind.NUMBER && t.form().length() <= 2 && Digits.allDigits(t.form())) {
        // ০৫ জুলাই (no leading zero for the number stage); মার্চ ২১ ১৯৭৮ (two spaced digit groups
        // are an identifier to the number stage, a day and a year beside a month)
        int d = Digits.intValue(t.form());
        return d >= 1 && d <= 31 ? new int[] {d, i + 1} : null;
      }
      return null;
    }
    Token t = s.token(i);
    boolean spacedOrdinal = s.numberEnd(i) == i + 2 && m.type() == MentionType.ORDINAL
        && t.kind() == TokenKind.NUMBER; // ১৯ শে অক্টোবর
    if (s.numberEnd(i) != i + 1 && !spacedOrdinal || m.approx()) {
      return null;
    }
    boolean digits = t.kind() == TokenKind.NUMBER && t.form().length() <= 2
        || t.kind() == TokenKind.WORD && s.is(i + 1, Role.MONTH); // একুশে ফেব্রুয়ারি
    boolean ordinal = m.type() == MentionType.ORDINAL && (t.kind() == TokenKind.ALPHANUMERIC || spacedOrdinal);
    if (!(digits && m.type() == MentionType.NUMBER) && !ordinal) {
      return null;
    }
    int d = whole(m.number(), 1, 31);
    return d < 0 ? null : new int[] {d, s.numberEnd(i)};
  }

  /** A Gregorian month name at token i (an abbreviation needs its full stop): {month, end}. */
  static int[] month(TimeSentence s, int i) {
    Entry e = s.entry(i);
    if (e == null) {
      return null;
    }
    if (e.role() == Role.MONTH) {
      return new int[] {e.number(), i + 1};
    }
    if (e.role() == Role.MONTH_ABBR && s.punct(i + 1, ".") && s.glued(i, i + 1)) {
      return new int[] {e.number(), i + 2};
    }
    return null;
  }

  /**
   * A month abbreviation without its full stop (ফেব, সেপ্ট, জানু): {month, end}; or null. Callers
   * take it only between a day and a year or before a day and a year, where nothing else fits.
   */
  static int[] bareMonthAbbr(TimeSentence s, int i) {
    Entry e = s.entry(i);
    return e != null && e.role() == Role.MONTH_ABBR && !s.punct(i + 1, ".") ? new int[] {e.number(), i + 1} : null;
  }

  /** How many digits (Bengali or ASCII) {@code f} starts with. */
  private static int leadingDigits(String f) {
    int p = 0;
    while (p < f.length() && Digits.isDigit(f.charAt(p))) {
      p++;
    }
    return p;
  }

  /** A day with a month name glued to it (৫মে, ২১শেফেব্রুয়ারি is not written): {day, month, end}. */
  static int[] gluedDayMonth(TimeSentence s, int i) {
    if (i < 0 || i >= s.size() || s.token(i).kind() != TokenKind.ALPHANUMERIC) {
      return null;
    }
    String f = s.form(i);
    int p = leadingDigits(f);
    if (p == 0 || p > 2) {
      return null;
    }
    Entry e = s.lexicon.lookup(f.substring(p));
    int d = Digits.intValue(f, 0, p);
    return e != null && e.role() == Role.MONTH && d >= 1 && d <= 31 ? new int[] {d, e.number(), i + 1} : null;
  }

  /** A year with সাল glued to it (২০১৫সাল, ১৯৮৮সালের); or null. */
  static Integer gluedYearNoun(TimeSentence s, int i) {
    if (i < 0 || i >= s.size() || s.token(i).kind() != TokenKind.ALPHANUMERIC) {
      return null;
    }
    String f = s.form(i);
    int p = leadingDigits(f);
    if (p < 3 || p > 4 || Digits.value(f.charAt(0)) == 0) {
      return null;
    }
    Entry e = s.lexicon.lookup(f.substring(p));
    return e != null && e.role() == Role.YEAR_NOUN ? Integer.valueOf(Digits.intValue(f, 0, p)) : null;
  }

  /** Optional trailing words that belong to a date: সাল, খ্রিস্টাব্দ, ইং, তারিখ, মাস. */
  static int trailing(TimeSentence s, int k, boolean yearWords, boolean monthNoun) {
    if (yearWords && (s.is(k, Role.YEAR_NOUN) || s.is(k, Role.ERA_AD) || s.is(k, Role.ERA_NOUN))) {
      k = s.is(k, Role.ERA_AD) && s.form(k).equals("খ্রি") && s.punct(k + 1, ".") ? k + 2 : k + 1;
    }
    if (monthNoun && s.is(k, Role.MONTH_NOUN)) {
      k++;
    }
    if (s.is(k, Role.DATE_NOUN)) {
      k++;
    }
    return k;
  }

  /** Whether token k is অর্থবছর (the fiscal year), with or without a case ending. */
  static boolean fiscalYearNoun(TimeSentence s, int k) {
    Entry e = s.entry(k);
    return e != null && e.role() == Role.YEAR_NOUN && "fiscal".equals(e.value());
  }

  /** Whether a word ends in a genitive ending (ের, এর, র). */
  static boolean genitive(String form) {
    return form.endsWith("ের") || form.endsWith("এর") || form.endsWith("র") && !form.endsWith("বার");
  }

  /** A year with a glued genitive or locative ending: ১৯৭১-এর, ১৯৫২-র, ১৯৭১এর, ১৯৭১-এ; or null. */
  static Integer yearWithGenitive(TimeSentence s, int i) {
    NumberMention m = s.number(i);
    if (m == null || m.type() != MentionType.NUMBER || m.approx()) {
      return null;
    }
    Token t = s.token(i);
    String digits = t.form();
    int p = 0;
    while (p < digits.length() && Digits.isDigit(digits.charAt(p))) {
      p++;
    }
    if (p < 3 || p > 4 || whole(m.number(), 1, 9999) < 0) {
      return null;
    }
    String ending = s.numberEnd(i) == i + 3 && s.dash(i + 1) ? s.form(i + 2)
        : s.numberEnd(i) == i + 1 && p < digits.length() ? digits.substring(p) : null;
    if (ending == null || !(ending.equals("এর") || ending.equals("র") || ending.equals("এ") || ending.equals("ের")
        || ending.equals("তে"))) {
      return null;
    }
    return whole(m.number(), 1, 9999);
  }

  /** Whether the token before a year with a bare ending lets it be a year (not "এক্সপো ২০১০-এ"). */
  static boolean yearContext(TimeSentence s, int before) {
    if (before < 0) {
      return true;
    }
    Token t = s.token(before);
    if (t.kind() == TokenKind.PUNCTUATION) {
      return !s.dash(before);
    }
    Entry e = s.entry(before);
    // a time word, or a word of the before-year list (তিনি, এবং …); not an event's name, which the
    // year belongs to (এক্সপো ২০১০-এ, এশিয়া কাপ ২০২৩-এ)
    return e != null && e.role() != Role.EDITION;
  }

  static boolean countedAfter(TimeSentence s, int k) {
    Token t = k < s.size() ? s.token(k) : null;
    if (t == null || t.kind() != TokenKind.WORD) {
      return false;
    }
    Role r = s.role(k);
    return r == Role.COUNTED || r == Role.UNIT || s.lexicon.isCounted(t.form());
  }

  /** A count of units at token i, or null. */
  static UnitCount amountOfUnit(TimeSentence s, int i) {
    String count;
    BigDecimal counted = null;
    int k;
    boolean approx = false;
    if (s.is(i, Role.FEW)) {
      count = "X";
      k = i + 1;
    } else if (s.is(i, Role.HALF)) {
      return half(s, i); // আধ ঘণ্টা, আধা সেকেন্ড
    } else if (s.is(i, Role.ONE) && s.form(i).equals("এক") && unit(s, i + 1) != 0 && unit(s, i + 1) != 'D' && !s.form(i + 1).startsWith("শতক")) {
      // এক দশক: the number stage leaves এক before a noun (the article); before a unit it counts,
      // except in the idioms এক দিন ("one day") and এক শতক (a cricket hundred)
      count = "1";
      k = i + 1;
    } else {
      NumberMention m = s.number(i);
      if (m == null || m.type() != MentionType.NUMBER || m.number().signum() <= 0) {
        return null;
      }
      count = null; // written out once a unit follows: most numbers count none
      counted = m.number();
      approx = m.approx();
      k = s.numberEnd(i);
      String last = s.form(k - 1);
      if (last.endsWith("বার") && (k - 1 > i || last.length() > "বার".length())) {
        return null; // দুবার বছরের সেরা: a count of times counts no unit (বার বছর is twelve years)
      }
    }
    char unit = unit(s, k);
    if (unit == 0) {
      return null;
    }
    if (count == null) {
      count = NumberMention.plain(counted);
    }
    if (unit == 'E' || unit == 'C') {
      // দুই দশক, তিন শতাব্দী: whole decades and centuries of years; a larger count is a decade's
      // or century's name (সত্তর দশকে: the seventies), not a length
      int n = count.equals("X") ? 0 : whole(new BigDecimal(count), 1, 10);
      if (n < 0) {
        return null;
      }
      count = count.equals("X") ? "X" : Integer.toString(n * (unit == 'E' ? 10 : 100));
      unit = 'Y';
    }
    return new UnitCount(count, unit, k + 1, approx);
  }

  /** Half a unit as the next finer one where there is one: half an hour is 30 minutes. */
  private static UnitCount half(TimeSentence s, int i) {
    char unit = unit(s, i + 1);
    return switch (unit) {
      case 'Y' -> new UnitCount("6", 'M', i + 2, false);
      case 'D' -> new UnitCount("12", 'H', i + 2, false);
      case 'H' -> new UnitCount("30", 'm', i + 2, false);
      case 'm' -> new UnitCount("30", 'S', i + 2, false);
      case 'S', 'M', 'W' -> new UnitCount("0.5", unit, i + 2, false);
      default -> null;
    };
  }

  /** The unit letter of token k: Y, M, W, D, H, m (minutes), S; or 0. */
  static char unit(TimeSentence s, int k) {
    Entry e = s.entry(k);
    if (e == null) {
      return 0;
    }
    if (e.role() == Role.DECADE) {
      return 'E';
    }
    if (e.role() == Role.CENTURY) {
      return 'C';
    }
    if (e.role() == Role.MONTH_NOUN) {
      return 'M';
    }
    if (e.role() != Role.UNIT) {
      return 0;
    }
    return e.value().equals("TM") ? 'm' : e.value().charAt(0);
  }

  static boolean timeUnit(char u) {
    return u == 'H' || u == 'm' || u == 'S';
  }

  static String unitLetter(char u) {
    return u == 'm' ? "M" : Character.toString(u);
  }
}

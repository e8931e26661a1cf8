package dev.nirjas.time;

import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.text.Dashes;
import dev.nirjas.text.Digits;
import dev.nirjas.time.TimeLexicon.Entry;
import dev.nirjas.time.TimeLexicon.Role;
import dev.nirjas.time.TimeReading.Anchor;
import dev.nirjas.time.TimexValue.Granularity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that read Bengali dates, ranges, durations, sets, times of day and relative
 * expressions from one sentence's tokens and the number mentions in it.
 *
 * <p>Each rule is a method named for what it reads; at each token every rule is tried and the
 * longest reading wins (ties: the rule tried first). Rules look ahead a bounded number of tokens,
 * so a sentence is read in linear time. Immutable and thread-safe.
 */
final class TimeGrammar {
  /** The largest shift a relative expression is resolved with (units); beyond it, a duration. */
  static final int MAX_SHIFT = 100_000;

  private final TimeLexicon lexicon = new TimeLexicon();

  /** One sentence: its tokens, the number mention starting at each token, the words' roles. */
  final class Sentence {
    final List<Token> tokens;
    private final NumberMention[] numbers;
    private final int[] numberEnds;
    private final Entry[] entries;
    private final boolean[] looked;
    final TimeReading[] dateAt;
    final boolean[] dateDone;

    Sentence(List<Token> tokens, List<NumberMention> mentions) {
      this.tokens = tokens;
      int n = tokens.size();
      this.numbers = new NumberMention[n];
      this.numberEnds = new int[n];
      this.entries = new Entry[n];
      this.looked = new boolean[n];
      this.dateAt = new TimeReading[n];
      this.dateDone = new boolean[n];
      int t = 0;
      for (NumberMention m : mentions) {
        while (t < n && tokens.get(t).start() < m.span().start()) {
          t++;
        }
        if (t < n && tokens.get(t).start() == m.span().start()) {
          int e = t;
          while (e < n && tokens.get(e).end() <= m.span().end()) {
            e++;
          }
          numbers[t] = m;
          numberEnds[t] = e;
        }
      }
    }

    int size() {
      return tokens.size();
    }

    Entry entry(int i) {
      if (i < 0 || i >= tokens.size()) {
        return null;
      }
      if (!looked[i]) {
        Token t = tokens.get(i);
        entries[i] = t.kind() == TokenKind.WORD ? lexicon.lookup(t.form()) : null;
        looked[i] = true;
      }
      return entries[i];
    }

    /**
     * Whether a time expression may start at token i: a number, a digit token, a time word, or a
     * প্রতি- compound. Checked first so that ordinary words cost one trie walk.
     */
    boolean mayStart(int i) {
      if (i < 0 || i >= tokens.size()) {
        return false;
      }
      if (numbers[i] != null || entry(i) != null) {
        return true;
      }
      Token t = tokens.get(i);
      return t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.ALPHANUMERIC || t.form().startsWith("প্রতি");
    }

    Role role(int i) {
      Entry e = entry(i);
      return e == null ? null : e.role();
    }

    boolean is(int i, Role r) {
      return role(i) == r;
    }

    NumberMention number(int i) {
      return i >= 0 && i < numbers.length ? numbers[i] : null;
    }

    int numberEnd(int i) {
      return numberEnds[i];
    }

    String form(int i) {
      return i >= 0 && i < tokens.size() ? tokens.get(i).form() : "";
    }

    boolean punct(int i, String p) {
      return i >= 0 && i < tokens.size() && tokens.get(i).form().equals(p);
    }

    boolean dash(int i) {
      String f = form(i);
      return f.length() == 1 && Dashes.isDash(f.charAt(0));
    }

    boolean glued(int a, int b) {
      return a >= 0 && b < tokens.size() && tokens.get(a).end() == tokens.get(b).start();
    }
  }

  Sentence sentence(List<Token> tokens, List<NumberMention> numbers) {
    return new Sentence(tokens, numbers);
  }

  /** Reads every time expression of a sentence, left to right, longest first. */
  List<TimeReading> read(Sentence s) {
    List<TimeReading> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      TimeReading best = best(s, i);
      if (best != null) {
        out.add(best);
        i = best.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private TimeReading best(Sentence s, int i) {
    if (!s.mayStart(i)) {
      return null; // an ordinary word: no rule starts here (most tokens of most sentences)
    }
    TimeReading best = longer(null, range(s, i));
    best = longer(best, dateTime(s, i));
    best = longer(best, date(s, i));
    best = longer(best, duration(s, i));
    best = longer(best, set(s, i));
    best = longer(best, clock(s, i));
    return longer(best, relative(s, i));
  }

  private static TimeReading longer(TimeReading best, TimeReading r) {
    return r != null && (best == null || r.end() > best.end()) ? r : best;
  }

  // ---------------------------------------------------------------- numbers as calendar parts

  /** A whole number in [min, max] as an int, or -1: never a wrapped-around {@code intValue()}. */
  static int whole(BigDecimal v, int min, int max) {
    if (v == null || v.signum() < 0 && min >= 0) {
      return -1;
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > 0 || s.compareTo(BigDecimal.valueOf(min)) < 0 || s.compareTo(BigDecimal.valueOf(max)) > 0) {
      return -1;
    }
    return s.intValueExact();
  }

  /** A plain digit token read as a year: 1-4 digits, no grouping, no decimal. */
  private Integer year(Sentence s, int i, int minDigits) {
    if (i < 0 || i >= s.size()) {
      return null;
    }
    Token t = s.tokens.get(i);
    String f = t.form();
    if (t.kind() != TokenKind.NUMBER || f.length() < minDigits || f.length() > 4 || !Digits.allDigits(f)) {
      return null;
    }
    int y = Integer.parseInt(t.value().toPlainString());
    return y >= 1 ? y : null;
  }

  /** A day of the month at token i: ২৫, ২৫শে, ১লা, পহেলা; as {day, end}. */
  private int[] day(Sentence s, int i) {
    if (s.is(i, Role.FIRST)) {
      return new int[] {1, i + 1};
    }
    NumberMention m = s.number(i);
    if (m == null) {
      Token t = i >= 0 && i < s.size() ? s.tokens.get(i) : null;
      if (t != null && t.kind() == TokenKind.NUMBER && t.form().length() == 2 && Digits.allDigits(t.form())
          && Digits.value(t.form().charAt(0)) == 0 && Digits.value(t.form().charAt(1)) > 0) {
        return new int[] {Digits.value(t.form().charAt(1)), i + 1}; // ০৫ জুলাই
      }
      return null;
    }
    if (s.numberEnd(i) != i + 1 || m.approx()) {
      return null;
    }
    Token t = s.tokens.get(i);
    boolean digits = t.kind() == TokenKind.NUMBER && t.form().length() <= 2;
    boolean ordinal = m.type() == MentionType.ORDINAL && t.kind() == TokenKind.ALPHANUMERIC;
    if (!(digits && m.type() == MentionType.NUMBER) && !ordinal) {
      return null;
    }
    int d = whole(m.number(), 1, 31);
    return d < 0 ? null : new int[] {d, i + 1};
  }

  /** A Gregorian month name at token i (an abbreviation needs its full stop): {month, end}. */
  private int[] month(Sentence s, int i) {
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

  /** Optional trailing words that belong to a date: সাল, খ্রিস্টাব্দ, ইং, তারিখ, মাস. */
  private int trailing(Sentence s, int k, boolean yearWords, boolean monthNoun) {
    if (yearWords && (s.is(k, Role.YEAR_NOUN) || s.is(k, Role.ERA_AD))) {
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

  // ---------------------------------------------------------------- dates

  /** The longest absolute date at token i, with a leading or trailing weekday (computed once). */
  TimeReading date(Sentence s, int i) {
    if (i < 0 || i >= s.size() || !s.mayStart(i)) {
      return null;
    }
    if (!s.dateDone[i]) {
      s.dateAt[i] = readDate(s, i);
      s.dateDone[i] = true;
    }
    return s.dateAt[i];
  }

  private TimeReading readDate(Sentence s, int i) {
    int start = i;
    if (s.is(i, Role.WEEKDAY)) {
      i = s.punct(i + 1, ",") ? i + 2 : i + 1;
    }
    TimeReading best = longer(null, dayMonthYear(s, i));
    best = longer(best, yearFirst(s, i));
    best = longer(best, monthFirst(s, i));
    best = longer(best, numeric(s, i));
    best = longer(best, yearOnly(s, i));
    best = longer(best, decade(s, i));
    best = longer(best, century(s, i));
    best = longer(best, bangla(s, i));
    best = longer(best, hijri(s, i));
    if (start < i && (best == null || best.timex() == null || best.timex().granularity() != Granularity.DAY)) {
      // a weekday goes with a day only; alone (শনিবার, রবিবারে) it is a day of some week, but not
      // in the genitive, which names a thing (শনিবারের চিঠি, a magazine)
      return genitive(s.form(start)) ? null
          : TimeReading.of(MentionType.DATE, start, start + 1, "XXXX-WXX-" + s.entry(start).value(), "date.weekday");
    }
    if (best == null) {
      return null;
    }
    if (start < i) {
      best = best.withFirst(start);
    } else if (best.timex() != null && best.timex().granularity() == Granularity.DAY
        && s.punct(best.end(), ",") && s.is(best.end() + 1, Role.WEEKDAY)) {
      best = best.withEnd(best.end() + 2);
    }
    return best;
  }

  /** ২৫ অক্টোবর ১৯৭১, ২৫শে মার্চ, ১লা মে, ২৫ অক্টোবর ১৯৭১ খ্রিস্টাব্দে, ৫ মে ২০১৮ তারিখে. */
  private TimeReading dayMonthYear(Sentence s, int i) {
    int[] d = day(s, i);
    if (d == null) {
      return null;
    }
    int[] m = month(s, d[1]);
    if (m == null) {
      return null;
    }
    int k = m[1];
    Integer y = year(s, k, 3);
    if (y == null && s.punct(k, ",")) {
      y = year(s, k + 1, 4);
      if (y != null) {
        k++;
      }
    }
    TimexValue t;
    String rule;
    if (y != null) {
      k = trailing(s, k + 1, true, false);
      t = new TimexValue(Granularity.DAY, y, m[0], d[0], true, false);
      rule = "date.day-month-year";
    } else {
      k = trailing(s, k, false, false);
      t = TimexValue.yearless(m[0], d[0]);
      rule = "date.day-month";
    }
    return t.valid() ? TimeReading.date(i, k, t, rule) : null;
  }

  /** ১৯৭১ সালের ২৫ অক্টোবর, ১৯৯১ সালের এপ্রিল মাসে, ১৯৭১-এর মার্চে, ১৯০৫ খ্রিস্টাব্দের ১৬ অক্টোবর. */
  private TimeReading yearFirst(Sentence s, int i) {
    Integer y = year(s, i, 3);
    int k;
    if (y != null && (s.is(i + 1, Role.YEAR_NOUN) || s.is(i + 1, Role.ERA_AD))) {
      k = i + 2;
    } else if (yearWithGenitive(s, i) != null) {
      y = yearWithGenitive(s, i);
      k = s.numberEnd(i);
    } else {
      return null;
    }
    int[] d = day(s, k);
    int[] m = month(s, d == null ? k : d[1]);
    if (m == null) {
      return null;
    }
    if (d != null) {
      TimexValue t = new TimexValue(Granularity.DAY, y, m[0], d[0], true, false);
      return t.valid() ? TimeReading.date(i, trailing(s, m[1], false, false), t, "date.year-day-month") : null;
    }
    return TimeReading.date(i, trailing(s, m[1], false, true), TimexValue.month(y, m[0]), "date.year-month");
  }

  /** Whether a word ends in a genitive ending (ের, এর, র). */
  private static boolean genitive(String form) {
    return form.endsWith("ের") || form.endsWith("এর") || form.endsWith("র") && !form.endsWith("বার");
  }

  /** A year with a glued genitive or locative ending: ১৯৭১-এর, ১৯৫২-র, ১৯৭১এর, ১৯৭১-এ; or null. */
  private Integer yearWithGenitive(Sentence s, int i) {
    NumberMention m = s.number(i);
    if (m == null || m.type() != MentionType.NUMBER || m.approx()) {
      return null;
    }
    Token t = s.tokens.get(i);
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
    if (ending == null || !(ending.equals("এর") || ending.equals("র") || ending.equals("এ") || ending.equals("ের"))) {
      return null;
    }
    return whole(m.number(), 1, 9999);
  }

  /** অক্টোবর ২৫, ১৯৭১; অক্টোবর ২৫ তারিখে; এপ্রিল ১৯৯১; মে, ২০০০; ফেব্রুয়ারি মাসে. */
  private TimeReading monthFirst(Sentence s, int i) {
    int[] m = month(s, i);
    if (m == null) {
      return null;
    }
    int k = m[1];
    int[] d = day(s, k);
    if (d != null) {
      int after = d[1];
      if (s.punct(after, ",") && year(s, after + 1, 4) != null) {
        TimexValue t = new TimexValue(Granularity.DAY, year(s, after + 1, 4), m[0], d[0], true, false);
        return t.valid() ? TimeReading.date(i, trailing(s, after + 2, true, false), t, "date.month-day-year") : null;
      }
      if (s.is(after, Role.DATE_NOUN)) {
        TimexValue t = TimexValue.yearless(m[0], d[0]);
        return t.valid() ? TimeReading.date(i, after + 1, t, "date.month-day") : null;
      }
    }
    int yk = s.punct(k, ",") ? k + 1 : k;
    Integer y = year(s, yk, 4);
    if (y != null) {
      int end = yk + 1;
      if (s.number(yk) != null && s.numberEnd(yk) > end && yearWithGenitive(s, yk) != null) {
        end = s.numberEnd(yk); // ডিসেম্বর ১৯৭১-এ
      }
      return TimeReading.date(i, trailing(s, end, true, false), TimexValue.month(y, m[0]), "date.month-year");
    }
    if (s.is(k, Role.MONTH_NOUN)) {
      return TimeReading.date(i, k + 1, TimexValue.yearless(m[0], 0), "date.month");
    }
    if (m[1] == i + 1 && lexicon.words.get(s.form(i)) == null && !lexicon.isAmbiguousMonth(s.form(i))) {
      // the name with a glued ending (এপ্রিলে, অক্টোবরের): a month, even without a year
      return TimeReading.date(i, k, TimexValue.yearless(m[0], 0), "date.month-ending");
    }
    return null;
  }

  /** ২৫/১০/১৯৭১, ২৫-১০-১৯৭১, ২৫.১০.১৯৭১, ১৯৭১-১০-২৫, ২০২৪/০৫/১৫; day-first unless impossible. */
  private TimeReading numeric(Sentence s, int i) {
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

  private static String digitsAscii(String digits) {
    StringBuilder b = new StringBuilder(digits.length());
    for (int k = 0; k < digits.length(); k++) {
      b.append((char) ('0' + Digits.value(digits.charAt(k))));
    }
    return b.toString();
  }

  /** ২০১০ সালে, ১৯৭১ খ্রিস্টাব্দে, ১৮৫৭ খ্রিঃ, খ্রিস্টপূর্ব ৩২৬ অব্দে, ৩২৭ খ্রিস্টপূর্বাব্দে, ১৯৭১-এ. */
  private TimeReading yearOnly(Sentence s, int i) {
    if (s.is(i, Role.ERA_BC)) {
      Integer y = year(s, i + 1, 1);
      if (y != null && (s.is(i + 2, Role.ERA_NOUN) || s.is(i + 2, Role.YEAR_NOUN))) {
        return TimeReading.date(i, i + 3, new TimexValue(Granularity.YEAR, y, 0, 0, true, true), "date.bc-year");
      }
      return null;
    }
    Integer y = year(s, i, 1);
    if (y != null) {
      if (s.is(i + 1, Role.ERA_BC)) {
        return TimeReading.date(i, i + 2, new TimexValue(Granularity.YEAR, y, 0, 0, true, true), "date.year-bc");
      }
      boolean cue = s.is(i + 1, Role.YEAR_NOUN) || s.is(i + 1, Role.ERA_AD);
      if (cue && (y >= 1000 || s.is(i + 1, Role.ERA_AD))) {
        return TimeReading.date(i, trailing(s, i + 1, true, false), TimexValue.year(y), "date.year-cue");
      }
    }
    Integer g = yearWithGenitive(s, i);
    if (g != null && g >= 1000 && g <= 2100 && yearContext(s, i - 1)) {
      return TimeReading.date(i, s.numberEnd(i), TimexValue.year(g), "date.year-ending");
    }
    return null;
  }

  /** Whether the token before a year with a bare ending lets it be a year (not "এক্সপো ২০১০-এ"). */
  private boolean yearContext(Sentence s, int before) {
    if (before < 0) {
      return true;
    }
    Token t = s.tokens.get(before);
    if (t.kind() == TokenKind.PUNCTUATION) {
      return !s.dash(before);
    }
    Entry e = s.entry(before);
    return e != null; // a time word, or a word of the before-year list (তিনি, এবং …)
  }


  /** ১৯৭০ এর দশকে, ১৯৮০-র দশক, আশির দশকে, ৭০-এর দশকে → 197X. */
  private TimeReading decade(Sentence s, int i) {
    NumberMention m = s.number(i);
    if (m == null || m.type() != MentionType.NUMBER || m.approx()) {
      return null;
    }
    int k = s.numberEnd(i);
    if (s.is(k, Role.ANAPHOR) && s.form(k).equals("এর")) {
      k++; // ১৯৭০ এর দশকে: the genitive written apart
    } else if (s.dash(k) && (s.form(k + 1).equals("এর") || s.form(k + 1).equals("র"))) {
      k += 2;
    }
    if (!s.is(k, Role.DECADE)) {
      return null;
    }
    int n = whole(m.number(), 10, 2990);
    if (n < 0 || n % 10 != 0) {
      return null;
    }
    int start;
    if (n >= 1000 && n <= 2990) {
      start = n;
    } else if (n >= 10 && n <= 90) {
      start = 1900 + n;
    } else {
      return null;
    }
    return TimeReading.date(i, k + 1, new TimexValue(Granularity.DECADE, start, 0, 0, true, false), "date.decade");
  }

  /** বিংশ শতাব্দী, ১৯শ শতকে, ২০ শতকের, একুশ শতকের, সপ্তম শতাব্দী → 19XX, 18XX, 20XX, 06XX. */
  private TimeReading century(Sentence s, int i) {
    int n;
    int k;
    Token t = i < s.size() ? s.tokens.get(i) : null;
    if (t == null) {
      return null;
    }
    NumberMention m = s.number(i);
    if (m != null && !m.approx() && (m.type() == MentionType.ORDINAL && whole(m.number(), 1, 30) > 0
        || m.type() == MentionType.NUMBER && whole(m.number(), 11, 30) > 0)) {
      // an ordinal names a century (সপ্তম শতাব্দী); so does a cardinal past ten (২০ শতকের,
      // একুশ শতকের), while তিন শতাব্দী is three centuries, a length of time
      n = whole(m.number(), 1, 30);
      k = s.numberEnd(i);
    } else if (t.kind() == TokenKind.ALPHANUMERIC && t.form().endsWith("শ") && t.form().length() <= 3
        && Digits.allDigits(t.form().substring(0, t.form().length() - 1))) {
      n = Integer.parseInt(digitsAscii(t.form().substring(0, t.form().length() - 1)));
      k = i + 1;
    } else {
      return null;
    }
    if (!s.is(k, Role.CENTURY) || n < 1 || n > 30) {
      return null;
    }
    return TimeReading.date(i, k + 1, new TimexValue(Granularity.CENTURY, (n - 1) * 100, 0, 0, true, false), "date.century");
  }

  /** ১লা বৈশাখ ১৪৩১ বঙ্গাব্দ, ১৪৩১ বঙ্গাব্দের ১লা বৈশাখ, পহেলা বৈশাখ, ১৩৭৮ বঙ্গাব্দে. */
  private TimeReading bangla(Sentence s, int i) {
    Integer y = null;
    int k = i;
    boolean yearFirst = false;
    Integer yy = year(s, i, 3);
    if (yy != null && (s.is(i + 1, Role.ERA_BANGLA) || s.is(i + 1, Role.YEAR_NOUN))) {
      y = yy;
      k = i + 2;
      yearFirst = true;
    }
    int[] d = day(s, k);
    Entry me = d == null ? null : s.entry(d[1]);
    if (me == null || me.role() != Role.BANGLA_MONTH) {
      if (yearFirst && s.is(i + 1, Role.ERA_BANGLA) && y <= 9000) {
        // a Bengali year alone: the Gregorian year it starts in
        TimeReading r = TimeReading.date(i, i + 2, TimexValue.year(y + 593), "date.bangla-year");
        return r.inCalendar("bangla", Integer.toString(y), true);
      }
      return null;
    }
    int month = me.number();
    int end = d[1] + 1;
    if (y == null) {
      Integer after = year(s, end, 3);
      if (after != null) {
        y = after;
        end++;
        if (s.is(end, Role.ERA_BANGLA) || s.is(end, Role.YEAR_NOUN)) {
          end++;
        }
      }
    }
    if (y == null) {
      // no year: the fixed day of a common year
      LocalDate g;
      try {
        g = BanglaCalendar.toGregorian(1430, month, d[0]);
      } catch (IllegalArgumentException e) {
        return null;
      }
      TimeReading r = TimeReading.date(i, end, TimexValue.yearless(g.getMonthValue(), g.getDayOfMonth()), "date.bangla-day-month");
      return r.inCalendar("bangla", String.format("XXXX-%02d-%02d", month, d[0]), false);
    }
    if (y > 9000) {
      return null; // past what a four-digit Gregorian year can hold
    }
    LocalDate g;
    try {
      g = BanglaCalendar.toGregorian(y, month, d[0]);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return null;
    }
    TimeReading r = TimeReading.date(i, end, TimexValue.of(g), "date.bangla");
    return r.inCalendar("bangla", String.format("%04d-%02d-%02d", y, month, d[0]), BanglaCalendar.isApproximate(y));
  }

  /** ১ রমজান ১৪৪৫ হিজরি, ১৪৪৫ হিজরির ১ রমজান. */
  private TimeReading hijri(Sentence s, int i) {
    Integer y = null;
    int k = i;
    Integer yy = year(s, i, 3);
    if (yy != null && s.is(i + 1, Role.ERA_HIJRI)) {
      y = yy;
      k = i + 2;
    }
    int[] d = day(s, k);
    if (d == null) {
      return null;
    }
    int month;
    int end;
    Entry me = s.entry(d[1]);
    if (me != null && me.role() == Role.HIJRI_MONTH) {
      month = me.number();
      end = d[1] + 1;
    } else {
      Integer two = lexicon.hijriTwoWord.get(s.form(d[1]) + " " + s.form(d[1] + 1));
      if (two == null) {
        return null;
      }
      month = two;
      end = d[1] + 2;
    }
    if (y == null) {
      Integer after = year(s, end, 3);
      if (after == null || !s.is(end + 1, Role.ERA_HIJRI)) {
        return null;
      }
      y = after;
      end += 2;
    }
    LocalDate g = HijriCalendar.toGregorian(y, month, d[0]);
    if (g == null) {
      return null;
    }
    TimeReading r = TimeReading.date(i, end, TimexValue.of(g), "date.hijri");
    return r.inCalendar("hijri", String.format("%04d-%02d-%02d", y, month, d[0]), true);
  }

  // ---------------------------------------------------------------- ranges

  /**
   * ১৯১২-২০০৮, ১৯৭১ থেকে ১৯৭৫ সাল পর্যন্ত, ২৬ মার্চ থেকে ১৬ ডিসেম্বর ১৯৭১, ১ থেকে ১০ জানুয়ারি
   * ২০২৪, জানুয়ারি-মার্চ ২০২৪, ১৯৭১-৭৫ সালে: DATE_RANGE.
   */
  TimeReading range(Sentence s, int i) {
    TimeReading r = yearRange(s, i);
    if (r != null) {
      return r;
    }
    r = dayRange(s, i);
    if (r != null) {
      return r;
    }
    r = centuryRange(s, i);
    if (r != null) {
      return r;
    }
    return dateToDate(s, i);
  }

  /** দশম থেকে দ্বাদশ শতাব্দী(র মধ্যে): the first century is named by its number alone. */
  private TimeReading centuryRange(Sentence s, int i) {
    NumberMention m = s.number(i);
    if (m == null || m.type() != MentionType.ORDINAL || m.approx()) {
      return null;
    }
    int n = whole(m.number(), 1, 30);
    int k = s.numberEnd(i);
    if (n < 0 || !(s.is(k, Role.RANGE) || s.dash(k))) {
      return null;
    }
    TimeReading second = century(s, k + 1);
    if (second == null || second.timex().year() < (n - 1) * 100) {
      return null;
    }
    int end = s.is(second.end(), Role.RANGE_CLOSE) ? second.end() + 1 : second.end();
    TimexValue first = new TimexValue(Granularity.CENTURY, (n - 1) * 100, 0, 0, true, false);
    return TimeReading.of(MentionType.DATE_RANGE, i, end, first.value() + "/" + second.timex().value(), "range.centuries");
  }

  private TimeReading yearRange(Sentence s, int i) {
    NumberMention m = s.number(i);
    Integer from;
    Integer to;
    int k;
    if (m != null && m.type() == MentionType.NUMBER_RANGE && !m.approx()) {
      from = whole(m.number(), 1, 9999);
      to = whole(m.upper(), 1, 9999);
      k = s.numberEnd(i);
      if (from < 0 || to < 0 || year(s, i, 4) == null || year(s, k - 1, 4) == null) {
        return null;
      }
    } else {
      from = year(s, i, 4);
      Integer two = from == null || !s.dash(i + 1) || !s.glued(i, i + 1) ? null : year(s, i + 2, 2);
      if (two == null || s.form(i + 2).length() != 2) {
        return null;
      }
      to = from / 100 * 100 + two; // ১৯৭১-৭৫
      k = i + 3;
      if (to <= from) {
        return null;
      }
      if (!s.is(k, Role.YEAR_NOUN) && (to - from > 10 || countedAfter(s, k) || from < 1800)) {
        return null; // without সাল only a season or term of a few years: ২০১৮-১৯ মৌসুমে
      }
    }
    if (from < 1000 || to > 2100 || to <= from || to - from > 200) {
      return null;
    }
    boolean cued = false;
    if (s.is(k, Role.YEAR_NOUN) || s.is(k, Role.ERA_AD)) {
      k++;
      cued = true;
    }
    if (s.is(k, Role.RANGE_CLOSE)) {
      k++;
      cued = true;
    }
    if (!cued && countedAfter(s, k)) {
      return null; // ১০০০-১৫০০ জন: counts, not years
    }
    return TimeReading.of(MentionType.DATE_RANGE, i, k, from + "/" + to, "range.years");
  }

  private boolean countedAfter(Sentence s, int k) {
    Token t = k < s.size() ? s.tokens.get(k) : null;
    if (t == null || t.kind() != TokenKind.WORD) {
      return false;
    }
    Role r = s.role(k);
    return r == Role.COUNTED || r == Role.UNIT;
  }


  /** ১ থেকে ১০ জানুয়ারি ২০২৪, ১০-১৫ মার্চ ২০২৪, ১৫ থেকে ২০ এপ্রিল. */
  private TimeReading dayRange(Sentence s, int i) {
    NumberMention m = s.number(i);
    if (m == null || m.type() != MentionType.NUMBER_RANGE || m.approx()) {
      return null;
    }
    int k = s.numberEnd(i);
    int[] mo = month(s, k);
    int d1 = whole(m.number(), 1, 31);
    int d2 = whole(m.upper(), 1, 31);
    if (mo == null || d1 < 0 || d2 < 0) {
      return null;
    }
    if (d1 < 1 || d2 > 31) {
      return null;
    }
    int end = mo[1];
    Integer y = year(s, end, 4);
    TimexValue a;
    TimexValue b;
    if (y != null) {
      end = trailing(s, end + 1, true, false);
      a = new TimexValue(Granularity.DAY, y, mo[0], d1, true, false);
      b = new TimexValue(Granularity.DAY, y, mo[0], d2, true, false);
    } else {
      a = TimexValue.yearless(mo[0], d1);
      b = TimexValue.yearless(mo[0], d2);
    }
    if (!a.valid() || !b.valid()) {
      return null;
    }
    return TimeReading.of(MentionType.DATE_RANGE, i, end, a.value() + "/" + b.value(), "range.days");
  }

  /** DATE (থেকে | - | –) DATE-or-MONTH [পর্যন্ত | মধ্যে]: the second lends its year to the first. */
  private TimeReading dateToDate(Sentence s, int i) {
    TimeReading a = date(s, i);
    int k;
    TimexValue first;
    if (a != null && a.timex() != null && a.calendar() == null) {
      first = a.timex();
      k = a.end();
    } else {
      int[] mo = month(s, i); // জানুয়ারি-মার্চ ২০২৪, মার্চ থেকে মে মাস পর্যন্ত
      if (mo == null) {
        return null;
      }
      first = TimexValue.yearless(mo[0], 0);
      k = mo[1];
      if (s.is(k, Role.MONTH_NOUN)) {
        k++;
      }
    }
    boolean connector = s.is(k, Role.RANGE) || s.dash(k);
    if (!connector) {
      return null;
    }
    k++;
    TimexValue second;
    int end;
    TimeReading b = date(s, k);
    if (b != null && b.timex() != null && b.calendar() == null) {
      second = b.timex();
      end = b.end();
    } else {
      int[] mo = month(s, k);
      if (mo == null) {
        return null;
      }
      end = mo[1];
      Integer y = year(s, end, 4);
      if (y != null) {
        second = TimexValue.month(y, mo[0]);
        end = trailing(s, end + 1, true, false);
      } else {
        second = first.granularity() == Granularity.MONTH && first.yearKnown()
            ? TimexValue.month(first.year(), mo[0]) : TimexValue.yearless(mo[0], 0);
        end = trailing(s, end, false, true);
      }
    }
    if (s.is(end, Role.RANGE_CLOSE)) {
      end++;
    }
    if (first.granularity().compareTo(Granularity.MONTH) >= 0 && !first.yearKnown()) {
      first = first.withYearOf(second);
    }
    if (first.granularity() == Granularity.MONTH && second.granularity() == Granularity.YEAR) {
      return null;
    }
    return TimeReading.of(MentionType.DATE_RANGE, i, end, first.value() + "/" + second.value(), "range.dates");
  }

  // ---------------------------------------------------------------- durations, sets

  /** A count of units at token i: {count as a decimal string or "X", unit letter, end}; or null. */
  private Object[] amountOfUnit(Sentence s, int i) {
    String count;
    int k;
    boolean approx = false;
    if (s.is(i, Role.FEW)) {
      count = "X";
      k = i + 1;
    } else {
      NumberMention m = s.number(i);
      if (m == null || m.type() != MentionType.NUMBER || m.number().signum() <= 0) {
        return null;
      }
      count = NumberMention.plain(m.number());
      approx = m.approx();
      k = s.numberEnd(i);
    }
    char unit = unit(s, k);
    if (unit == 0) {
      return null;
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
    return new Object[] {count, unit, k + 1, approx};
  }

  /** The unit letter of token k: Y, M, W, D, H, m (minutes), S; or 0. */
  private char unit(Sentence s, int k) {
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

  private static boolean timeUnit(char u) {
    return u == 'H' || u == 'm' || u == 'S';
  }

  private static String unitLetter(char u) {
    return u == 'm' ? "M" : Character.toString(u);
  }

  /** ২০ বছর, তিন মাসে, দেড় বছরের, কয়েক দিন, দুই ঘণ্টা ৩০ মিনিট, ৩ বছর ৬ মাস. */
  TimeReading duration(Sentence s, int i) {
    Object[] a = amountOfUnit(s, i);
    if (a == null) {
      return null;
    }
    String count = (String) a[0];
    char u = (char) a[1];
    int end = (int) a[2];
    StringBuilder date = new StringBuilder();
    StringBuilder time = new StringBuilder();
    (timeUnit(u) ? time : date).append(count).append(unitLetter(u));
    Object[] b = count.equals("X") ? null : amountOfUnit(s, end);
    if (b != null && !b[0].equals("X") && finer((char) b[1], u)) {
      char u2 = (char) b[1];
      (timeUnit(u2) ? time : date).append((String) b[0]).append(unitLetter(u2));
      end = (int) b[2];
    }
    String value = "P" + date + (time.length() > 0 ? "T" + time : "");
    TimeReading r = TimeReading.of(MentionType.DURATION, i, end, value, "duration");
    return r.approximate((boolean) a[3]);
  }

  private static boolean finer(char second, char first) {
    String order = "YMWDHmS";
    return order.indexOf(second) > order.indexOf(first);
  }

  /** প্রতিবছর, প্রতি মাসে, প্রতিদিনই, প্রতি সোমবার, প্রতি দুই বছর পরপর, প্রতি তিন মাস অন্তর. */
  TimeReading set(Sentence s, int i) {
    if (i >= s.size()) {
      return null;
    }
    String f = s.form(i);
    if (f.startsWith("প্রতি") && f.length() > "প্রতি".length()) {
      Entry e = lexicon.lookup(f.substring("প্রতি".length()));
      if (e != null && (e.role() == Role.UNIT || e.role() == Role.MONTH_NOUN)) {
        char u = e.role() == Role.MONTH_NOUN ? 'M' : e.value().equals("TM") ? 'm' : e.value().charAt(0);
        return TimeReading.of(MentionType.SET, i, i + 1, every(1, u), "set.fused");
      }
      return null;
    }
    if (!s.is(i, Role.EACH)) {
      return null;
    }
    Entry e = s.entry(i + 1);
    if (e != null && e.role() == Role.WEEKDAY) {
      return TimeReading.of(MentionType.SET, i, i + 2, "XXXX-WXX-" + e.value(), "set.weekday");
    }
    char u = unit(s, i + 1);
    if (u != 0) {
      return TimeReading.of(MentionType.SET, i, i + 2, every(1, u), "set.unit");
    }
    Object[] a = amountOfUnit(s, i + 1);
    if (a == null || a[0].equals("X")) {
      return null;
    }
    int end = (int) a[2];
    if (s.is(end, Role.EACH_CLOSE)) {
      end++;
    } else if (s.is(end, Role.AFTER) && s.is(end + 1, Role.AFTER)) {
      end += 2; // পর পর
    }
    int n = whole(new BigDecimal((String) a[0]), 1, 1000);
    return n < 0 ? null : TimeReading.of(MentionType.SET, i, end, every(n, (char) a[1]), "set.every-n");
  }

  private static String every(int n, char u) {
    if (u == 'E' || u == 'C') {
      return "P" + n * (u == 'E' ? 10 : 100) + "Y"; // প্রতি দশকে, প্রতি শতাব্দীতে
    }
    return (timeUnit(u) ? "PT" : "P") + n + unitLetter(u);
  }

  // ---------------------------------------------------------------- times of day

  /** সকাল ১০টা, রাত ৯টায়, বিকেল ৩টা ৩০ মিনিটে, সকাল সাড়ে ৮টায়, ১০:৩০, সকাল ১০ ঘটিকায়. */
  TimeReading clock(Sentence s, int i) {
    String part = null;
    int k = i;
    Entry e = s.entry(i);
    if (e != null && e.role() == Role.PART) {
      part = e.value();
      k = i + 1;
    }
    int hour;
    int minute = 0;
    int end;
    int[] colon = colonTime(s, k);
    if (colon != null) {
      hour = colon[0];
      minute = colon[1];
      end = colon[2];
      boolean minutesWord = unit(s, end) == 'm';
      if (minutesWord) {
        end++; // ১০:৩০ মিনিটে
      }
      if (part == null && !minutesWord && s.form(k).length() < 2) {
        return null; // "4:45" alone is as often a citation (book 4, verse 45) as a time
      }
    } else {
      if (part == null) {
        return null; // a bare "১০টায়" may be a count: only with a part of the day
      }
      NumberMention m = s.number(k);
      if (m == null || m.type() != MentionType.NUMBER) {
        return null;
      }
      int mEnd = s.numberEnd(k);
      String last = s.form(mEnd - 1);
      boolean oclock = last.indexOf("টা") > 0; // ১০টা, ১০টায়, দশটায়
      end = mEnd;
      if (!oclock && s.is(mEnd, Role.OCLOCK)) {
        oclock = true;
        end = mEnd + 1;
      }
      if (!oclock) {
        return null;
      }
      BigDecimal v = m.number();
      if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(24)) > 0) {
        return null;
      }
      hour = v.intValue();
      minute = v.subtract(BigDecimal.valueOf(hour)).multiply(BigDecimal.valueOf(60)).intValue();
      int[] minutes = minutes(s, end);
      if (minute == 0 && minutes != null) {
        minute = minutes[0];
        end = minutes[1];
      }
    }
    if (hour > 24 || minute > 59) {
      return null;
    }
    hour = dayHour(part, hour);
    return TimeReading.of(MentionType.TIME, i, end, String.format("T%02d:%02d", hour, minute), "time.clock");
  }

  /** "৩০ মিনিটে", "০৫ মিনিটে" after an hour: {minutes, end}; or null. */
  private int[] minutes(Sentence s, int k) {
    NumberMention mm = s.number(k);
    int after;
    int value;
    if (mm != null && mm.type() == MentionType.NUMBER && mm.number().scale() <= 0) {
      after = s.numberEnd(k);
      value = mm.number().intValue();
    } else if (k < s.size() && s.tokens.get(k).kind() == TokenKind.NUMBER && s.form(k).length() == 2
        && Digits.allDigits(s.form(k))) {
      after = k + 1;
      value = Integer.parseInt(digitsAscii(s.form(k))); // ০৫: the number stage reads no leading zero
    } else {
      return null;
    }
    return value < 60 && unit(s, after) == 'm' ? new int[] {value, after + 1} : null;
  }

  /** ১০:৩০ (digits, colon, two digits, all glued), with an optional hyphenated ending; {h, m, end}. */
  private int[] colonTime(Sentence s, int k) {
    Token h = k < s.size() ? s.tokens.get(k) : null;
    if (h == null || h.kind() != TokenKind.NUMBER || !Digits.allDigits(h.form()) || h.form().length() > 2
        || !s.punct(k + 1, ":") || !s.glued(k, k + 1) || !s.glued(k + 1, k + 2)) {
      return null;
    }
    Token m = s.tokens.get(k + 2);
    String mf = m.form();
    int digits = 0;
    while (digits < mf.length() && Digits.isDigit(mf.charAt(digits))) {
      digits++;
    }
    if (digits != 2) {
      return null;
    }
    int end = k + 3;
    if (s.dash(end) && s.glued(end - 1, end) && end + 1 < s.size() && s.glued(end, end + 1)
        && s.tokens.get(end + 1).kind() == TokenKind.WORD && s.form(end + 1).length() <= 2) {
      end += 2; // 08:45-এ
    }
    int hour = Integer.parseInt(digitsAscii(h.form()));
    int minute = Integer.parseInt(digitsAscii(mf.substring(0, 2)));
    return new int[] {hour, minute, end};
  }

  private static int dayHour(String part, int hour) {
    if (part == null) {
      return hour;
    }
    switch (part) {
      case "noon":
        return hour < 12 && hour <= 5 ? hour + 12 : hour;
      case "afternoon":
      case "evening":
        return hour < 12 ? hour + 12 : hour;
      case "night":
        return hour >= 5 && hour < 12 ? hour + 12 : hour == 12 ? 0 : hour;
      default:
        return hour;
    }
  }

  /** A date followed by a time of day: ১৯৭১ সালের ২৫ মার্চ রাত ১১টায় → 1971-03-25T23:00. */
  private TimeReading dateTime(Sentence s, int i) {
    TimeReading d = date(s, i);
    if (d == null || d.timex() == null || d.timex().granularity() != Granularity.DAY || !d.timex().yearKnown()) {
      return null;
    }
    TimeReading t = clock(s, d.end());
    if (t == null) {
      return null;
    }
    return TimeReading.of(MentionType.TIME, i, t.end(), d.timex().value() + t.value(), "time.date-clock");
  }

  // ---------------------------------------------------------------- relative expressions

  /**
   * আজ, গতকাল, আগামীকাল, গত/আগামী পরশু, গত বছর, আগামী মাসে, এ বছর, ৩ দিন আগে (the reference
   * date); এর ২০ বছর আগে, তার দুই বছর পর, এর পরের বছর, পরের দিন, পরদিন (the previous date).
   */
  TimeReading relative(Sentence s, int i) {
    Entry e = s.entry(i);
    if (e == null && s.number(i) == null) {
      return null;
    }
    Role r = e == null ? null : e.role();
    if (r == Role.TODAY) {
      return TimeReading.relative(i, i + 1, Anchor.REFERENCE, Integer.parseInt(e.value()), 'D', false, "relative.day-word");
    }
    if ((r == Role.LAST || r == Role.NEXT) && s.is(i + 1, Role.TWO_DAYS)) {
      return TimeReading.relative(i, i + 2, Anchor.REFERENCE, r == Role.LAST ? -2 : 2, 'D', false, "relative.two-days");
    }
    if (r == Role.LAST || r == Role.NEXT || r == Role.THIS) {
      char u = unit(s, i + 1);
      if (u == 'Y' || u == 'M' || u == 'W' || u == 'D' && r != Role.THIS) {
        int n = r == Role.LAST ? -1 : r == Role.NEXT ? 1 : 0;
        return TimeReading.relative(i, i + 2, Anchor.REFERENCE, n, u, false, "relative.last-next");
      }
      return null;
    }
    if (r == Role.NEXT_DAY) {
      return TimeReading.relative(i, i + 1, Anchor.PREVIOUS, 1, 'D', false, "relative.next-day");
    }
    int k = i;
    boolean anaphor = false;
    if (r == Role.ANAPHOR) {
      anaphor = true;
      k++;
    }
    Entry f = s.entry(k);
    if (f != null && f.role() == Role.FOLLOWING) {
      char u = unit(s, k + 1);
      if (u == 'Y' || u == 'M' || u == 'W' || u == 'D') {
        return TimeReading.relative(i, k + 2, Anchor.PREVIOUS, Integer.parseInt(f.value()), u, false, "relative.following");
      }
      return null;
    }
    Object[] a = amountOfUnit(s, k);
    if (a == null) {
      return null;
    }
    int end = (int) a[2];
    Role dir = s.role(end);
    if (dir != Role.BEFORE && dir != Role.AFTER) {
      return null;
    }
    char u = (char) a[1];
    if (timeUnit(u)) {
      return null;
    }
    boolean vague = a[0].equals("X");
    int count = vague ? 1 : whole(new BigDecimal((String) a[0]), 1, MAX_SHIFT);
    if (count < 0) {
      return null; // দেড় বছর আগে, ৪৫০ কোটি বছর আগে: no whole calendar shift (the duration is read)
    }
    int n = count * (dir == Role.BEFORE ? -1 : 1);
    TimeReading rel = TimeReading.relative(i, end + 1, anaphor ? Anchor.PREVIOUS : Anchor.REFERENCE, n, u, vague,
        anaphor ? "relative.anaphor" : "relative.ago");
    return rel.approximate((boolean) a[3]);
  }
}

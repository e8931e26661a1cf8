package dev.nirjas.time;

import static dev.nirjas.time.CalendarParts.bareMonthAbbr;
import static dev.nirjas.time.CalendarParts.day;
import static dev.nirjas.time.CalendarParts.gluedDayMonth;
import static dev.nirjas.time.CalendarParts.gluedYearNoun;
import static dev.nirjas.time.CalendarParts.month;
import static dev.nirjas.time.CalendarParts.trailing;
import static dev.nirjas.time.CalendarParts.year;
import static dev.nirjas.time.CalendarParts.yearWithGenitive;

import dev.nirjas.MentionType;
import dev.nirjas.time.TimeLexicon.Entry;
import dev.nirjas.time.TimeLexicon.Role;
import dev.nirjas.time.TimexValue.Granularity;
import java.time.LocalDate;

/**
 * Dates written with month names: day-month-year in every order Bengali writers use, the
 * Bengali calendar (বঙ্গাব্দ) and Hijri dates.
 */
final class CalendarDateRules {
  private CalendarDateRules() {}

  /** ২৫ অক্টোবর ১৯৭১, ২৫শে মার্চ, ১লা মে, ২৫ অক্টোবর ১৯৭১ খ্রিস্টাব্দে, ৫ মে ২০১৮ তারিখে. */
  static TimeReading dayMonthYear(TimeSentence s, int i) {
    int[] d = day(s, i);
    int[] m;
    if (d == null) {
      int[] g = gluedDayMonth(s, i); // ৫মে
      if (g == null) {
        return null;
      }
      d = new int[] {g[0], g[2]};
      m = new int[] {g[1], g[2]};
    } else {
      m = month(s, d[1]);
    }
    boolean bareAbbr = false;
    if (m == null) {
      m = bareMonthAbbr(s, d[1]); // ২১ ফেব, ১৯৫২: the abbreviation without its stop, with a year
      bareAbbr = true;
      if (m == null) {
        return null;
      }
    }
    int k = m[1];
    Integer y = year(s, k, 3);
    if (y == null && s.punct(k, ",")) {
      y = year(s, k + 1, 4);
      if (y != null) {
        k++;
      }
    }
    if (bareAbbr && y == null) {
      return null;
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
  static TimeReading yearFirst(TimeSentence s, int i) {
    Integer y = year(s, i, 3);
    int k;
    if (y != null && (s.is(i + 1, Role.YEAR_NOUN) || s.is(i + 1, Role.ERA_AD))) {
      k = i + 2;
    } else if (y != null && s.form(i).length() == 4 && s.is(i + 1, Role.ANAPHOR) && s.form(i + 1).equals("এর")
        && month(s, i + 2) != null) {
      k = i + 2; // ১৯৭১ এর মার্চ মাসে: the genitive written apart
    } else if (gluedYearNoun(s, i) != null) {
      y = gluedYearNoun(s, i); // ১৯৮৮সালের ৩রা মে
      k = i + 1;
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

  /** অক্টোবর ২৫, ১৯৭১; অক্টোবর ২৫ তারিখে; এপ্রিল ১৯৯১; মে, ২০০০; ফেব্রুয়ারি মাসে. */
  static TimeReading monthFirst(TimeSentence s, int i) {
    int[] m = month(s, i);
    boolean bareAbbr = m == null;
    if (bareAbbr) {
      m = bareMonthAbbr(s, i); // সেপ্ট ১১, ১৯৮৭: only with a day and a year
      if (m == null) {
        return null;
      }
    }
    int k = m[1];
    int[] d = day(s, k);
    if (d != null) {
      int after = d[1];
      int yk = s.punct(after, ",") ? after + 1 : after; // মার্চ ২১ ১৯৭৮: the comma is often left out
      Integer y = year(s, yk, 4);
      if (y != null) {
        TimexValue t = new TimexValue(Granularity.DAY, y, m[0], d[0], true, false);
        return t.valid() ? TimeReading.date(i, trailing(s, yk + 1, true, false), t, "date.month-day-year") : null;
      }
      if (bareAbbr) {
        return null;
      }
      if (s.is(after, Role.DATE_NOUN)) {
        TimexValue t = TimexValue.yearless(m[0], d[0]);
        return t.valid() ? TimeReading.date(i, after + 1, t, "date.month-day") : null;
      }
      if (i == 0 && s.dash(after) && !s.glued(after - 1, after)) {
        // জুলাই ৪ - …: a list line of days, the dash set apart after the day
        TimexValue t = TimexValue.yearless(m[0], d[0]);
        return t.valid() ? TimeReading.date(i, after, t, "date.month-day") : null;
      }
    }
    if (bareAbbr) {
      return null;
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
    if (m[1] == i + 1 && s.lexicon.words.get(s.form(i)) == null && !s.lexicon.isAmbiguousMonth(s.form(i))) {
      // the name with a glued ending (এপ্রিলে, অক্টোবরের): a month, even without a year
      return TimeReading.date(i, k, TimexValue.yearless(m[0], 0), "date.month-ending");
    }
    return null;
  }

  /** ১লা বৈশাখ ১৪৩১ বঙ্গাব্দ, ১৪৩১ বঙ্গাব্দের ১লা বৈশাখ, পহেলা বৈশাখ, ১৩৭৮ বঙ্গাব্দে. */
  static TimeReading bangla(TimeSentence s, int i) {
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
        // a Bengali year alone: from its 1 বৈশাখ to the day before the next
        return banglaPeriod(i, i + 2, y, 1, 12, "date.bangla-year", Integer.toString(y));
      }
      return d == null && !yearFirst ? banglaMonthYear(s, i) : null;
    }
    int month = me.number();
    int end = d[1] + 1;
    if (y == null) {
      if (s.punct(end, ",") && year(s, end + 1, 4) != null) {
        end++; // ৭ ফাল্গুন, ১৪২৬
      }
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
  static TimeReading hijri(TimeSentence s, int i) {
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
      String first = s.form(d[1]); // a day before any word (৫ জন): no pair made and looked up
      Integer two = s.lexicon.hijriFirstWords.contains(first)
          ? s.lexicon.hijriTwoWord.get(first + " " + s.form(d[1] + 1)) : null;
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

  /** জ্যৈষ্ঠ ১৪৩০, বৈশাখ ১৪৩১ বঙ্গাব্দে: a Bengali month of a year, as the range of its days. */
  private static TimeReading banglaMonthYear(TimeSentence s, int i) {
    Entry me = s.entry(i);
    Integer y = me == null || me.role() != Role.BANGLA_MONTH ? null : year(s, i + 1, 4);
    if (y == null) {
      return null;
    }
    boolean era = s.is(i + 2, Role.ERA_BANGLA) || s.is(i + 2, Role.YEAR_NOUN);
    if (y > 9000 || !era && (y < 1100 || y > 1600)) {
      return null; // without বঙ্গাব্দ only a year Bengali text of the last five centuries carries
    }
    int month = me.number();
    return banglaPeriod(i, era ? i + 3 : i + 2, y, month, month, "date.bangla-month-year",
        String.format("%04d-%02d", y, month));
  }

  /** Bengali months {@code from}..{@code to} of {@code year} as a DATE_RANGE of Gregorian days. */
  private static TimeReading banglaPeriod(int first, int end, int year, int from, int to, String rule, String original) {
    LocalDate a;
    LocalDate b;
    try {
      a = BanglaCalendar.toGregorian(year, from, 1);
      b = BanglaCalendar.toGregorian(year, to, BanglaCalendar.monthLength(year, to));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return null;
    }
    TimeReading r = TimeReading.of(MentionType.DATE_RANGE, first, end,
        TimexValue.of(a).value() + "/" + TimexValue.of(b).value(), rule);
    return r.inCalendar("bangla", original, BanglaCalendar.isApproximate(year));
  }
}

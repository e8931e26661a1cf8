package dev.nirjas.time;

import static dev.nirjas.time.CalendarParts.countedAfter;
import static dev.nirjas.time.CalendarParts.month;
import static dev.nirjas.time.CalendarParts.trailing;
import static dev.nirjas.time.CalendarParts.whole;
import static dev.nirjas.time.CalendarParts.year;

import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.time.TimeLexicon.Role;
import dev.nirjas.time.TimexValue.Granularity;

/** Ranges of years, days, centuries and dates: DATE_RANGE. */
final class RangeRules {
  private RangeRules() {}

  /**
   * ১৯১২-২০০৮, ১৯৭১ থেকে ১৯৭৫ সাল পর্যন্ত, ২৬ মার্চ থেকে ১৬ ডিসেম্বর ১৯৭১, ১ থেকে ১০ জানুয়ারি
   * ২০২৪, জানুয়ারি-মার্চ ২০২৪, ১৯৭১-৭৫ সালে: DATE_RANGE.
   */
  static TimeReading range(TimeSentence s, int i) {
    if (CalendarParts.fiscalYearNoun(s, i)) {
      return fiscalNounFirst(s, i);
    }
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

  /** অর্থবছর ২০২৩-২৪: the fiscal year named before its two years, one after the other. */
  static TimeReading fiscalNounFirst(TimeSentence s, int i) {
    TimeReading years = yearRange(s, i + 1);
    if (years == null || !years.rule().equals("range.years")) {
      return null;
    }
    String v = years.value();
    int slash = v.indexOf('/');
    int from = Integer.parseInt(v.substring(0, slash));
    if (Integer.parseInt(v.substring(slash + 1)) != from + 1) {
      return null; // অর্থবছর ২০২০-২৫: a plan's term of several fiscal years
    }
    return TimeReading.of(MentionType.DATE_RANGE, i, years.end(), TimeReading.fiscalYearRange(from), "range.fiscal-year");
  }

  /** দশম থেকে দ্বাদশ শতাব্দী(র মধ্যে): the first century is named by its number alone. */
  static TimeReading centuryRange(TimeSentence s, int i) {
    NumberMention m = s.number(i);
    if (m == null || m.type() != MentionType.ORDINAL || m.approx()) {
      return null;
    }
    int n = whole(m.number(), 1, 30);
    int k = s.numberEnd(i);
    if (n < 0 || !(s.is(k, Role.RANGE) || s.dash(k))) {
      return null;
    }
    TimeReading second = YearRules.century(s, k + 1);
    if (second == null || second.timex().year() < (n - 1) * 100) {
      return null;
    }
    int end = s.is(second.end(), Role.RANGE_CLOSE) ? second.end() + 1 : second.end();
    TimexValue first = new TimexValue(Granularity.CENTURY, (n - 1) * 100, 0, 0, true, false);
    return TimeReading.of(MentionType.DATE_RANGE, i, end, first.value() + "/" + second.timex().value(), "range.centuries");
  }

  static TimeReading yearRange(TimeSentence s, int i) {
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
    if (s.is(k, Role.YEAR_NOUN) && to == from + 1 && "fiscal".equals(s.entry(k).value())) {
      // ২০২৪-২৫ অর্থবছর: Bangladesh's fiscal year runs from 1 July to 30 June
      return TimeReading.of(MentionType.DATE_RANGE, i, k + 1, TimeReading.fiscalYearRange(from), "range.fiscal-year");
    }
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

  /** ১ থেকে ১০ জানুয়ারি ২০২৪, ১০-১৫ মার্চ ২০২৪, ১৫ থেকে ২০ এপ্রিল. */
  static TimeReading dayRange(TimeSentence s, int i) {
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
  static TimeReading dateToDate(TimeSentence s, int i) {
    TimeReading a = s.date(i);
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
    TimeReading b = s.date(k);
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
}

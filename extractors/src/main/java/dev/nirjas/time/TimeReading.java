package dev.nirjas.time;

import dev.nirjas.MentionType;
import dev.nirjas.time.TimexValue.Granularity;
import java.time.LocalDate;
import java.util.List;

/**
 * One time expression the grammar read from tokens {@code [first, end)} of a sentence, before
 * relative expressions are resolved against their anchors.
 *
 * @param type DATE, DATE_RANGE, DURATION, SET or TIME
 * @param first index of the first token
 * @param end index one past the last token
 * @param timex for an absolute DATE, its point in time; else null
 * @param value the TIMEX3 value when it does not come from {@code timex}; null for relative ones
 * @param anchor for a relative expression, what it is counted from; else NONE
 * @param amount for a relative expression, how many units it shifts (negative: back)
 * @param unit for a relative expression, Y, M, W, D, H, m (minutes) or S; N for a named month (গত
 *     জুন), F for a fiscal year (চলতি অর্থবছরে)
 * @param finer for a compound relative expression (২ বছর ৩ মাস আগে), the counts of the finer units
 *     after the first, coarsest first, in the same direction; else empty
 * @param vague for a relative expression with কয়েক: the amount is unknown
 * @param calendar "bangla" or "hijri", else null
 * @param original the date in that calendar, else null
 * @param freq for a SET with a count of times (সপ্তাহে দুবার), TIMEX3's frequency ({@code 2X}); else null
 * @param approx whether the value is approximate
 * @param rule the rule's name
 */
record TimeReading(MentionType type, int first, int end, TimexValue timex, String value, Anchor anchor,
    int amount, char unit, List<UnitCount> finer, boolean vague, String calendar, String original, String freq,
    boolean approx, String rule) {

  /** What a relative expression is counted from. */
  enum Anchor {
    NONE, REFERENCE, PREVIOUS,
    /** The last date before it in the document when there is one, else the reference date. */
    PREVIOUS_OR_REFERENCE
  }

  static TimeReading date(int first, int end, TimexValue t, String rule) {
    return new TimeReading(MentionType.DATE, first, end, t, null, Anchor.NONE, 0, ' ', List.of(), false, null, null, null, false, rule);
  }

  static TimeReading of(MentionType type, int first, int end, String value, String rule) {
    return new TimeReading(type, first, end, null, value, Anchor.NONE, 0, ' ', List.of(), false, null, null, null, false, rule);
  }

  static TimeReading relative(int first, int end, Anchor anchor, int amount, char unit, boolean vague, String rule) {
    return new TimeReading(MentionType.DATE, first, end, null, null, anchor, amount, unit, List.of(), vague, null, null, null, false, rule);
  }

  /**
   * গত জুন, আগামী ডিসেম্বরে: month {@code month} before ({@code direction} -1) or after (+1) the
   * reference date's month; unit 'N'. Its value is XXXX-MM until the reference date resolves it.
   */
  static TimeReading namedMonth(int first, int end, int month, int direction) {
    return new TimeReading(MentionType.DATE, first, end, TimexValue.yearless(month, 0), null, Anchor.REFERENCE,
        direction * month, 'N', List.of(), false, null, null, null, false, "relative.named-month");
  }

  /**
   * চলতি অর্থবছরে, গত অর্থবছরের, আগামী অর্থবছরে: the fiscal year {@code shift} years after (before)
   * the reference date's; unit 'F'. A DATE_RANGE of days once the reference date resolves it.
   */
  static TimeReading fiscalYear(int first, int end, int shift) {
    return new TimeReading(MentionType.DATE_RANGE, first, end, null, null, Anchor.REFERENCE, shift, 'F', List.of(), false,
        null, null, null, false, "relative.fiscal-year");
  }

  /**
   * Bangladesh's fiscal year that begins on 1 July of {@code from}, as TIMEX3 days: 2023-07-01/2024-06-30;
   * null when it would leave the years TIMEX3 writes.
   */
  static String fiscalYearRange(int from) {
    if (from < TimexValue.MIN_YEAR || from + 1 > TimexValue.MAX_YEAR) {
      return null;
    }
    return TimexValue.of(LocalDate.of(from, 7, 1)).value() + "/" + TimexValue.of(LocalDate.of(from + 1, 6, 30)).value();
  }

  /** For a fiscal-year reading (unit 'F'), its days counted from {@code reference}; else null. */
  String fiscalYearFrom(LocalDate reference) {
    int current = reference.getMonthValue() >= 7 ? reference.getYear() : reference.getYear() - 1;
    return unit == 'F' ? fiscalYearRange(current + amount) : null;
  }

  TimeReading withEnd(int newEnd) {
    return new TimeReading(type, first, newEnd, timex, value, anchor, amount, unit, finer, vague, calendar, original, freq, approx, rule);
  }

  TimeReading withFirst(int newFirst) {
    return new TimeReading(type, newFirst, end, timex, value, anchor, amount, unit, finer, vague, calendar, original, freq, approx, rule);
  }

  /** This relative expression with the counts of finer units after its first (২ বছর ৩ মাস আগে). */
  TimeReading withFiner(List<UnitCount> parts, int newEnd) {
    return new TimeReading(type, first, newEnd, timex, value, anchor, amount, unit, List.copyOf(parts), vague, calendar,
        original, freq, approx, rule);
  }

  /** This SET with a count of times in each period: {@code n}X, ending at {@code newEnd}. */
  TimeReading times(int n, int newEnd) {
    return new TimeReading(type, first, newEnd, timex, value, anchor, amount, unit, finer, vague, calendar, original,
        n + "X", approx, rule + "+times");
  }

  TimeReading approximate(boolean a) {
    return new TimeReading(type, first, end, timex, value, anchor, amount, unit, finer, vague, calendar, original, freq, approx || a, rule);
  }

  TimeReading inCalendar(String cal, String orig, boolean approximate) {
    return new TimeReading(type, first, end, timex, value, anchor, amount, unit, finer, vague, cal, orig, freq, approx || approximate, rule);
  }

  /** The offset of a relative expression: -P20Y, +P1D, -PXY, -PT20M, -P2Y3M, -PT3M20S. */
  String offset() {
    if (anchor == Anchor.NONE || unit == 'N') {
      return null;
    }
    StringBuilder date = new StringBuilder();
    StringBuilder time = new StringBuilder();
    part(date, time, vague ? "X" : Integer.toString(Math.abs(amount)), unit == 'F' ? 'Y' : unit);
    for (UnitCount f : finer) {
      part(date, time, f.count(), f.unit());
    }
    return (amount < 0 ? "-P" : "+P") + date + (time.length() > 0 ? "T" + time : "");
  }

  private static void part(StringBuilder date, StringBuilder time, String count, char unit) {
    boolean clock = unit == 'H' || unit == 'm' || unit == 'S';
    (clock ? time : date).append(count).append(unit == 'm' ? 'M' : unit);
  }

  /**
   * {@code base} shifted by this relative expression, at the coarser granularity of the two; a
   * shift in hours, minutes or seconds from a day (or coarser) stays on that day or period.
   */
  TimexValue shift(TimexValue base) {
    if (unit == 'N') {
      if (base.granularity() != Granularity.DAY && base.granularity() != Granularity.MONTH) {
        return null;
      }
      int month = Math.abs(amount);
      int year = base.year() + (amount < 0 ? (month < base.month() ? 0 : -1) : (month > base.month() ? 0 : 1));
      return year < 1 || year > 9999 ? null : TimexValue.month(year, month);
    }
    if (!finer.isEmpty()) {
      return shiftCompound(base);
    }
    boolean clock = unit == 'H' || unit == 'm' || unit == 'S';
    return clock ? base.plus(0, 'D') : base.plus(amount, unit);
  }

  /**
   * {@code base} shifted by every unit of a compound expression: years and months as months, weeks
   * and days as days, at the granularity of the finest calendar unit against a day (2024-05-15 minus
   * 2 years 3 months is 2022-02), else at the anchor's; clock units stay on the anchor's day.
   */
  private TimexValue shiftCompound(TimexValue base) {
    int months = 0;
    int days = 0;
    char finest = 0;
    for (int k = -1; k < finer.size(); k++) {
      char u = k < 0 ? unit : finer.get(k).unit();
      int n = k < 0 ? Math.abs(amount) : Integer.parseInt(finer.get(k).count());
      switch (u) {
        case 'Y' -> months += 12 * n;
        case 'M' -> months += n;
        case 'W' -> days += 7 * n;
        case 'D' -> days += n;
        default -> {
          continue; // hours, minutes, seconds
        }
      }
      finest = u;
    }
    if (finest == 0) {
      return base.plus(0, 'D');
    }
    if (amount < 0) {
      months = -months;
      days = -days;
    }
    if (base.granularity() == Granularity.DAY && base.yearKnown() && !base.bc()) {
      LocalDate d = LocalDate.of(base.year(), base.month(), base.day()).plusMonths(months).plusDays(days);
      return finest == 'Y' ? TimexValue.year(d.getYear())
          : finest == 'M' ? TimexValue.month(d.getYear(), d.getMonthValue()) : TimexValue.of(d);
    }
    TimexValue t = months != 0 || days == 0 ? base.plus(months, 'M') : base;
    return t == null || days == 0 ? t : t.plus(days, 'D');
  }
}

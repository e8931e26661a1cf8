package dev.nirjas.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar point at some granularity, written as a TIMEX3 value: {@code 19XX}, {@code 197X},
 * {@code 1971}, {@code BC0326}, {@code 1971-10}, {@code 1971-10-25}, or with an unknown year
 * {@code XXXX-03-25}. Immutable.
 *
 * @param granularity how precise the point is
 * @param year the year (for a century its first year, 1900; for a decade 1970); ignored when
 *     {@code yearKnown} is false
 * @param month 1-12 for MONTH and DAY granularity, else 0
 * @param day 1-31 for DAY granularity, else 0
 * @param yearKnown false for XXXX-MM-DD forms
 * @param bc whether the year is before Christ (TIMEX3 {@code BCnnnn})
 */
record TimexValue(Granularity granularity, int year, int month, int day, boolean yearKnown, boolean bc) {

  /** How precise a point in time is, coarsest first. */
  enum Granularity { CENTURY, DECADE, YEAR, MONTH, DAY }

  static TimexValue of(LocalDate d) {
    return new TimexValue(Granularity.DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), true, false);
  }

  static TimexValue year(int year) {
    return new TimexValue(Granularity.YEAR, year, 0, 0, true, false);
  }

  static TimexValue month(int year, int month) {
    return new TimexValue(Granularity.MONTH, year, month, 0, true, false);
  }

  static TimexValue yearless(int month, int day) {
    return new TimexValue(day > 0 ? Granularity.DAY : Granularity.MONTH, 0, month, day, false, false);
  }

  /** Whether this names a real calendar day (29 February only in leap years). */
  boolean valid() {
    if (granularity == Granularity.DAY) {
      int y = yearKnown ? year : 2000; // a leap year, so XXXX-02-29 passes
      return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(y, month).lengthOfMonth();
    }
    return granularity != Granularity.MONTH || (month >= 1 && month <= 12);
  }

  /** The TIMEX3 value. */
  String value() {
    StringBuilder b = new StringBuilder(10);
    switch (granularity) {
      case CENTURY:
        return pad(b.append(bc ? "BC" : ""), year / 100, 2).append("XX").toString();
      case DECADE:
        return pad(b, year / 10, 3).append('X').toString();
      default:
        break;
    }
    if (!yearKnown) {
      b.append("XXXX");
    } else {
      pad(b.append(bc ? "BC" : ""), year, 4);
    }
    if (granularity == Granularity.MONTH || granularity == Granularity.DAY) {
      pad(b.append('-'), month, 2);
    }
    if (granularity == Granularity.DAY) {
      pad(b.append('-'), day, 2);
    }
    return b.toString();
  }

  /** Appends {@code n} zero-padded to {@code width} digits (String.format is slow on a hot path). */
  private static StringBuilder pad(StringBuilder b, int n, int width) {
    String digits = Integer.toString(n);
    for (int k = digits.length(); k < width; k++) {
      b.append('0');
    }
    return b.append(digits);
  }

  /** This point with the year of {@code other}, when this one has none. */
  TimexValue withYearOf(TimexValue other) {
    return yearKnown || !other.yearKnown ? this : new TimexValue(granularity, other.year, month, day, true, other.bc);
  }

  /**
   * This point shifted by {@code amount} {@code unit}s (Y, M, W, D), at the coarser of this point's
   * granularity and the unit's: a year plus days is a year, a day plus years is a year.
   */
  TimexValue plus(int amount, char unit) {
    if (!yearKnown || bc) {
      return null;
    }
    long shift = unit == 'Y' ? amount : unit == 'M' ? amount / 12L : (unit == 'W' ? 7L * amount : amount) / 365L;
    if (year + shift < 1 || year + shift > 9999) {
      return null; // past what TIMEX3's four-digit years write: the expression keeps its offset only
    }
    Granularity unitGranularity = unit == 'Y' ? Granularity.YEAR : unit == 'M' ? Granularity.MONTH : Granularity.DAY;
    Granularity g = granularity.compareTo(unitGranularity) < 0 ? granularity : unitGranularity;
    switch (g) {
      case CENTURY:
      case DECADE:
      case YEAR: {
        int years = unit == 'Y' ? amount : unit == 'M' ? Math.floorDiv(amount, 12) : 0;
        return new TimexValue(g, year + years, 0, 0, true, false);
      }
      case MONTH: {
        YearMonth ym = YearMonth.of(year, month);
        ym = unit == 'Y' ? ym.plusYears(amount) : unit == 'M' ? ym.plusMonths(amount)
            : YearMonth.from(ym.atDay(1).plusDays(unit == 'W' ? 7L * amount : amount));
        return month(ym.getYear(), ym.getMonthValue());
      }
      default: {
        LocalDate d = LocalDate.of(year, month, day);
        d = unit == 'W' ? d.plusWeeks(amount) : d.plusDays(amount);
        return of(d);
      }
    }
  }
}

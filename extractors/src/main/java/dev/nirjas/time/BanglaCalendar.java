package dev.nirjas.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The Bengali (বঙ্গাব্দ) calendar as Bangladesh defines it since its 2019 revision.
 *
 * <p>Each year starts on 14 April; বৈশাখ to আশ্বিন have 31 days, কার্তিক to মাঘ 30, ফাল্গুন 29 or
 * 30 when the February it spans falls in a Gregorian leap year, চৈত্র 30. The Bengali year is the
 * Gregorian year − 593 from 14 April and − 594 before it.
 *
 * <p>Hand-written because no library has it: ICU has no Bengali calendar, and its {@code indian}
 * calendar is the Saka calendar. Dates before the revision (Bengali year 1426) were counted by an
 * earlier rule (ফাল্গুন 31 in leap years, the first five months 31 days) or, in West Bengal and
 * before 1987, by an almanac: {@link #isApproximate(int)} says when a conversion is only the
 * current rule applied backwards. Stateless and thread-safe.
 */
public final class BanglaCalendar {
  /** The first Bengali year counted by the 2019 rule. */
  public static final int REVISION_YEAR = 1426;
  private static final int[] LENGTHS = {31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30};

  private BanglaCalendar() {}

  /**
   * {@return the days in a month of a Bengali year}
   *
   * @param year the Bengali year (its ফাল্গুন has 30 days when the February it spans is in a leap
   *     year)
   * @param month 1 = বৈশাখ … 12 = চৈত্র
   * @throws IllegalArgumentException if the month is not 1-12
   */
  public static int monthLength(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month);
    }
    if (month == 11 && LocalDate.of(year + 594, 1, 1).isLeapYear()) {
      return 30; // the February this ফাল্গুন spans is in a leap year
    }
    return LENGTHS[month - 1];
  }

  /**
   * {@return the Gregorian date of a Bengali date}
   *
   * @param year the Bengali year
   * @param month 1 = বৈশাখ … 12 = চৈত্র
   * @param day 1 to the month's length
   * @throws IllegalArgumentException if there is no such Bengali date
   */
  public static LocalDate toGregorian(int year, int month, int day) {
    if (day < 1 || day > monthLength(year, month)) {
      throw new IllegalArgumentException("no day " + day + " in month " + month + " of " + year);
    }
    int offset = day - 1;
    for (int m = 1; m < month; m++) {
      offset += monthLength(year, m);
    }
    return LocalDate.of(year + 593, 4, 14).plusDays(offset);
  }

  /**
   * A date of the Bengali calendar.
   *
   * @param year the Bengali year (বঙ্গাব্দ)
   * @param month 1 = বৈশাখ … 12 = চৈত্র
   * @param day 1-31
   */
  public record Date(int year, int month, int day) {}

  /**
   * {@return the Bengali date of a Gregorian date, by the 2019 rule}
   *
   * @param date any Gregorian date; before the revision the result is approximate
   *     ({@link #isApproximate(int)})
   */
  public static Date fromGregorian(LocalDate date) {
    int year = date.getYear() - (date.isBefore(LocalDate.of(date.getYear(), 4, 14)) ? 594 : 593);
    long offset = ChronoUnit.DAYS.between(LocalDate.of(year + 593, 4, 14), date);
    int month = 1;
    while (offset >= monthLength(year, month)) {
      offset -= monthLength(year, month);
      month++;
    }
    return new Date(year, month, (int) offset + 1);
  }

  /**
   * {@return whether a date of Bengali {@code year} predates the 2019 rule, so converting it is
   * approximate}
   *
   * @param year the Bengali year
   */
  public static boolean isApproximate(int year) {
    return year < REVISION_YEAR;
  }
}

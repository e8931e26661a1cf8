package dev.nirjas.view;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TIMEX3 values Nirjas writes: where they lie on a calendar (for the timeline) and what
 * they say in English words (for the tooltips). Forms it does not place (durations, times of day,
 * dates without a year) give no interval but may still have words.
 */
final class Timex {
  private Timex() {}

  /** How finely a value names its time. */
  enum Grain { DAY, MONTH, YEAR, DECADE, CENTURY, RANGE }

  /**
   * The days a value covers.
   *
   * @param start the first day
   * @param end the day after the last (exclusive)
   * @param grain how finely the value names it
   */
  record Interval(LocalDate start, LocalDate end, Grain grain) {
    /** The calendar year of the start. */
    int startYear() {
      return start.getYear();
    }

    /** The calendar year of the last day. */
    int lastYear() {
      return end.minusDays(1).getYear();
    }
  }

  // BC0500, 1971, 1971-10, 1971-10-25, with an optional time of day; 197X; 19XX
  private static final Pattern DATE = Pattern.compile(
      "(BC)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T(\\d{2}):(\\d{2}))?");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  private static final Pattern NO_YEAR = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");
  private static final Pattern CLOCK = Pattern.compile("T(\\d{2}):(\\d{2})");
  private static final Pattern DURATION = Pattern.compile(
      "P(?:([\\dX.]+)Y)?(?:([\\dX.]+)M)?(?:([\\dX.]+)W)?(?:([\\dX.]+)D)?"
          + "(?:T(?:([\\dX.]+)H)?(?:([\\dX.]+)M)?(?:([\\dX.]+)S)?)?");

  /** Where {@code value} lies, or null if it names no placeable stretch of the calendar. */
  static Interval interval(String value) {
    if (value == null) {
      return null;
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      Interval from = interval(value.substring(0, slash));
      Interval to = interval(value.substring(slash + 1));
      return from == null || to == null || to.end().isBefore(from.start()) ? null
          : new Interval(from.start(), to.end(), Grain.RANGE);
    }
    Matcher m;
    try {
      if ((m = DATE.matcher(value)).matches()) {
        int year = year(m.group(1), m.group(2));
        if (m.group(4) != null) {
          LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
          return new Interval(d, d.plusDays(1), Grain.DAY);
        }
        if (m.group(3) != null) {
          LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(3)), 1);
          return new Interval(d, d.plusMonths(1), Grain.MONTH);
        }
        LocalDate d = LocalDate.of(year, 1, 1);
        return new Interval(d, d.plusYears(1), Grain.YEAR);
      }
      if ((m = DECADE.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)) * 10, 1, 1);
        return new Interval(d, d.plusYears(10), Grain.DECADE);
      }
      if ((m = CENTURY.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)) * 100, 1, 1);
        return new Interval(d, d.plusYears(100), Grain.CENTURY);
      }
    } catch (java.time.DateTimeException e) {
      return null; // a month 13 or a 30 February is no place on the calendar
    }
    return null;
  }

  // TIMEX3 writes 1 BC as BC0001, which is year 0 of the proleptic calendar
  private static int year(String bc, String digits) {
    int n = Integer.parseInt(digits);
    return bc == null ? n : 1 - n;
  }

  /**
   * {@code value} in English words ("25 Oct 1971", "the 1970s", "20 years", "every year"), or
   * null for a form this class does not read.
   *
   * @param set whether the value is a SET's: a duration then means "every …"
   */
  static String words(String value, boolean set) {
    if (value == null) {
      return null;
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      String from = words(value.substring(0, slash), false);
      String to = words(value.substring(slash + 1), false);
      return from == null || to == null ? null : from + " – " + to;
    }
    Matcher m;
    if ((m = DATE.matcher(value)).matches()) {
      String year = m.group(1) != null ? Integer.parseInt(m.group(2)) + " BC" : m.group(2);
      String date = m.group(4) != null ? Integer.parseInt(m.group(4)) + " " + month(m.group(3), TextStyle.SHORT) + " " + year
          : m.group(3) != null ? month(m.group(3), TextStyle.FULL) + " " + year
          : year;
      return m.group(5) == null ? date : date + ", " + m.group(5) + ":" + m.group(6);
    }
    if ((m = DECADE.matcher(value)).matches()) {
      return "the " + m.group(1) + "0s";
    }
    if ((m = CENTURY.matcher(value)).matches()) {
      return "the " + m.group(1) + "00s";
    }
    if ((m = NO_YEAR.matcher(value)).matches()) {
      String date = m.group(2) != null ? Integer.parseInt(m.group(2)) + " " + month(m.group(1), TextStyle.SHORT)
          : month(m.group(1), TextStyle.FULL);
      return set ? "every " + date : date + " (year not given)";
    }
    if ((m = WEEKDAY.matcher(value)).matches()) {
      String day = java.time.DayOfWeek.of(Integer.parseInt(m.group(1))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      return set ? "every " + day : day;
    }
    if ((m = CLOCK.matcher(value)).matches()) {
      return m.group(1) + ":" + m.group(2);
    }
    if (value.length() > 1 && (m = DURATION.matcher(value)).matches()) {
      return duration(m, set);
    }
    return null;
  }

  private static final String[] UNITS = {"year", "month", "week", "day", "hour", "minute", "second"};

  private static String duration(Matcher m, boolean set) {
    List<String> parts = new ArrayList<>();
    for (int g = 1; g <= UNITS.length; g++) {
      String n = m.group(g);
      if (n == null) {
        continue;
      }
      String unit = UNITS[g - 1];
      if (n.equals("X")) {
        parts.add(set ? unit : "some " + unit + "s");
      } else if (n.equals("1")) {
        parts.add(set ? unit : "1 " + unit);
      } else {
        parts.add(n + " " + unit + "s");
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    String d = String.join(" ", parts);
    return set ? "every " + d : d;
  }

  private static String month(String mm, TextStyle style) {
    int n = Integer.parseInt(mm);
    return n >= 1 && n <= 12 ? Month.of(n).getDisplayName(style, Locale.ENGLISH) : "month " + mm;
  }
}

package dev.nirjas;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DATE, DATE_RANGE, DURATION, SET or TIME mention with a TIMEX3 value.
 *
 * <p>The {@code as…} methods give the value as a {@code java.time} value where it is complete:
 * {@code 1971-10-25} is a {@link LocalDate}, {@code 1971-10} a {@link YearMonth}, {@code 1971} a
 * {@link Year}, {@code P20Y} a {@link Period}, {@code PT1.5H} a {@link Duration}. A partial value
 * ({@code XXXX-05-21}, {@code 197X}, {@code PXY}) or one of another form gives an empty
 * {@link Optional}; {@link #value()} always has the whole TIMEX3.
 *
 * @param type one of the five temporal types
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param value the TIMEX3 value ({@code 1971-10-25}, {@code 197X}, {@code P20Y},
 *     {@code 1912/2008}); null only for a relative expression that could not be anchored
 * @param offset for a relative expression, the shift from its anchor ({@code -P20Y}); else null
 * @param anchor for a relative expression, what it was resolved against ({@code previous},
 *     {@code reference}); else null
 * @param calendar {@code bangla} or {@code hijri} when written in that calendar; null for Gregorian
 * @param original the date as written in that calendar; null for Gregorian
 * @param freq for a SET, TIMEX3's frequency: how many times in each period ({@code 2X} for
 *     "সপ্তাহে দুবার", value {@code P1W}); null when the text gives no count, and for other types
 * @param approx whether the value is approximate (an almanac-dependent conversion, প্রায় …)
 * @param rule the name of the rule that read it
 */
public record TimeMention(
    MentionType type, Span span, String text, String value, String offset, String anchor,
    String calendar, String original, String freq, boolean approx, String rule)
    implements Mention {

  /** TIMEX3's frequency form: a count of times ({@code 2X}). */
  private static final Pattern FREQ = Pattern.compile("[1-9]\\d{0,5}X");

  /**
   * Checks the type is temporal, that there is a value or an offset, and that only a SET has a
   * frequency.
   *
   * @param type DATE, DATE_RANGE, DURATION, SET or TIME
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param value the TIMEX3 value, or null for a relative expression not anchored
   * @param offset a relative expression's shift from its anchor, or null
   * @param anchor what a relative expression was resolved against, or null
   * @param calendar {@code bangla}, {@code hijri}, or null for Gregorian
   * @param original the date as written in that calendar, or null
   * @param freq a SET's count of times in each period ({@code 2X}), or null
   * @param approx whether the value is approximate
   * @param rule the name of the rule that read it
   * @throws IllegalArgumentException if the type is not temporal, value and offset are both null,
   *     or a frequency is given to another type than SET or is not of the form {@code <n>X}
   */
  public TimeMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    switch (type) {
      case DATE, DATE_RANGE, DURATION, SET, TIME -> { }
      default -> throw new IllegalArgumentException("not a temporal type: " + type);
    }
    if (value == null && offset == null) {
      throw new IllegalArgumentException("a time mention needs a value or an offset");
    }
    if (freq != null && (type != MentionType.SET || !FREQ.matcher(freq).matches())) {
      throw new IllegalArgumentException("a frequency (" + freq + ") is a SET's count of times, like 2X");
    }
  }

  /**
   * A time mention without a frequency: the form of every type but a SET with a count of times.
   *
   * @param type DATE, DATE_RANGE, DURATION, SET or TIME
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param value the TIMEX3 value, or null for a relative expression not anchored
   * @param offset a relative expression's shift from its anchor, or null
   * @param anchor what a relative expression was resolved against, or null
   * @param calendar {@code bangla}, {@code hijri}, or null for Gregorian
   * @param original the date as written in that calendar, or null
   * @param approx whether the value is approximate
   * @param rule the name of the rule that read it
   * @throws IllegalArgumentException if the type is not temporal, or value and offset are both null
   */
  public TimeMention(
      MentionType type, Span span, String text, String value, String offset, String anchor,
      String calendar, String original, boolean approx, String rule) {
    this(type, span, text, value, offset, anchor, calendar, original, null, approx, rule);
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final Pattern TIME_OF_DAY = Pattern.compile("T(\\d{2}:\\d{2})");
  private static final Pattern TIME_OF_DAY_CLOCK = Pattern.compile("\\d{2}:\\d{2}");
  private static final Pattern PERIOD = Pattern.compile("P(\\d+[YMWD])+");
  private static final Pattern CLOCK_DURATION =
      Pattern.compile("PT(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?");

  /** {@return a full calendar date ({@code 1971-10-25}); empty for any other value} */
  public Optional<LocalDate> asLocalDate() {
    return parse(value, DATE, LocalDate::parse);
  }

  /** {@return a month of a year ({@code 1971-10}); empty for any other value} */
  public Optional<YearMonth> asYearMonth() {
    return parse(value, MONTH, YearMonth::parse);
  }

  /**
   * {@return a year ({@code 1971}); empty for any other value, a decade ({@code 197X}) included}
   */
  public Optional<Year> asYear() {
    return parse(value, YEAR, Year::parse);
  }

  /** {@return a date with a time of day ({@code 2024-06-06T10:30}); empty for any other value} */
  public Optional<LocalDateTime> asLocalDateTime() {
    return parse(value, DATE_TIME, LocalDateTime::parse);
  }

  /** {@return a time of day without a date ({@code T10:30}); empty for any other value} */
  public Optional<LocalTime> asLocalTime() {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = TIME_OF_DAY.matcher(value);
    return m.matches() ? parse(m.group(1), TIME_OF_DAY_CLOCK, LocalTime::parse) : Optional.empty();
  }

  /**
   * {@return the value as the most precise of {@link LocalDateTime}, {@link LocalDate},
   * {@link YearMonth} and {@link Year} that it is} Empty when it is none of them (partial, a
   * range, a duration).
   */
  public Optional<Temporal> asTemporal() {
    return temporal(value);
  }

  /**
   * {@return the start of a range ({@code 1912} of {@code 1912/2008}), as {@link #asTemporal()}
   * reads it} Empty for a value that is not a range or a start that is partial.
   */
  public Optional<Temporal> rangeStart() {
    return rangeEnd(0);
  }

  /**
   * {@return the end of a range ({@code 2008} of {@code 1912/2008}), as {@link #asTemporal()}
   * reads it} Empty for a value that is not a range or an end that is partial.
   */
  public Optional<Temporal> rangeEnd() {
    return rangeEnd(1);
  }

  private Optional<Temporal> rangeEnd(int which) {
    if (value == null) {
      return Optional.empty();
    }
    String[] ends = value.split("/", -1);
    return ends.length == 2 ? temporal(ends[which]) : Optional.empty();
  }

  /**
   * {@return a duration in calendar units ({@code P20Y}, {@code P3M}, {@code P2W}, {@code P10D})}
   * Empty for a fractional or unknown count ({@code P1.5Y}, {@code PXY}) and for clock durations.
   */
  public Optional<Period> asPeriod() {
    return parse(value, PERIOD, Period::parse);
  }

  /**
   * {@return a duration in clock units ({@code PT3H}, {@code PT1.5H}, {@code PT45M})} Empty for
   * calendar durations (a month has no fixed length) and unknown counts.
   */
  public Optional<Duration> asDuration() {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = CLOCK_DURATION.matcher(value);
    if (!m.matches() || value.equals("PT")) {
      return Optional.empty();
    }
    BigDecimal seconds = BigDecimal.ZERO;
    long[] unit = {3600, 60, 1};
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null) {
        seconds = seconds.add(new BigDecimal(m.group(g)).multiply(BigDecimal.valueOf(unit[g - 1])));
      }
    }
    BigDecimal nanos = seconds.movePointRight(9);
    return Optional.of(Duration.ofSeconds(seconds.longValue(),
        nanos.remainder(BigDecimal.valueOf(1_000_000_000L)).longValue()));
  }

  private static Optional<Temporal> temporal(String v) {
    Optional<? extends Temporal> t = parse(v, DATE_TIME, LocalDateTime::parse);
    if (t.isEmpty()) {
      t = parse(v, DATE, LocalDate::parse);
    }
    if (t.isEmpty()) {
      t = parse(v, MONTH, YearMonth::parse);
    }
    if (t.isEmpty()) {
      t = parse(v, YEAR, Year::parse);
    }
    return t.map(Temporal.class::cast);
  }

  private static <T> Optional<T> parse(String v, Pattern form, java.util.function.Function<String, T> parser) {
    if (v == null || !form.matcher(v).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(v));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // the right form but no such date (2023-02-30)
    }
  }
}

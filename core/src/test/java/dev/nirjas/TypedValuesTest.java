package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The java.time and BigDecimal values that mentions give, on tables written by hand. */
class TypedValuesTest {

  private static TimeMention time(MentionType type, String value) {
    return new TimeMention(type, new Span(0, 1), "x", value, null, null, null, null, false, "test");
  }

  private static String orDash(Optional<?> o) {
    return o.map(Object::toString).orElse("-");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # value               | date       | month   | year | date-time        | time
      1971-10-25            | 1971-10-25 | -       | -    | -                | -
      2024-02-29            | 2024-02-29 | -       | -    | -                | -
      2023-02-29            | -          | -       | -    | -                | -
      1971-10               | -          | 1971-10 | -    | -                | -
      1971                  | -          | -       | 1971 | -                | -
      0500                  | -          | -       | 500  | -                | -
      197X                  | -          | -       | -    | -                | -
      19XX                  | -          | -       | -    | -                | -
      XXXX-05-21            | -          | -       | -    | -                | -
      XXXX-05               | -          | -       | -    | -                | -
      BC0500                | -          | -       | -    | -                | -
      2024-06-06T10:30      | -          | -       | -    | 2024-06-06T10:30 | -
      T16:00                | -          | -       | -    | -                | 16:00
      XXXX-WXX-6            | -          | -       | -    | -                | -
      1912/2008             | -          | -       | -    | -                | -
      """)
  void datesAndTimes(String value, String date, String month, String year, String dateTime, String clock) {
    TimeMention t = time(MentionType.DATE, value);
    assertThat(orDash(t.asLocalDate())).isEqualTo(date);
    assertThat(orDash(t.asYearMonth())).isEqualTo(month);
    assertThat(orDash(t.asYear())).isEqualTo(year);
    assertThat(orDash(t.asLocalDateTime())).isEqualTo(dateTime);
    assertThat(orDash(t.asLocalTime())).isEqualTo(clock);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # value                  | start      | end
      1912/2008                | 1912       | 2008
      1971-03-26/1971-12-16    | 1971-03-26 | 1971-12-16
      2024-01/2024-06          | 2024-01    | 2024-06
      XXXX-03/XXXX-05          | -          | -
      196X/197X                | -          | -
      1971                     | -          | -
      """)
  void rangeEnds(String value, String start, String end) {
    TimeMention t = time(MentionType.DATE_RANGE, value);
    assertThat(orDash(t.rangeStart())).isEqualTo(start);
    assertThat(orDash(t.rangeEnd())).isEqualTo(end);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # value   | period | duration
      P20Y      | P20Y   | -
      P3M       | P3M    | -
      P2W       | P14D   | -
      P10D      | P10D   | -
      P1Y6M     | P1Y6M  | -
      P1.5Y     | -      | -
      PXY       | -      | -
      PT3H      | -      | PT3H
      PT1.5H    | -      | PT1H30M
      PT45M     | -      | PT45M
      PT2H30M   | -      | PT2H30M
      PTXH      | -      | -
      PT        | -      | -
      """)
  void durations(String value, String period, String duration) {
    TimeMention t = time(MentionType.DURATION, value);
    assertThat(orDash(t.asPeriod())).isEqualTo(period);
    assertThat(orDash(t.asDuration())).isEqualTo(duration);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # amount as read     | normalized  | scale
      4898000000.000       | 4898000000  | 0
      4.898E+9             | 4898000000  | 0
      5E+7                 | 50000000    | 0
      12.50                | 12.5        | 1
      0.00                 | 0           | 0
      1200                 | 1200        | 0
      """)
  void moneyAmountsAreNormalized(String read, String normalized, int scale) {
    MoneyMention m = new MoneyMention(new Span(0, 1), "x", new BigDecimal(read), null, "USD", null,
        false, null, "test");
    assertThat(m.amount()).isEqualTo(new BigDecimal(normalized));
    assertThat(m.amount().scale()).isEqualTo(scale);
    assertThat(m.currency()).isEqualTo(Currency.getInstance("USD"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"usd", "US", "XYZ", "টাকা"})
  void moneyRefusesWhatIsNotACurrencyCode(String code) {
    assertThatThrownBy(() -> new MoneyMention(new Span(0, 1), "x", BigDecimal.ONE, null, code, null,
        false, null, "test")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnanchoredRelativeTimeHasNoValues() {
    TimeMention lastYear = new TimeMention(MentionType.DATE, new Span(0, 1), "x", null, "-P1Y",
        null, null, null, false, "test");
    assertThat(lastYear.asYear()).isEmpty();
    assertThat(lastYear.asTemporal()).isEmpty();
    assertThat(lastYear.rangeStart()).isEmpty();
    assertThat(lastYear.asPeriod()).isEmpty();
    assertThat(lastYear.asDuration()).isEmpty();
  }

  /** A frequency belongs to a SET and is a count of times (issue 10); the old arity gives none. */
  @Test
  void aFrequencyIsASetsCountOfTimes() {
    Span at = new Span(0, 1);
    assertThat(new TimeMention(MentionType.SET, at, "x", "P1W", null, null, null, null, "2X", false, "t").freq())
        .isEqualTo("2X");
    assertThat(time(MentionType.SET, "P1W").freq()).isNull();
    for (String bad : new String[] {"2", "0X", "X", "2x", "P1W"}) {
      assertThatThrownBy(() -> new TimeMention(MentionType.SET, at, "x", "P1W", null, null, null, null, bad, false, "t"))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> new TimeMention(MentionType.DURATION, at, "x", "P1W", null, null, null, null, "2X", false, "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A unit belongs to a range of percentages only (issue 10); the old arity gives none. */
  @Test
  void aUnitIsARangeOfPercentages() {
    Span at = new Span(0, 1);
    NumberMention range = new NumberMention(MentionType.NUMBER_RANGE, at, "x", BigDecimal.ONE, BigDecimal.TEN,
        NumberMention.UNIT_PERCENT, false, "t");
    assertThat(range.unit()).isEqualTo("percent");
    assertThat(range.value()).isEqualTo("1/10");
    assertThat(new NumberMention(MentionType.NUMBER_RANGE, at, "x", BigDecimal.ONE, BigDecimal.TEN, false, "t").unit())
        .isNull();
    assertThatThrownBy(() -> new NumberMention(MentionType.PERCENT, at, "x", BigDecimal.ONE, null,
        NumberMention.UNIT_PERCENT, false, "t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NumberMention(MentionType.NUMBER_RANGE, at, "x", BigDecimal.ONE, BigDecimal.TEN,
        "meter", false, "t")).isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.nirjas.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every TIMEX3 form the time stage writes: where it lies, and what it says in words. */
class TimexTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # value              | set   | start      | end        | grain   | words
      1971-10-25           | false | 1971-10-25 | 1971-10-26 | DAY     | 25 Oct 1971
      1991-04              | false | 1991-04-01 | 1991-05-01 | MONTH   | April 1991
      2002                 | false | 2002-01-01 | 2003-01-01 | YEAR    | 2002
      197X                 | false | 1970-01-01 | 1980-01-01 | DECADE  | the 1970s
      19XX                 | false | 1900-01-01 | 2000-01-01 | CENTURY | the 1900s
      1912/2008            | false | 1912-01-01 | 2009-01-01 | RANGE   | 1912 – 2008
      2024-06-01/2024-06-03| false | 2024-06-01 | 2024-06-04 | RANGE   | 1 Jun 2024 – 3 Jun 2024
      19XX/20XX            | false | 1900-01-01 | 2100-01-01 | RANGE   | the 1900s – the 2000s
      BC0500               | false | -0499-01-01| -0498-01-01| YEAR    | 500 BC
      2024-05-15T10:30     | false | 2024-05-15 | 2024-05-16 | DAY     | 15 May 2024, 10:30
      T10:00               | false | -          | -          | -       | 10:00
      XXXX-10-25           | false | -          | -          | -       | 25 Oct (year not given)
      XXXX-10              | true  | -          | -          | -       | every October
      XXXX-WXX-1           | true  | -          | -          | -       | every Monday
      P20Y                 | false | -          | -          | -       | 20 years
      P1Y                  | true  | -          | -          | -       | every year
      P1Y6M                | false | -          | -          | -       | 1 year 6 months
      PT1.5H               | false | -          | -          | -       | 1.5 hours
      PXY                  | false | -          | -          | -       | some years
      2023-02-30           | false | -          | -          | -       | 30 Feb 2023
      2008/1912            | false | -          | -          | -       | 2008 – 1912
      nonsense             | false | -          | -          | -       | -
      """)
  void readsTheValue(String value, boolean set, String start, String end, String grain, String words) {
    Timex.Interval in = Timex.interval(value);
    if (start == null) {
      assertThat(in).isNull();
    } else {
      assertThat(in.start()).hasToString(start);
      assertThat(in.end()).hasToString(end);
      assertThat(in.grain()).hasToString(grain);
    }
    assertThat(Timex.words(value, set)).isEqualTo(words);
  }
}

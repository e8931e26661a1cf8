package dev.nirjas.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BanglaCalendarTest {

  @ParameterizedTest(name = "{0}-{1}-{2} = {3}")
  @CsvSource(textBlock = """
      # Bengali year, month (1 = বৈশাখ), day → Gregorian; checked by hand against the 2019 rule
      1431, 1,  1, 2024-04-14
      1430, 11, 8, 2024-02-21
      1429, 11, 8, 2023-02-21
      1430, 9,  1, 2023-12-16
      1430, 12, 12, 2024-03-26
      1431, 12, 12, 2025-03-26
      1430, 1, 25, 2023-05-08
      1430, 6, 31, 2023-10-16
      1430, 7,  1, 2023-10-17
      1430, 11, 30, 2024-03-14
      1429, 11, 29, 2023-03-14
      1430, 12, 30, 2024-04-13
      """)
  void convertsKnownDays(int year, int month, int day, LocalDate expected) {
    assertThat(BanglaCalendar.toGregorian(year, month, day)).isEqualTo(expected);
    assertThat(BanglaCalendar.fromGregorian(expected)).isEqualTo(new BanglaCalendar.Date(year, month, day));
  }

  @Test
  void nationalDaysFallOnTheirBengaliDatesEveryYear() {
    for (int g = 2020; g <= 2100; g++) {
      assertThat(BanglaCalendar.fromGregorian(LocalDate.of(g, 2, 21))).as("21 Feb %d", g)
          .isEqualTo(new BanglaCalendar.Date(g - 594, 11, 8));
      assertThat(BanglaCalendar.fromGregorian(LocalDate.of(g, 12, 16))).as("16 Dec %d", g)
          .isEqualTo(new BanglaCalendar.Date(g - 593, 9, 1));
      assertThat(BanglaCalendar.fromGregorian(LocalDate.of(g, 3, 26))).as("26 Mar %d", g)
          .isEqualTo(new BanglaCalendar.Date(g - 594, 12, 12));
      assertThat(BanglaCalendar.fromGregorian(LocalDate.of(g, 4, 14))).as("14 Apr %d", g)
          .isEqualTo(new BanglaCalendar.Date(g - 593, 1, 1));
    }
  }

  @Test
  void roundTripsEveryDayFrom1990To2100() {
    int days = 0;
    BanglaCalendar.Date previous = null;
    for (LocalDate d = LocalDate.of(1990, 1, 1); !d.isAfter(LocalDate.of(2100, 12, 31)); d = d.plusDays(1)) {
      BanglaCalendar.Date b = BanglaCalendar.fromGregorian(d);
      assertThat(BanglaCalendar.toGregorian(b.year(), b.month(), b.day())).isEqualTo(d);
      if (previous != null) {
        // consecutive days are consecutive Bengali days
        boolean nextDay = b.year() == previous.year() && b.month() == previous.month() && b.day() == previous.day() + 1;
        boolean nextMonth = b.year() == previous.year() && b.month() == previous.month() + 1 && b.day() == 1
            && previous.day() == BanglaCalendar.monthLength(previous.year(), previous.month());
        boolean nextYear = b.year() == previous.year() + 1 && b.month() == 1 && b.day() == 1
            && previous.month() == 12 && previous.day() == 30;
        assertThat(nextDay || nextMonth || nextYear).as("%s after %s", d, d.minusDays(1)).isTrue();
      }
      previous = b;
      days++;
    }
    assertThat(days).isEqualTo(111 * 365 + 27); // 27 leap years: 1992 … 2096 (2100 is not)
  }

  @Test
  void yearsHave365Or366Days() {
    for (int y = 1400; y < 1500; y++) {
      int total = 0;
      for (int m = 1; m <= 12; m++) {
        total += BanglaCalendar.monthLength(y, m);
      }
      assertThat(total).isEqualTo(LocalDate.of(y + 594, 1, 1).isLeapYear() ? 366 : 365);
    }
  }

  @Test
  void rejectsDaysThatDoNotExist() {
    assertThatThrownBy(() -> BanglaCalendar.toGregorian(1429, 11, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BanglaCalendar.toGregorian(1430, 7, 31)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BanglaCalendar.toGregorian(1430, 13, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}

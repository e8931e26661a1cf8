package dev.nirjas.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The digit reading the time rules share: Bengali and ASCII digits, as Integer.parseInt reads ASCII. */
class CalendarPartsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", textBlock = """
      ০ → 0
      ০৫ → 5
      ১৯৭১ → 1971
      2024 → 2024
      ১2৩ → 123
      ২১৪৭৪৮৩৬৪৭ → 2147483647
      """)
  void readsDigitsOfEitherScript(String digits, int value) {
    assertThat(CalendarParts.digitsValue(digits)).isEqualTo(value);
    assertThat(CalendarParts.digitsValue(digits)).isEqualTo(Integer.parseInt(CalendarParts.digitsAscii(digits)));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "১a", "-৫", "+5", "৫.০", "২১৪৭৪৮৩৬৪৮"})
  void refusesWhatParseIntRefuses(String digits) {
    assertThatThrownBy(() -> CalendarParts.digitsValue(digits)).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Integer.parseInt(CalendarParts.digitsAscii(digits)))
        .isInstanceOf(NumberFormatException.class);
  }
}

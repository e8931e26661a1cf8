package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ০                | 0
      ৭                | 7
      ১৯৭১             | 1971
      1971             | 1971
      ১9৭1             | 1971
      ৪.৮৯৮            | 4.898
      0.5              | 0.5
      ১২,৩৪,৫৬৭        | 1234567
      ১,২৩,৪৫,৬৭৮      | 12345678
      1,234,567        | 1234567
      ১২৩,৪৫৬          | 123456
      ১০,০০০.৫০        | 10000.50
      ১২,৩৪৫৬          |
      ১২,৩৪,৫৬         |
      ,১২৩             |
      ১২৩,             |
      ১.২.৩            |
      .৫               |
      ৫.               |
      ক১               |
      ''               |
      """)
  void parses(String text, String expected) {
    BigDecimal v = Digits.parse(text == null ? "" : text);
    assertThat(v == null ? null : v.toPlainString()).isEqualTo(expected);
  }

  @Test
  void capsVeryLongDigitRuns() {
    assertThat(Digits.parse("৯".repeat(500))).isEqualTo(new BigDecimal("9".repeat(500)));
    assertThat(Digits.parse("৯".repeat(Digits.MAX_DIGITS + 1))).isNull();
    assertThat(Digits.parse("১".repeat(1_000_000))).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", textBlock = """
      ০ → 0
      ০৫ → 5
      ১৯৭১ → 1971
      2024 → 2024
      ১2৩ → 123
      ২১৪৭৪৮৩৬৪৭ → 2147483647
      """)
  void readsAnIntFromDigitsOfEitherScript(String digits, int value) {
    assertThat(Digits.intValue(digits)).isEqualTo(value);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "১a", "-৫", "+5", "৫.০", "২১৪৭৪৮৩৬৪৮"})
  void refusesNoDigitsASignANonDigitAndOverflow(String digits) {
    assertThatThrownBy(() -> Digits.intValue(digits)).isInstanceOf(NumberFormatException.class);
  }

  @ParameterizedTest(name = "[{index}] {0} [{1}, {2}) → {3}")
  @CsvSource(delimiter = '|', textBlock = """
      ২০২৪০৫১৫ | 0 | 4 | 2024
      ২০২৪০৫১৫ | 4 | 6 | 5
      ২০২৪০৫১৫ | 6 | 8 | 15
      ১৯৭১সাল  | 0 | 4 | 1971
      """)
  void readsTheDigitsOfARangeInPlace(String s, int from, int to, int value) {
    assertThat(Digits.intValue(s, from, to)).isEqualTo(value);
  }

  @Test
  void refusesAnEmptyOrOutsideRange() {
    assertThatThrownBy(() -> Digits.intValue("১৯৭১সাল", 4, 5)).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Digits.intValue("১৯৭১", 2, 2)).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Digits.intValue("১৯৭১", 2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}

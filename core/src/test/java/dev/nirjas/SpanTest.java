package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A span's value semantics: equal by start and end, hashed as a record of the two, ordered. */
class SpanTest {
  @ParameterizedTest(name = "[{index}] [{0}, {1}) and [{2}, {3})")
  @CsvSource(textBlock = """
      # a start, a end, b start, b end, equal, compareTo's sign
      0, 0, 0, 0, true, 0
      3, 7, 3, 7, true, 0
      3, 7, 3, 8, false, -1
      3, 7, 2, 7, false, 1
      7, 10, 3, 7, false, 1
      65536, 70000, 65536, 70000, true, 0
      """)
  void equalByStartAndEnd(int as, int ae, int bs, int be, boolean equal, int order) {
    Span a = new Span(as, ae);
    Span b = new Span(bs, be);
    assertThat(a.equals(b)).isEqualTo(equal);
    assertThat(b.equals(a)).isEqualTo(equal);
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(order);
    if (equal) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
    assertThat(a.hashCode()).isEqualTo(31 * as + ae); // as a record of (start, end) hashes
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"a string", "null"})
  void notEqualToOtherThings(String other) {
    Span span = new Span(1, 2);
    assertThat(span.equals(other.equals("null") ? null : other)).isFalse();
    assertThat(span).isNotEqualTo(new int[] {1, 2});
  }

  @ParameterizedTest(name = "[{index}] [{0}, {1})")
  @CsvSource({"-1, 2", "5, 4"})
  void refusesAnInvalidRange(int start, int end) {
    assertThatThrownBy(() -> new Span(start, end)).isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frozen lists' {@code toArray}: one copy of their range, with {@link List#toArray}'s contract. */
class FrozenListTest {
  private static final List<String> ALL = FrozenList.owning(new Object[] {"ক", "খ", "গ", "ঘ", "ঙ"});

  @ParameterizedTest(name = "[{index}] [{0}, {1}) into {2} slots")
  @CsvSource(delimiterString = " → ", textBlock = """
      # from, to, slots given → what the returned array holds
      0, 5, 0 → ক খ গ ঘ ঙ
      0, 5, 5 → ক খ গ ঘ ঙ
      0, 5, 7 → ক খ গ ঘ ঙ null x
      1, 3, 0 → খ গ
      1, 3, 2 → খ গ
      1, 3, 4 → খ গ null x
      2, 2, 0 → ''
      2, 2, 3 → null x x
      """)
  void toArrayCopiesTheRange(String range, String expected) {
    String[] r = range.split(",\\s*");
    int from = Integer.parseInt(r[0]);
    int to = Integer.parseInt(r[1]);
    int slots = Integer.parseInt(r[2]);
    List<String> list = from == 0 && to == 5 ? ALL : ALL.subList(from, to);
    String[] given = new String[slots];
    java.util.Arrays.fill(given, "x");
    String[] got = list.toArray(given);
    assertThat(got == given).as("the given array is used when it has room").isEqualTo(slots >= to - from);
    assertThat(String.join(" ", java.util.Arrays.stream(got).map(String::valueOf).toList()))
        .isEqualTo(expected);
    assertThat(list.toArray()).containsExactly(ALL.subList(from, to).toArray());
    assertThat(list.toArray().getClass()).isEqualTo(Object[].class);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"whole", "view"})
  void toArrayOfTheWrongTypeFails(String which) {
    List<String> list = which.equals("whole") ? ALL : ALL.subList(1, 4);
    assertThatThrownBy(() -> list.toArray(new Integer[5])).isInstanceOf(ArrayStoreException.class);
  }
}

package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The index finds each of its strings at its place in the sorted order and nothing else, however a
 * name is asked for: whole, or as a prefix and a range of another string. Tables from a handful of
 * strings to tens of thousands, so that the filter in front of the slots is both full and sparse.
 */
class StringIndexTest {
  @Test
  void aSmallTableFindsItsStringsInOrder() {
    StringIndex index = StringIndex.of(List.of("w=চীন", "k=bn", "c32=17", "pre1=চ", ""));
    Object[][] rows = {
        // name, index (sorted: "", "c32=17", "k=bn", "pre1=চ", "w=চীন")
        {"", 0},
        {"c32=17", 1},
        {"k=bn", 2},
        {"pre1=চ", 3},
        {"w=চীন", 4},
        {"w=চী", -1},
        {"w=চীনা", -1},
        {"c32=1", -1},
        {"k=", -1},
        {"W=চীন", -1},
    };
    for (Object[] row : rows) {
      String name = (String) row[0];
      assertThat(index.indexOf(name)).as(name).isEqualTo(row[1]);
    }
    // the same names as a constant prefix and a range of a form
    assertThat(index.indexOf("w=", "বাংলাদেশ ও চীন", 11, 14)).isEqualTo(4);
    assertThat(index.indexOf("w=", "বাংলাদেশ ও চীন", 11, 13)).isEqualTo(-1);
    assertThat(index.indexOf("pre1=", "চীন", 0, 1)).isEqualTo(3);
    assertThat(index.indexOf("k=", "bn", 0, 0)).isEqualTo(-1); // "k=" alone
    assertThat(index.indexOf("", "c32=17", 0, 6)).isEqualTo(1);
    assertThat(index.indexOf("", "", 0, 0)).isEqualTo(0);
  }

  /** A name whose second part is as long as the table of powers or longer: its hash from its chars. */
  @Test
  void longNamesAreFoundWholeOrInPart() {
    String long63 = "ক".repeat(63);
    String long64 = "খ".repeat(64);
    String long200 = "গ".repeat(200);
    StringIndex index = StringIndex.of(List.of("w=" + long63, "w=" + long64, "w=" + long200));
    assertThat(index.indexOf("w=", long63, 0, 63)).isEqualTo(0);
    assertThat(index.indexOf("w=", long64, 0, 64)).isEqualTo(1);
    assertThat(index.indexOf("w=", long200, 0, 200)).isEqualTo(2);
    assertThat(index.indexOf("w=", long200, 0, 199)).isEqualTo(-1);
    assertThat(index.indexOf("w=" + "গ".repeat(100), long200, 100, 200)).isEqualTo(2);
    assertThat(index.indexOf("", "w=" + long64, 0, 66)).isEqualTo(1);
  }

  @Test
  void anEmptyTableFindsNothing() {
    StringIndex index = StringIndex.of(List.of());
    assertThat(index.indexOf("")).isEqualTo(-1);
    assertThat(index.indexOf("w=", "চীন", 0, 3)).isEqualTo(-1);
  }

  @Test
  void randomTablesFindEveryStringTheyHoldAndNoOther() {
    Random random = new Random(23);
    String letters = "অআকখগচজতদনপবমরলস়াি্ে=,";
    for (int n : new int[] {1, 7, 100, 1_000, 30_000}) {
      Set<String> strings = new HashSet<>();
      while (strings.size() < n) {
        strings.add(word(random, letters, 1 + random.nextInt(8)));
      }
      StringIndex index = StringIndex.of(strings);
      List<String> sorted = new ArrayList<>(new TreeSet<>(strings));
      for (int i = 0; i < sorted.size(); i++) {
        String s = sorted.get(i);
        assertThat(index.indexOf(s)).as(s).isEqualTo(i);
        int cut = random.nextInt(s.length() + 1);
        String around = "x" + s.substring(cut) + "y";
        assertThat(index.indexOf(s.substring(0, cut), around, 1, around.length() - 1)).as(s + " cut at " + cut)
            .isEqualTo(i);
        // the rest as a string of its own, whole: its hash taken from the two strings' hashes
        assertThat(index.indexOf(s.substring(0, cut), s.substring(cut), 0, s.length() - cut))
            .as(s + " cut at " + cut + ", whole").isEqualTo(i);
        assertThat(index.indexOf(s.substring(0, cut), around.toCharArray(), 1, around.length() - 1))
            .as(s + " cut at " + cut + ", from an array").isEqualTo(i);
      }
      int absent = 0;
      while (absent < 20_000) {
        String s = word(random, letters, 1 + random.nextInt(9));
        if (strings.contains(s)) {
          continue;
        }
        absent++;
        assertThat(index.indexOf(s)).as(s).isEqualTo(-1);
        int cut = random.nextInt(s.length() + 1);
        assertThat(index.indexOf(s.substring(0, cut), s, cut, s.length())).as(s).isEqualTo(-1);
        assertThat(index.indexOf(s.substring(0, cut), s.substring(cut), 0, s.length() - cut)).as(s).isEqualTo(-1);
        assertThat(index.indexOf(s.substring(0, cut), s.toCharArray(), cut, s.length())).as(s).isEqualTo(-1);
      }
    }
  }

  private static String word(Random random, String letters, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }
}

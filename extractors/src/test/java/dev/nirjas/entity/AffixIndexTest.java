package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An affix's predicate found by its packed chars: the one the table of all predicates finds, or none. */
class AffixIndexTest {
  private static final Map<String, Context> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("pre1=ক", new Context(new int[] {0}, new double[] {1}));
    NAMES.put("pre2=কল", new Context(new int[] {1}, new double[] {2}));
    NAMES.put("pre3=কলক", new Context(new int[] {0}, new double[] {3}));
    NAMES.put("pre4=কলকা", new Context(new int[] {0}, new double[] {4}));
    NAMES.put("pre4=Ab\uFFFFd", new Context(new int[] {0}, new double[] {5})); // a char with every bit
    NAMES.put("pre4=খুল", new Context(new int[] {0}, new double[] {6})); // three chars under pre4: never asked
    NAMES.put("suf2=ার", new Context(new int[] {0}, new double[] {7}));
    NAMES.put("suf2=ের", new Context(new int[] {0}, new double[] {8}));
    NAMES.put("w=কলকাতা", new Context(new int[] {0}, new double[] {9}));
  }

  private static final PredicateTable TABLE = PredicateTable.of(NAMES);

  /** The form, where its affix starts, the index's affix (pre or suf, length), and the predicate found (none: -). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      কলকাতা | 0 | pre1 | pre1=ক
      কলকাতা | 0 | pre2 | pre2=কল
      কলকাতা | 0 | pre3 | pre3=কলক
      কলকাতা | 0 | pre4 | pre4=কলকা
      খুলনা   | 0 | pre1 | -
      খুলনা   | 0 | pre3 | -
      খুলনা   | 0 | pre4 | -
      কথা     | 0 | pre2 | -
      ঢাকার   | 3 | suf2 | suf2=ার
      ভারতের  | 4 | suf2 | suf2=ের
      ভারতের  | 3 | suf2 | -
      কলকাতা | 0 | suf2 | -
      """)
  void anAffixFindsItsPredicate(String form, int from, String affix, String expected) {
    int length = affix.charAt(3) - '0';
    AffixIndex index = AffixIndex.of(TABLE, affix + "=", length);
    int found = index.indexOf(form.toCharArray(), from);
    assertThat(found < 0 ? "-" : TABLE.name(found)).isEqualTo(expected);
  }

  @Test
  void everyCharOfTheKeyCounts() {
    AffixIndex index = AffixIndex.of(TABLE, "pre4=", 4);
    assertThat(TABLE.name(index.indexOf("Ab\uFFFFd!".toCharArray(), 0))).isEqualTo("pre4=Ab\uFFFFd");
    assertThat(index.indexOf("Ab\uFFFEd".toCharArray(), 0)).isEqualTo(-1);
    assertThat(index.indexOf("ab\uFFFFd".toCharArray(), 0)).isEqualTo(-1);
    assertThat(index.indexOf("xAb\uFFFFd".toCharArray(), 1)).isEqualTo(index.indexOf("Ab\uFFFFd".toCharArray(), 0));
  }

  @Test
  void lengthsOutsideOneToFourAreRefused() {
    assertThatThrownBy(() -> AffixIndex.of(TABLE, "pre5=", 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AffixIndex.of(TABLE, "pre0=", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Every affix predicate of the bundled model, and a shifted key of each, as the table of all predicates answers. */
  @Test
  void theBundledModelsAffixesAreFoundAsTheTableFindsThem() throws IOException {
    NameModelTables tables;
    try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(NameModelTables.tablesName(OpenNlpNameFinder.MODEL_RESOURCE))) {
      tables = NameModelTables.read(in);
    }
    PredicateTable p = tables.predicates;
    int checked = 0;
    for (boolean suffix : new boolean[] {false, true}) {
      for (int n = 1; n <= AffixIndex.MAX_LENGTH; n++) {
        String prefix = BengaliNameFeatures.affixPrefix(suffix, n);
        AffixIndex index = AffixIndex.of(p, prefix, n);
        int[] run = p.run(prefix);
        for (int i = run[0]; i < run[1]; i++) {
          char[] rest = p.name(i).substring(prefix.length()).toCharArray();
          assertThat(index.indexOf(rest, 0)).as(p.name(i)).isEqualTo(i);
          char[] other = rest.clone();
          other[n - 1]++;
          assertThat(index.indexOf(other, 0)).isEqualTo(p.indexOf(prefix, other, 0, n));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(7_000);
  }
}

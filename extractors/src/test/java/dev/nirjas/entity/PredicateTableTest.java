package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** The predicate table against the map it was made from: every name found, the runs of a prefix. */
class PredicateTableTest {
  private static Context context(double... weights) {
    int[] outcomes = new int[weights.length];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = i * 2;
    }
    return new Context(outcomes, weights);
  }

  private static final Map<String, Context> PAIRS = new LinkedHashMap<>();

  static {
    PAIRS.put("w=চীন", context(1.5));
    PAIRS.put("pw,w=চীন,ও", context(0.25, -1));
    PAIRS.put("pw,w=চীন,বেলজিয়াম", context(2));
    PAIRS.put("pw,w=চীনের,সঙ্গে", context(-3)); // another word that starts as the first
    PAIRS.put("pw,w=,,,", context(4)); // the pair of two commas
    PAIRS.put("pw,w=১,২,৩", context(5)); // a number with a comma: "১,২" then "৩", or "১" then "২,৩"
    PAIRS.put("w,nw=চীন,ও", context(6));
    PAIRS.put("", context()); // no name, no weights
  }

  @Test
  void everyNameIsFoundWithItsOutcomesAndWeights() {
    PredicateTable table = PredicateTable.of(PAIRS);
    assertThat(table.size()).isEqualTo(PAIRS.size());
    for (Map.Entry<String, Context> e : PAIRS.entrySet()) {
      Context c = table.get(e.getKey());
      assertThat(c.getOutcomes()).as(e.getKey()).containsExactly(e.getValue().getOutcomes());
      assertThat(c.getParameters()).as(e.getKey()).containsExactly(e.getValue().getParameters());
      assertThat(table.get(e.getKey())).as("made once").isSameAs(c);
    }
  }

  @Test
  void namesNotInTheTableAreNotFound() {
    PredicateTable table = PredicateTable.of(PAIRS);
    for (String absent : new String[] {"w=চী", "w=চীনা", "pw,w=চীন", "pw,w=চীন,", "W=চীন", "w=চীন ", " "}) {
      assertThat(table.get(absent)).as(absent).isNull();
      assertThat(table.names().indexOf(absent)).as(absent).isEqualTo(-1);
    }
    assertThat(PredicateTable.of(Map.of()).get("w=x")).isNull();
  }

  /**
   * The first words of a prefix's pairs: every reading of a name's rest up to a comma, so that a
   * word not among them has no pairs — checked against the runs themselves for words that are,
   * are not, and only start like one.
   */
  @Test
  void theFirstWordsOfAPrefixAreThoseWithPairs() {
    PredicateTable table = PredicateTable.of(PAIRS);
    assertThat(table.firstWords("pw,w=")).containsExactlyInAnyOrder("চীন", "চীনের", "", ",", ",,", "১", "১,২");
    assertThat(table.firstWords("w,nw=")).containsExactlyInAnyOrder("চীন");
    assertThat(table.firstWords("ppo=")).isEmpty();
    for (String w : new String[] {"চীন", "চীনের", "চী", "চীনা", "", ",", ",,", ",,,", "১", "১,২", "২", "ও", "বেলজিয়াম"}) {
      for (String prefix : new String[] {"pw,w=", "w,nw="}) {
        assertThat(table.firstWords(prefix).contains(w)).as(prefix + w)
            .isEqualTo(!table.withPrefix(prefix + w + ",").isEmpty());
      }
    }
  }

  /**
   * The rests of a prefix's names marked by hash: every rest whole (commas and all, the empty rest
   * of the prefix itself too) is marked; in a set this sparse, these others are not.
   */
  @Test
  void theRestsOfAPrefixAreMarked() {
    PredicateTable table = PredicateTable.of(PAIRS);
    long[] bits = new long[1 << 10];
    table.markRests("pw,w=", bits);
    for (String rest : new String[] {"চীন,ও", "চীন,বেলজিয়াম", "চীনের,সঙ্গে", ",,,", "১,২,৩"}) {
      assertThat(StringIndex.marked(bits, rest.hashCode())).as(rest).isTrue();
    }
    for (String other : new String[] {"চীন", "চীন,", "ও", ",,", "১,২", "w=চীন", "pw,w=চীন,ও"}) {
      assertThat(StringIndex.marked(bits, other.hashCode())).as(other).isFalse();
    }
    long[] one = new long[1 << 10];
    table.markRests("w=চীন", one);
    assertThat(StringIndex.marked(one, "".hashCode())).isTrue();
    assertThat(java.util.Arrays.stream(one).map(Long::bitCount).sum()).isEqualTo(1);
    long[] none = new long[1 << 10];
    table.markRests("w=চীনা", none);
    assertThat(none).containsOnly(0L);
  }

  @Test
  void thePairsOfAFirstWordAreTheRunOfItsPrefix() {
    PredicateTable table = PredicateTable.of(PAIRS);
    Object[][] rows = {
        // prefix, second words found
        {"pw,w=চীন,", new String[] {"ও", "বেলজিয়াম"}},
        {"pw,w=চীনের,", new String[] {"সঙ্গে"}},
        {"pw,w=,,", new String[] {","}},
        {"pw,w=১,", new String[] {"২,৩"}},
        {"pw,w=১,২,", new String[] {"৩"}},
        {"w,nw=চীন,", new String[] {"ও"}},
        {"pw,w=বেলজিয়াম,", new String[] {}},
        {"pw,w=চী,", new String[] {}},
        {"zz", new String[] {}},
    };
    for (Object[] row : rows) {
      Map<String, Context> found = table.withPrefix((String) row[0]);
      assertThat(found.keySet()).as((String) row[0]).containsExactlyInAnyOrder((String[]) row[1]);
      for (String second : (String[]) row[1]) {
        assertThat(found.get(second)).isSameAs(table.get(row[0] + second));
      }
    }
  }

  @Test
  void randomTablesAnswerAsTheirMaps() {
    Random random = new Random(11);
    String letters = "অআকখগ,=য়়";
    for (int round = 0; round < 200; round++) {
      Map<String, Context> map = new HashMap<>();
      int n = random.nextInt(300);
      for (int i = 0; i < n; i++) {
        map.put(word(random, letters), context(random.nextGaussian()));
      }
      PredicateTable table = PredicateTable.of(map);
      for (int probe = 0; probe < 300; probe++) {
        String name = word(random, letters);
        Context expected = map.get(name);
        Context actual = table.get(name);
        if (expected == null) {
          assertThat(actual).as(name).isNull();
        } else {
          assertThat(actual.getParameters()).as(name).containsExactly(expected.getParameters());
        }
        Map<String, Context> run = table.withPrefix(name);
        Map<String, Context> fromMap = new HashMap<>();
        map.forEach((k, v) -> {
          if (k.startsWith(name)) {
            fromMap.put(k.substring(name.length()), v);
          }
        });
        assertThat(run.keySet()).as(name).isEqualTo(fromMap.keySet());
      }
    }
  }

  private static String word(Random random, String letters) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }

  @Test
  void arraysThatDoNotMakeATableAreRefused() {
    char[] names = "w=aw=b".toCharArray();
    int[] outcomes = {0, 1};
    double[] weights = {1, 2};
    StringIndex two = new StringIndex(names, new int[] {3, 6});
    assertThat(new PredicateTable(two, new int[] {1, 2}, outcomes, weights).get("w=b").getParameters()).containsExactly(2);
    assertThatThrownBy(() -> new StringIndex(names, new int[] {3, 5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strings end at 5 of 6");
    assertThatThrownBy(() -> new StringIndex(names, new int[] {3, 7}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past 6");
    assertThatThrownBy(() -> new StringIndex("w=bw=a".toCharArray(), new int[] {3, 6}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'w=a' (1) not after 'w=b'");
    assertThatThrownBy(() -> new StringIndex("w=aw=a".toCharArray(), new int[] {3, 6}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'w=a' (1) not after 'w=a'");
    assertThatThrownBy(() -> new PredicateTable(two, new int[] {2, 1}, outcomes, weights))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight ends going back");
    assertThatThrownBy(() -> new PredicateTable(two, new int[] {1}, outcomes, weights))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different lengths");
  }
}

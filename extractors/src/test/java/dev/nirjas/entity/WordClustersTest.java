package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The word clusters' table as the name finder reads it, and what the shipped table holds. */
class WordClustersTest {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  private static String nf(String s) {
    return NORMALIZER.normalize(s).text();
  }

  private static final WordClusters SMALL = WordClusters.parse("small.tsv", String.join("\n",
      "form\t4\t16",
      nf("ঢাকা") + "\t1\t9",
      nf("রাজশাহী") + "\t1\t10",
      nf("ঢাকায়") + "\t2\t3",
      nf("বলেন") + "\t3\t15"));

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ঢাকা     | c4=1 c16=9
      রাজশাহী  | c4=1 c16=10
      রাজশাহীর | c4=1 c16=10
      রাজশাহীতে | c4=1 c16=10
      ঢাকায়    | c4=2 c16=3
      বলেন     | c4=3 c16=15
      খুলনা    |
      খুলনার   |
      ,        |
      """)
  void aFormHasItsClustersElseItsStemsElseNone(String form, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(" "));

    assertThat(SMALL.of(nf(form))).containsExactlyElementsOf(want);
  }

  @Test
  void theFeatureStringsAreSharedNotBuiltPerLookup() {
    assertThat(SMALL.of(nf("ঢাকা"))[0]).isSameAs(SMALL.of(nf("রাজশাহী"))[0]);
  }

  static Stream<Arguments> malformedTables() {
    return Stream.of(
        Arguments.of("ঢাকা\t1\t2", "first row must be 'form'"),
        Arguments.of("form\t4\nঢাকা\t1\t2", "row 1 has 3 columns, not 2"),
        Arguments.of("form\t4\t8\nঢাকা\t1", "row 1 has 2 columns, not 3"),
        Arguments.of("form\t4\nঢাকা\t4", "row 1: no cluster 4 of 4"),
        Arguments.of("form\t4\nঢাকা\tক", "row 1: not a cluster number"),
        Arguments.of("form\t4\nঢাকা", "row 1 has no clusters"),
        Arguments.of("# only a comment\n", "empty"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("malformedTables")
  void theFastReaderRefusesAMalformedTableWithItsReason(String text, String reason) {
    assertThatThrownBy(() -> WordClusters.parse("t.tsv", text))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(reason);
  }

  @Test
  void theFastReaderSkipsCommentsAndReadsEveryRowWhateverTheLineEnds() {
    WordClusters t = WordClusters.parse("t.tsv", "# a comment\r\nform\t4\t16\r\nঢাকা\t1\t9\n\nবলেন\t3\t15");

    assertThat(t.size()).isEqualTo(2);
    assertThat(t.of("ঢাকা")).containsExactly("c4=1", "c16=9");
    assertThat(t.of("বলেন")).containsExactly("c4=3", "c16=15");
  }

  /** The shipped table read by the project's generic table reader, as the oracle of the fast one. */
  @Test
  void theFastReaderReadsTheShippedTableAsTheGenericReaderDoes() {
    List<String[]> rows = Resources.table(WordClusters.class, "bn-word-clusters.tsv");
    String[] header = rows.get(0);
    WordClusters fast = WordClusters.standard();

    assertThat(header).containsExactly("form", "32", "128", "512");
    assertThat(fast.size()).isEqualTo(rows.size() - 1);
    for (String[] row : rows.subList(1, rows.size())) {
      String[] expected = new String[header.length - 1];
      for (int i = 1; i < header.length; i++) {
        expected[i - 1] = "c" + header[i] + "=" + row[i];
      }
      assertThat(fast.of(row[0])).as(row[0]).containsExactly(expected);
    }
  }

  @Test
  void neighboursGiveTheirClustersWithTheirPlace() {
    String[] tokens = {nf("শহর"), nf("রাজশাহীতে"), nf("বলেন")};
    List<String> features = new ArrayList<>();
    new BengaliNameFeatures(Map.<String, String>of()::get, SMALL, 1, 1, 0).createFeatures(features, tokens, 1, new String[1]);

    assertThat(features).contains("c4=1", "c16=10", "n1c4=3", "n1c16=15")
        .noneMatch(f -> f.startsWith("p1c"));
  }

  /**
   * What the shipped table learnt from unlabelled text, checked by hand: words of one kind share a
   * coarse cluster (32), and the kinds are apart. A retrained table that loses this fails here.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Bangladesh's divisions | চট্টগ্রাম রাজশাহী খুলনা সিলেট বরিশাল
      countries              | চীন জাপান ফ্রান্স ভারত
      """)
  void theShippedTableGroupsWordsOfOneKind(String kind, String words) {
    WordClusters standard = WordClusters.standard();
    var coarse = Arrays.stream(words.split(" ")).map(w -> standard.of(nf(w))).map(f -> f.length == 0 ? "none" : f[0])
        .collect(Collectors.toSet());

    assertThat(coarse).as(kind).hasSize(1).doesNotContain("none");
  }

  @Test
  void theShippedTableKeepsDivisionsAndCountriesApart() {
    WordClusters standard = WordClusters.standard();

    assertThat(standard.size()).isGreaterThan(30_000);
    assertThat(standard.of(nf("রাজশাহী"))[0]).isNotEqualTo(standard.of(nf("জাপান"))[0]);
    assertThat(standard.of(nf("রাজশাহী"))).hasSize(3);
    assertThat(standard.of(nf("রাজশাহী"))[0]).startsWith("c32=");
  }

  /** Forms whose hashes collide ("Aa" and "BB" hash alike) each keep their row; a form met twice, its last. */
  @Test
  void collidingFormsKeepTheirRowsAndARepeatedFormItsLast() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    WordClusters t = WordClusters.parse("t.tsv", "form\t4\t16\nAa\t1\t2\nBB\t3\t4\nAaBB\t0\t5\nBBAa\t2\t6\nAa\t3\t15");

    assertThat(t.size()).isEqualTo(4);
    assertThat(t.of("Aa")).containsExactly("c4=3", "c16=15");
    assertThat(t.of("BB")).containsExactly("c4=3", "c16=4");
    assertThat(t.of("AaBB")).containsExactly("c4=0", "c16=5");
    assertThat(t.of("BBAa")).containsExactly("c4=2", "c16=6");
    assertThat(t.of("AaAa")).isEmpty();
    assertThat(t.of("")).isEmpty();
  }

  private static byte[] resource(String name) throws java.io.IOException {
    try (java.io.InputStream in = WordClusters.class.getResourceAsStream(name)) {
      assertThat(in).as(name + " beside WordClusters (the build compiles it: extractors' process-classes)").isNotNull();
      return in.readAllBytes();
    }
  }

  /** The build's compiled table against the table: every form's features the same, in the same order. */
  @Test
  void theCompiledTableIsTheTable() throws java.io.IOException {
    byte[] table = resource(WordClusters.TABLE);
    byte[] compiled = resource(WordClusters.COMPILED);
    WordClusters fromCompiled = WordClusters.compiled(compiled, table);
    WordClusters parsed = WordClusters.parse("t.tsv", new String(table, java.nio.charset.StandardCharsets.UTF_8));

    assertThat(fromCompiled).isNotNull();
    assertThat(fromCompiled.size()).isEqualTo(parsed.size()).isGreaterThan(30_000);
    assertThat(parsed.compile(table)).as("the same file from the same table").isEqualTo(compiled);
    for (String[] row : Resources.table(WordClusters.class, WordClusters.TABLE).subList(1, parsed.size() + 1)) {
      assertThat(fromCompiled.of(row[0])).as(row[0]).containsExactly(parsed.of(row[0]));
    }
    for (String form : new String[] {nf("রাজশাহীতে"), nf("ঢাকার"), "Aa", "", nf("কখগঘ")}) {
      assertThat(fromCompiled.of(form)).as(form).containsExactly(parsed.of(form));
    }
  }

  @Test
  void aCompiledTableOfOtherBytesIsNotTakenAndADamagedOneIsRefused() throws java.io.IOException {
    String text = "form\t4\t16\nঢাকা\t1\t9\nবলেন\t3\t15\n";
    byte[] table = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] compiled = WordClusters.parse("t.tsv", text).compile(table);
    assertThat(WordClusters.compiled(compiled, table).of("বলেন")).containsExactly("c4=3", "c16=15");

    byte[] edited = table.clone();
    edited[edited.length - 2] = '4'; // বলেন in cluster 14
    assertThat(WordClusters.compiled(compiled, edited)).isNull();
    for (int at : new int[] {20, compiled.length / 2, compiled.length - 10}) {
      byte[] damaged = compiled.clone();
      damaged[at] ^= 4;
      assertThatThrownBy(() -> WordClusters.compiled(damaged, table)).as("byte " + at)
          .isInstanceOf(java.io.IOException.class).hasMessageContaining("CRC-32");
    }
    assertThatThrownBy(() -> WordClusters.compiled(java.util.Arrays.copyOf(compiled, 12), table))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("format 1");
    // counts out of reach in a file whose CRC-32 holds: refused before anything is made
    for (int[] change : new int[][] {{16, 1 << 30}, {16, 0}, {28, 1 << 30}, {28, -1}}) { // granularities, forms
      byte[] sealed = compiled.clone();
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(sealed);
      b.putInt(change[0], change[1]);
      b.putLong(sealed.length - 8, BuildFile.crc(sealed, 0, sealed.length - 8));
      assertThatThrownBy(() -> WordClusters.compiled(sealed, table)).as(change[0] + " = " + change[1])
          .isInstanceOf(java.io.IOException.class);
    }
  }
}

package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.testing.CorpusTable;
import dev.nirjas.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The name finder's Bengali features, input beside output ({@code name-features.tsv}), with a
 * word-class lookup written here, so the table does not move when the lexicon grows.
 */
class OpenNlpNameFeaturesTest {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Map<String, String> CLASSES = Map.of(
      nf("প্রধানমন্ত্রী"), "TITLE", nf("বাংলাদেশ"), "COUNTRY", nf("ঢাকা"), "PLACE");

  /** As tokens' forms are: the table may spell য় either way. */
  private static String nf(String s) {
    return NORMALIZER.normalize(s).text();
  }

  static Stream<Arguments> rows() {
    return CorpusTable.arguments(OpenNlpNameFeaturesTest.class, "name-features.tsv");
  }

  @ParameterizedTest
  @MethodSource("rows")
  void featuresOfAToken(String[] row) {
    String[] tokens = Arrays.stream(row[1].split(" ")).map(OpenNlpNameFeaturesTest::nf).toArray(String[]::new);
    int index = Integer.parseInt(row[2]);
    List<String> expected = Arrays.stream(row[3].split(" ")).map(OpenNlpNameFeaturesTest::nf).toList();

    List<String> features = new ArrayList<>();
    new BengaliNameFeatures(CLASSES::get, 1, 2).createFeatures(features, tokens, index, new String[index]);

    assertThat(features).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aWiderWindowReachesTwoTokensAway() {
    String[] tokens = {nf("প্রধানমন্ত্রী"), nf("শেখ"), nf("হাসিনা")};
    List<String> features = new ArrayList<>();
    new BengaliNameFeatures(CLASSES::get, 2, 0).createFeatures(features, tokens, 2, new String[2]);

    assertThat(features).contains("p2wc=TITLE", "p1w=" + nf("শেখ")).doesNotContain("n2=</s>");
  }

  @Test
  void beyondTheWordWindowOnlyClassesAndShapesCount() {
    // The shipped model's shape: words ±1, classes wider would be (1, 2).
    String[] tokens = {nf("প্রধানমন্ত্রী"), nf("শেখ"), nf("হাসিনা")};
    List<String> features = new ArrayList<>();
    new BengaliNameFeatures(CLASSES::get, 1, 2, 0).createFeatures(features, tokens, 2, new String[2]);

    assertThat(features).contains("p2wc=TITLE", "p2k=bn", "p1w=" + nf("শেখ"))
        .doesNotContain("p2w=" + nf("প্রধানমন্ত্রী"));
  }

  @Test
  void aClassWindowNarrowerThanTheWordWindowIsRefused() {
    assertThatThrownBy(() -> new BengaliNameFeatures(CLASSES::get, 2, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCacheFollowsTheSentenceNotTheLength() {
    // Two sentences of one length one after the other: the second must not see the first's features.
    BengaliNameFeatures generator = new BengaliNameFeatures(CLASSES::get, 1, 0);
    List<String> first = new ArrayList<>();
    generator.createFeatures(first, new String[] {nf("ঢাকা")}, 0, new String[0]);
    List<String> second = new ArrayList<>();
    generator.createFeatures(second, new String[] {nf("বাংলাদেশ")}, 0, new String[0]);

    assertThat(first).contains("wc=PLACE");
    assertThat(second).contains("wc=COUNTRY").doesNotContain("wc=PLACE");
  }
}

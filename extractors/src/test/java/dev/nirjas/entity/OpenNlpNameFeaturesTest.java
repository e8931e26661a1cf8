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

  /**
   * What {@link FormWeights} sums per form ({@link BengaliNameFeatures#formFeatures}, its names in
   * two parts) is what {@code createFeatures} gives a token, feature for feature and in its order
   * (the sums' last bits follow the order): the token's own features, then each neighbour's, the
   * one before ({@code p1…}) then the one after ({@code n1…}), or the sentence's edge.
   */
  @Test
  void theFeaturesPerFormAreTheTokensFeatures() {
    List<String[]> sentences = Stream.of(
            "প্রধানমন্ত্রী শেখ হাসিনা ১৯৭১ সালে ঢাকায় বেলজিয়ামের রাজধানী ব্রাসেলস সফর করেছিলেন ।",
            "চীনের সঙ্গে বাংলাদেশের বাণিজ্য ৫১ কোটি ৭৬ লাখ টাকা , WTO ও ডব্লিউটিও-র সদস্য ।",
            "ক কক ২৫শে (Belgium) Xi জিনপিং-এর ৳৫০০")
        .map(line -> Arrays.stream(line.split(" ")).map(OpenNlpNameFeaturesTest::nf).toArray(String[]::new))
        .toList();
    List<BengaliNameFeatures> setups = List.of(
        new BengaliNameFeatures(WordClasses.standard(), WordClusters.standard(), 1, 1, 4), // the bundled model's
        new BengaliNameFeatures(CLASSES::get, 1, 2),
        new BengaliNameFeatures(CLASSES::get, 2, 0),
        new BengaliNameFeatures(CLASSES::get, 1, 3, 1));
    for (BengaliNameFeatures f : setups) {
      for (String[] tokens : sentences) {
        for (int i = 0; i < tokens.length; i++) {
          List<String> expected = new ArrayList<>();
          f.createFeatures(expected, tokens, i, new String[i]);
          assertThat(perForm(f, tokens, i)).as("token %d of %s", i, String.join(" ", tokens)).isEqualTo(expected);
        }
      }
    }
  }

  /** A token's features put together from its own form's and its neighbours' per-form features. */
  private static List<String> perForm(BengaliNameFeatures f, String[] tokens, int i) {
    List<String> out = new ArrayList<>(featuresOf(f, tokens[i], 0));
    for (int d = 1; d <= f.classWindow(); d++) {
      if (i - d >= 0) {
        out.addAll(featuresOf(f, tokens[i - d], 2 * d - 1));
      } else if (d == 1) {
        out.add(BengaliNameFeatures.PREVIOUS_EDGE);
      }
      if (i + d < tokens.length) {
        out.addAll(featuresOf(f, tokens[i + d], 2 * d));
      } else if (d == 1) {
        out.add(BengaliNameFeatures.NEXT_EDGE);
      }
    }
    return out;
  }

  private static List<String> featuresOf(BengaliNameFeatures f, String form, int group) {
    List<String> out = new ArrayList<>();
    f.formFeatures(form, (g, prefix, s, from, to) -> {
      if (g == group) {
        out.add(prefix + s.substring(from, to));
      }
    });
    return out;
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

package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FormWeights}' sums of a form against the same features added one by one: the class
 * features' sums kept per class (shape, word class, clusters) must be the very bits.
 */
class FormWeightsTest {
  private static PredicateTable predicates;
  private static String[] outcomes;

  @BeforeAll
  static void load() {
    TokenNameFinderModel model = OpenNlpNameFinder.standard().model();
    PerceptronModel weights = (PerceptronModel) model.getArtifact(NameDecoder.WEIGHTS_ENTRY);
    predicates = PredicateTable.of(NameDecoder.predicatesOf(weights));
    outcomes = NameDecoder.outcomesOf(weights);
  }

  /**
   * The bundled descriptor's features (bn-name-features.xml), taken from the generators the
   * project builds for it, so that the sums below are of the very features FormWeights sums.
   */
  private static BengaliNameFeatures bundledFeatures() {
    CachedFeatureGenerator cached = (CachedFeatureGenerator) BengaliNameFeatures.describedByBundledXml();
    AggregatedFeatureGenerator parts = (AggregatedFeatureGenerator) cached.getCachedFeatureGenerator();
    return (BengaliNameFeatures) parts.getGenerators().iterator().next();
  }

  /** Each feature looked up and added on its own, in the generator's order. */
  private static double[] oneByOne(String form) {
    int k = outcomes.length;
    double[] sums = new double[3 * k];
    bundledFeatures().formFeatures(form, (group, prefix, s, from, to) -> {
      int i = predicates.indexOf(prefix, s, from, to);
      if (i >= 0) {
        predicates.addWeights(i, sums, group * k);
      }
    });
    return sums;
  }

  @Test
  void aFormsSumsAreThoseOfItsFeaturesAddedOneByOne() {
    FormWeights weights = FormWeights.of(predicates, outcomes,
        BengaliNameFeatures.describedByBundledXml(), c -> new Context[outcomes.length]);
    String[] forms = {
        // forms the model knows (their word features come before the class features)
        "বাংলাদেশের", "ঢাকা", "সালে", "প্রধানমন্ত্রী", "শেখ",
        // rare or made-up forms: no word feature, their class features from sums kept per class
        "ঝুরঙ্গিপুরের", "ঝুরঙ্গিপুরে", "কল্পনাপুরী", "কল্পনাপুরীতে", "গ্রন্থাগারসমূহের",
        // other shapes: Latin, digits, mixed, punctuation, a single char
        "Belgium", "belgium", "১৯৭১", "2018", "২০১৮-র", "।", "(", "ক",
    };
    for (String form : forms) {
      assertThat(weights.form(form).weights()).as(form).isEqualTo(oneByOne(form));
    }
    // the second pass takes every form from the store, the same
    for (String form : forms) {
      assertThat(weights.form(form).weights()).as(form).isEqualTo(oneByOne(form));
    }
    assertThat(weights.classesKept()).as("classes kept").isPositive();
  }
}

package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.nirjas.MentionType;
import dev.nirjas.NormalizedText;
import dev.nirjas.Token;
import dev.nirjas.entity.NerCorpus.TaggedSentence;
import dev.nirjas.text.Segmenter;
import dev.nirjas.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped model ({@code bn-names.bin}): its scores, on a sample that ships with the tests and on
 * the full test split where it is present, and its thread safety.
 */
class OpenNlpNameFinderTest {
  /**
   * F1 of the shipped model on {@code ner-sample/test-first-300.tsv}: 67.97 with the beam of 3 it
   * was trained with, 67.27 greedy (docs/ENTITIES.md), less a margin of about half a point: a
   * retrain that scores lower fails here.
   */
  private static final double SAMPLE_F1 = 66.7;

  /** F1 on the full test split: 64.77 with a beam of 3, 64.36 greedy, less a little. */
  private static final double TEST_SPLIT_F1 = 63.8;

  private static List<TaggedSentence> sample;

  @BeforeAll
  static void readSample() {
    sample = NerSample.sentences();
  }

  /**
   * The model decoded as the pipeline decodes it (greedy: sample 67.27, split 64.36) and with the
   * beam it was trained with (3: 67.97 and 64.77): both above the floors.
   */
  @ParameterizedTest(name = "beam {0}")
  @CsvSource({"1", "3"})
  void theShippedModelScoresOnTheSampleWhatItScoredWhenTrained(int beam) {
    NameScores scores = NameModelTraining.evaluate(OpenNlpNameFinder.standard().withBeam(beam), sample);

    assertThat(sample).hasSize(300);
    assertThat(scores.overall().f1()).as(scores.table()).isGreaterThanOrEqualTo(SAMPLE_F1);
  }

  @ParameterizedTest(name = "beam {0}")
  @CsvSource({"1", "3"})
  void theShippedModelScoresOnTheFullTestSplitWhatTheDocsSay(int beam) throws IOException {
    Path split = sharedTestSplit();
    assumeThat(split).as("../shared/ner/test.tsv is not next to the project (or a directory above it)").isNotNull();

    NameScores scores = NameModelTraining.evaluate(OpenNlpNameFinder.standard().withBeam(beam), NerCorpus.read(split));

    assertThat(scores.overall().gold()).as("names in the test split").isEqualTo(2561);
    assertThat(scores.overall().f1()).as(scores.table()).isGreaterThanOrEqualTo(TEST_SPLIT_F1);
  }

  /**
   * The figure to beat, measured alike: the dataset paper's bidirectional GRU, its own predictions on
   * the test split scored by conlleval on the corpus's words, 64.30 F1 ({@link TaggedPredictionsTest};
   * its "72.66" is another measure, the mean of the per-tag F1). The shipped model on the same words
   * and by the same scorer: 64.92 greedy (as the pipeline decodes), 65.30 with a beam of 3.
   */
  @ParameterizedTest(name = "beam {0}")
  @CsvSource({"1", "3"})
  void theShippedModelBeatsThePapersModelByTheSameScorerOnTheSameWords(int beam) throws IOException {
    Path split = sharedTestSplit();
    assumeThat(split).as("../shared/ner/test.tsv is not next to the project (or a directory above it)").isNotNull();

    NameScores ours = TaggedPredictions.of(OpenNlpNameFinder.standard().withBeam(beam), split).names();
    NameScores paper = TaggedPredictionsTest.paperPredictions().names();

    assertThat(ours.overall().gold()).as("the same gold names").isEqualTo(paper.overall().gold());
    assertThat(ours.overall().f1()).as(ours.table()).isGreaterThan(paper.overall().f1());
  }

  @Test
  void aBeamIsTheModelsOwnUnlessAskedAndEachIsMadeOnce() {
    OpenNlpNameFinder standard = OpenNlpNameFinder.standard();

    assertThat(standard.beam()).as("the bundled model's manifest").isEqualTo(3);
    assertThat(standard.withBeam(3)).isSameAs(standard);
    assertThat(standard.withBeam(1).beam()).isEqualTo(1);
    assertThat(standard.withBeam(1)).isSameAs(standard.withBeam(1));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> standard.withBeam(0))
        .isInstanceOf(IllegalArgumentException.class);
    OpenNlpNameFinder openNlpOnly = new OpenNlpNameFinder(standard.model(), null);
    assertThat(openNlpOnly.takesBeam()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> openNlpOnly.withBeam(1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * {@code ../shared/ner/test.tsv} beside the project root, or beside a directory above it (a git
   * worktree in a subdirectory of the main checkout's parent); null when there is none.
   */
  private static Path sharedTestSplit() {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isRegularFile(root.resolve("nirjas"))) {
      root = root.getParent(); // surefire runs in extractors/; the root holds the launcher
    }
    for (Path dir = root == null ? null : root.getParent(); dir != null; dir = dir.getParent()) {
      Path split = dir.resolve("shared/ner/test.tsv");
      if (Files.isRegularFile(split)) {
        return split;
      }
    }
    return null;
  }

  /**
   * The decoder against OpenNLP's own {@code NameFinderME} on every sentence of the sample: summing
   * the features token by token, the same names, types and probabilities to the last bit (a
   * difference in the sums' order would show in the probabilities first); summing them per form
   * (the default), the same names and types, probabilities equal but for rounding.
   */
  @Test
  void theDecoderFindsWhatOpenNlpsNameFinderFinds() {
    TokenNameFinderModel model = OpenNlpNameFinder.standard().model();
    OpenNlpNameFinder openNlp = new OpenNlpNameFinder(model, null);
    OpenNlpNameFinder tokenByToken = new OpenNlpNameFinder(model, NameDecoder.of(model, false));
    OpenNlpNameFinder perForm = OpenNlpNameFinder.standard();
    int names = 0;
    for (TaggedSentence t : sample) {
      List<NameSpan> expected = openNlp.find(t.tokens());
      assertThat(tokenByToken.find(t.tokens())).as("%s", t.tokens()).isEqualTo(expected);
      assertSameNames(perForm.find(t.tokens()), expected);
      names += expected.size();
    }
    assertThat(names).as("names the sample gives the model to find").isGreaterThan(200);
  }

  private static void assertSameNames(List<NameSpan> actual, List<NameSpan> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      NameSpan a = actual.get(i);
      NameSpan e = expected.get(i);
      assertThat(List.of(a.first(), a.end(), a.type())).isEqualTo(List.of(e.first(), e.end(), e.type()));
      assertThat(a.probability()).isCloseTo(e.probability(), within(1e-12));
    }
  }

  @Test
  void eightThreadsFindWhatOneThreadFinds() throws Exception {
    OpenNlpNameFinder finder = OpenNlpNameFinder.standard();
    List<List<NameSpan>> alone = new ArrayList<>();
    for (TaggedSentence t : sample) {
      alone.add(finder.find(t.tokens()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<NameSpan>>>> runs = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int offset = thread * sample.size() / 8; // each thread starts elsewhere in the sample
        runs.add(pool.submit(() -> {
          List<List<NameSpan>> found = new ArrayList<>(sample.size());
          for (int i = 0; i < sample.size(); i++) {
            found.add(null);
          }
          for (int i = 0; i < sample.size(); i++) {
            int k = (offset + i) % sample.size();
            found.set(k, finder.find(sample.get(k).tokens()));
          }
          return found;
        }));
      }
      for (Future<List<List<NameSpan>>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone).anySatisfy(names -> assertThat(names).isNotEmpty());
  }

  @Test
  void aSentenceIsReadAloneWhateverCameBefore() {
    // Adaptive data would let the previous sentence change this one's names; it is cleared per call.
    OpenNlpNameFinder finder = OpenNlpNameFinder.standard();
    List<Token> sentence = sample.get(1).tokens();
    List<NameSpan> fresh = finder.find(sentence);
    for (TaggedSentence t : sample.subList(2, 40)) {
      finder.find(t.tokens());
    }
    assertThat(finder.find(sentence)).isEqualTo(fresh);
  }

  @Test
  void namesAreInOrderWithinTheSentenceAndOfTheThreeTypes() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.standard();
    for (TaggedSentence t : sample) {
      int previousEnd = 0;
      for (NameSpan n : finder.find(t.tokens())) {
        assertThat(n.first()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(n.end()).isLessThanOrEqualTo(t.tokens().size());
        assertThat(n.type()).isIn(MentionType.PERSON, MentionType.LOCATION, MentionType.ORGANIZATION);
        assertThat(n.probability()).isBetween(0.0, 1.0);
        previousEnd = n.end();
      }
    }
  }

  @Test
  void findsTheNamesOfAPlainSentence() {
    // The pipeline's own tokens (normalizer, segmenter), not the corpus reader's.
    String text = "প্রধানমন্ত্রী শেখ হাসিনা আজ ঢাকায় জাতিসংঘের মহাসচিবের সঙ্গে বৈঠক করেন।";
    NormalizedText nt = new TextNormalizer().normalize(text);
    List<Token> tokens = new Segmenter().tokenize(nt);

    List<String> found = new ArrayList<>();
    for (NameSpan n : OpenNlpNameFinder.standard().find(tokens)) {
      found.add(n.type() + " " + text.substring(tokens.get(n.first()).start(), tokens.get(n.end() - 1).end()));
    }
    assertThat(found).contains("PERSON শেখ হাসিনা", "LOCATION ঢাকায়");
  }

  @Test
  void anEmptySentenceHasNoNames() {
    assertThat(OpenNlpNameFinder.standard().find(List.of())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "per, PERSON",
      "loc, LOCATION",
      "org, ORGANIZATION",
      "tim, ",       // times are the time stage's
      "PER, ",       // the model's types are lower case; anything else is not ours
      "misc, ",
  })
  void modelTypes(String modelType, MentionType expected) {
    assertThat(OpenNlpNameFinder.typeOf(modelType)).isEqualTo(expected);
    if (expected != null) {
      assertThat(OpenNlpNameFinder.modelType(expected)).isEqualTo(modelType);
    }
  }
}

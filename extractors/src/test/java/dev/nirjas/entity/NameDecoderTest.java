package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NameDecoder} against OpenNLP's own {@link BeamSearch}, run as {@code NameFinderME} runs it,
 * at beams other than the model's: the shortest sentences, random ones, and the beam's edges (a
 * beam of one, where the validator often rejects the only candidate and every valid outcome is
 * taken instead; a beam wider than the outcomes, where every outcome is a candidate and ties come
 * from outcomes no feature of the token scores). Summing token by token, every span and
 * probability must be OpenNLP's to the last bit.
 */
class NameDecoderTest {
  private static TokenNameFinderModel model;
  private static List<String[]> sentences;

  @BeforeAll
  static void load() {
    model = OpenNlpNameFinder.standard().model();
    sentences = NerSample.sentenceForms();
  }

  @Test
  void formWeightsKeptWithTheTokensGiveWhatTheMapGives() {
    NameDecoder decoder = NameDecoder.of(model, true);
    Vocabulary vocabulary = new Vocabulary();
    for (int round = 0; round < 2; round++) { // the second round reads the weights kept with the forms
      for (String[] forms : sentences) {
        String text = String.join(" ", forms);
        List<Token> tokens = new ArrayList<>();
        tokens.add(new Token(0, 0, "।", TokenKind.PUNCTUATION)); // the sentence starts at 1 in the list
        int at = 0;
        for (String f : forms) {
          tokens.add(vocabulary.token(at, at + f.length(), text, at, at + f.length(), TokenKind.WORD));
          at += f.length() + 1;
        }
        assertSame(decoder.find(tokens, 1, tokens.size()), decoder.find(forms), forms);
      }
    }
    assertThat(vocabulary.size()).isGreaterThan(1_000);
  }

  /**
   * As the pipeline decodes (the weights summed per form, a beam of one: {@code greedy}), the names
   * are OpenNLP's at beam 1, their probabilities equal to rounding (the sums are grouped per form,
   * so their last bits may differ).
   */
  @Test
  void perFormDecodingAtBeamOneFindsOpenNlpsNames() {
    NameDecoder decoder = NameDecoder.of(model, true, 1);
    OpenNlp openNlp = new OpenNlp(model, 1);
    int names = 0;
    for (String[] forms : sentences) {
      Span[] actual = decoder.find(forms);
      Span[] expected = openNlp.find(forms);
      assertThat(actual).as(String.join(" ", forms)).hasSameSizeAs(expected);
      for (int k = 0; k < expected.length; k++) {
        assertThat(actual[k].getStart()).isEqualTo(expected[k].getStart());
        assertThat(actual[k].getEnd()).isEqualTo(expected[k].getEnd());
        assertThat(actual[k].getType()).isEqualTo(expected[k].getType());
        assertThat(actual[k].getProb()).isCloseTo(expected[k].getProb(), org.assertj.core.data.Offset.offset(1e-9));
      }
      names += expected.length;
    }
    assertThat(names).isGreaterThan(200);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void aDecoderMadeForAnotherBeamDecodesAsOneBuiltForIt(int beam) {
    NameDecoder three = NameDecoder.of(model, false, 3);
    NameDecoder shared = three.withBeam(beam);
    NameDecoder built = NameDecoder.of(model, false, beam);
    assertThat(shared.beam()).isEqualTo(beam);
    assertThat(three.withBeam(3)).isSameAs(three);
    for (String[] forms : sentences) {
      assertSame(shared.find(forms), built.find(forms), forms);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 7, 10})
  void everySentenceAndItsFirstWordsAloneDecodeAsOpenNlpDecodesThem(int beam) {
    NameDecoder decoder = NameDecoder.of(model, false, beam);
    OpenNlp openNlp = new OpenNlp(model, beam);
    int names = 0;
    for (String[] forms : sentences) {
      for (String[] s : List.of(forms, prefix(forms, 1), prefix(forms, 2))) {
        Span[] expected = openNlp.find(s);
        assertSame(decoder.find(s), expected, s);
        names += expected.length;
      }
    }
    assertThat(names).isGreaterThan(200);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 10})
  void randomSentencesDecodeAsOpenNlpDecodesThem(int beam) {
    // Words out of their order, and tokens the model has no features for (Latin, symbols, digits):
    // sequences no training sentence had, and outcomes scored alike.
    List<String> words = new ArrayList<>(List.of("x", "ABC", "—", "১২৩", "%", "(", ")", "।", "a-b", "zzz"));
    for (String[] forms : sentences.subList(0, 60)) {
      words.addAll(List.of(forms));
    }
    NameDecoder decoder = NameDecoder.of(model, false, beam);
    OpenNlp openNlp = new OpenNlp(model, beam);
    Random random = new Random(beam);
    for (int k = 0; k < 400; k++) {
      String[] s = new String[1 + random.nextInt(12)];
      for (int i = 0; i < s.length; i++) {
        s[i] = words.get(random.nextInt(words.size()));
      }
      assertSame(decoder.find(s), openNlp.find(s), s);
    }
  }

  /**
   * Models of a few small integer weights, most of them zero, over a one-feature generator: many
   * outcomes score exactly alike, so hypotheses tie all along the sentence and which of them the
   * beam keeps, and which wins, is decided by the tie-breaking alone; and an invalid outcome often
   * scores best (a weight on {@code po=other} for {@code per-cont}), so with a narrow beam no
   * candidate may follow and every valid outcome is taken instead.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5})
  void tiedAndInvalidCandidatesAreTakenAsOpenNlpTakesThem(int beam) throws IOException {
    String[] outcomes = {"other", "per-start", "per-cont", "loc-start", "loc-cont"};
    String[] words = {"a", "b", "c", "d"}; // d: no weights of its own
    List<String> predicates = new ArrayList<>(List.of("w=a", "w=b", "w=c"));
    for (String o : outcomes) {
      predicates.addAll(List.of("po=" + o, "ppo=" + o, "pow=" + o + ",a", "pow=" + o + ",b", "powf=" + o + ",lc"));
    }
    Random random = new Random(31 * beam);
    for (int m = 0; m < 20; m++) {
      TokenNameFinderModel tied = tiedModel(predicates, outcomes, random);
      NameDecoder decoder = NameDecoder.of(tied, false, beam);
      OpenNlp openNlp = new OpenNlp(tied, beam);
      NameFinderME finder = new NameFinderME(tied); // the model's beam: 3
      NameDecoder atThree = NameDecoder.of(tied, false);
      for (int k = 0; k < 100; k++) {
        String[] s = new String[1 + random.nextInt(9)];
        for (int i = 0; i < s.length; i++) {
          s[i] = words[random.nextInt(words.length)];
        }
        assertSame(decoder.find(s), openNlp.find(s), s);
        finder.clearAdaptiveData();
        assertSame(atThree.find(s), finder.find(s), s);
      }
    }
  }

  private static TokenNameFinderModel tiedModel(List<String> predicates, String[] outcomes, Random random)
      throws IOException {
    double[] weights = {0, 0, 0, 0, -1, 1, 2};
    Context[] params = new Context[predicates.size()];
    for (int p = 0; p < params.length; p++) {
      List<Integer> active = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (int o = 0; o < outcomes.length; o++) {
        double w = weights[random.nextInt(weights.length)];
        if (w != 0) {
          active.add(o);
          values.add(w);
        }
      }
      params[p] = new Context(active.stream().mapToInt(Integer::intValue).toArray(),
          values.stream().mapToDouble(Double::doubleValue).toArray());
    }
    PerceptronModel perceptron = new PerceptronModel(params, predicates.toArray(new String[0]), outcomes);
    byte[] descriptor = ("<featureGenerators name=\"tied\">"
        + "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/>"
        + "</featureGenerators>").getBytes(StandardCharsets.UTF_8);
    return new TokenNameFinderModel("bn", perceptron, 3, descriptor, Map.of(), Map.of(), new BioCodec(),
        new TokenNameFinderFactory(descriptor, Map.of(), new BioCodec()));
  }

  private static String[] prefix(String[] forms, int n) {
    return Arrays.copyOf(forms, Math.min(n, forms.length));
  }

  private static void assertSame(Span[] actual, Span[] expected, String[] sentence) {
    assertThat(NerSample.spans(actual)).as(String.join(" ", sentence)).isEqualTo(NerSample.spans(expected));
  }

  /**
   * OpenNLP's decoding at a given beam: {@code NameFinderME.find} with its {@code BeamSearch} built
   * here, since {@code NameFinderME} takes the beam from the model (its additional-context
   * generator, left out, adds nothing without additional context).
   */
  private static final class OpenNlp {
    private final BeamSearch search;
    private final NameContextGenerator context;
    private final SequenceCodec<String> codec;

    OpenNlp(TokenNameFinderModel model, int beam) {
      search = new BeamSearch(beam, (PerceptronModel) model.getArtifact("nameFinder.model"));
      context = model.getFactory().createContextGenerator();
      codec = model.getFactory().createSequenceCodec();
    }

    Span[] find(String[] tokens) {
      context.clearAdaptiveData(); // as OpenNlpNameFinder: each sentence alone
      Sequence best = search.bestSequence(tokens, null, context, codec.createSequenceValidator());
      Span[] spans = codec.decode(best.getOutcomes());
      double[] probs = best.getProbs();
      for (int k = 0; k < spans.length; k++) { // as NameFinderME.probs(Span[])
        double p = 0;
        for (int i = spans[k].getStart(); i < spans[k].getEnd(); i++) {
          p += probs[i];
        }
        p /= spans[k].length();
        spans[k] = new Span(spans[k], p);
      }
      return spans;
    }
  }
}

package dev.nirjas.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Decodes a sentence with a perceptron name-finder model the way OpenNLP's {@link NameFinderME}
 * does (its {@link BeamSearch}, its context generator's features, its sequence validator, its span
 * probabilities), with the same result to the last bit, at a fraction of the cost.
 *
 * <p>Why: under {@code NameFinderME} every hypothesis of the beam re-reads every feature of the
 * token: the context generator copies the token's twenty-odd feature strings into a new array, adds
 * four that depend on the hypothesis, and the model looks each up in its predicate map and adds its
 * weights. All but those four are the same for every hypothesis. Here the token's own features are
 * looked up and summed once per token; a hypothesis adds the weights of its four ({@code po=},
 * {@code pow=}, {@code powf=}, {@code ppo=}, each looked up once per token and outcome) to a copy
 * of that sum. The sums are made in {@code NameFinderME}'s order (the token's features in generator
 * order, then the four), so every double is the one OpenNLP computes, and the beam keeps its
 * hypotheses in the same {@link PriorityQueue} discipline, so ties break the same way.
 *
 * <p>Takes only a {@link PerceptronModel} with a sequence validator that reads only the last
 * outcome (OpenNLP's BIO and BILOU validators); {@link #of} says when a model is not one.
 * Thread-safe: the weights are read-only; the feature generators, which are not thread-safe, are
 * one per thread.
 */
final class NameDecoder {
  /** {@code BeamSearch}'s floor for a sequence's log score. */
  private static final double MIN_SEQUENCE_SCORE = -100000;
  private static final Context NONE = new Context(new int[0], new double[0]);

  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final int other;
  private final int beam;
  /** [previous outcome + 1][outcome]: may the outcome follow (row 0: at the sentence's start). */
  private final boolean[][] follows;
  private final Context[] previousOutcome; // po=
  private final Context[] outcomeBeforePrevious; // ppo=
  /** The powf= contexts by token class, per previous outcome; filled as classes come. */
  private final Map<String, Context[]> previousOutcomeWithTokenClass = new ConcurrentHashMap<>();
  private final SequenceCodec<String> codec;
  /** The weights per form, for the bundled model's feature layout; null: the generators below. */
  private final FormWeights formWeights;
  private final ThreadLocal<AdaptiveFeatureGenerator> generators;

  private NameDecoder(TokenNameFinderModel model, PerceptronModel weights, int beam, boolean perForm) {
    Object[] data = weights.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    this.predicates = pmap;
    this.outcomes = ((String[]) data[2]).clone();
    this.beam = beam;
    this.codec = model.getFactory().createSequenceCodec();
    this.generators = ThreadLocal.withInitial(() -> model.getFactory().createFeatureGenerators());
    this.formWeights = perForm
        ? FormWeights.of(pmap, outcomes, model.getFactory().createFeatureGenerators(), this::tokenClassContexts)
        : null;
    int o = -1;
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i].equals(NameFinderME.OTHER)) {
        o = i;
      }
    }
    if (o < 0) {
      throw new IllegalArgumentException("the model has no outcome '" + NameFinderME.OTHER + "'");
    }
    this.other = o;
    this.follows = follows(codec.createSequenceValidator(), outcomes);
    this.previousOutcome = new Context[outcomes.length];
    this.outcomeBeforePrevious = new Context[outcomes.length];
    for (int i = 0; i < outcomes.length; i++) {
      previousOutcome[i] = lookup("po=" + outcomes[i]);
      outcomeBeforePrevious[i] = lookup("ppo=" + outcomes[i]);
    }
  }

  /**
   * A decoder for the model, or null when the model is not one it can decode exactly (not a
   * perceptron): the caller then uses {@link NameFinderME}.
   */
  static NameDecoder of(TokenNameFinderModel model) {
    return of(model, true);
  }

  /**
   * @param perForm whether to sum the weights per form ({@link FormWeights}) where the model's
   *     features allow; false: from the feature generators, token by token, to the last bit as
   *     OpenNLP sums them
   */
  static NameDecoder of(TokenNameFinderModel model, boolean perForm) {
    String beamSize = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return of(model, perForm, beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize));
  }

  /** A decoder with a beam of its own rather than the model's. */
  static NameDecoder of(TokenNameFinderModel model, boolean perForm, int beam) {
    if (beam < 1) {
      throw new IllegalArgumentException("beam must be at least 1: " + beam);
    }
    MaxentModel weights = model.getArtifact("nameFinder.model");
    if (!(weights instanceof PerceptronModel perceptron)) {
      return null;
    }
    return new NameDecoder(model, perceptron, beam, perForm);
  }

  /** The validator's answers, asked with a history of at most one outcome. */
  private static boolean[][] follows(SequenceValidator<String> validator, String[] outcomes) {
    boolean[][] follows = new boolean[outcomes.length + 1][outcomes.length];
    String[] none = {};
    for (int next = 0; next < outcomes.length; next++) {
      follows[0][next] = validator.validSequence(0, none, new String[0], outcomes[next]);
      for (int last = 0; last < outcomes.length; last++) {
        follows[last + 1][next] = validator.validSequence(1, none, new String[] {outcomes[last]}, outcomes[next]);
      }
    }
    return follows;
  }

  private Context lookup(String predicate) {
    Context c = predicates.get(predicate);
    return c == null ? NONE : c;
  }

  /** The names in one sentence's token forms, with OpenNLP's types and probabilities. */
  Span[] find(String[] tokens) {
    int n = tokens.length;
    if (n == 0) {
      return new Span[0];
    }
    double[][] own = new double[n][];
    Context[][] withToken = new Context[n][]; // pow=, per token and previous outcome, on demand
    Context[][] withClass = new Context[n][]; // powf=
    if (formWeights != null) {
      formWeights.score(tokens, own, withToken, withClass);
    } else {
      ownScores(tokens, own);
      for (int i = 0; i < n; i++) {
        withClass[i] = tokenClassContexts(FeatureGeneratorUtil.tokenFeature(tokens[i]));
      }
    }
    PriorityQueue<Hypothesis> prev = new PriorityQueue<>(beam);
    PriorityQueue<Hypothesis> next = new PriorityQueue<>(beam);
    prev.add(Hypothesis.START);
    double[] scores = new double[outcomes.length];
    for (int i = 0; i < n; i++) {
      Context[] powf = withClass[i];
      int size = Math.min(beam, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < size; sc++) {
        Hypothesis top = prev.remove();
        int po = i > 0 ? top.outcome : other;
        int ppo = i > 1 ? top.parent.outcome : other;
        if (withToken[i] == null) {
          withToken[i] = new Context[outcomes.length];
        }
        Context pow = withToken[i][po];
        if (pow == null && formWeights == null) {
          pow = lookup("pow=" + outcomes[po] + "," + tokens[i]);
          withToken[i][po] = pow;
        }
        System.arraycopy(own[i], 0, scores, 0, scores.length);
        add(previousOutcome[po], scores);
        add(pow, scores);
        add(powf[po], scores);
        add(outcomeBeforePrevious[ppo], scores);
        normalize(scores, formWeights == null);

        double min = nthLargest(scores, beam);
        boolean[] valid = follows[i > 0 ? top.outcome + 1 : 0];
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min && valid[p]) {
            offer(next, top, p, scores[p]);
          }
        }
        if (next.isEmpty()) { // as BeamSearch: when none of the best may follow, every valid one
          for (int p = 0; p < scores.length; p++) {
            if (valid[p]) {
              offer(next, top, p, scores[p]);
            }
          }
        }
      }
      prev.clear();
      PriorityQueue<Hypothesis> swap = prev;
      prev = next;
      next = swap;
    }
    Hypothesis best = prev.remove();
    return spans(best, n);
  }

  private static void offer(PriorityQueue<Hypothesis> next, Hypothesis top, int outcome, double p) {
    Hypothesis h = new Hypothesis(top, outcome, p, top.score + StrictMath.log(p));
    if (h.score > MIN_SEQUENCE_SCORE) {
      next.add(h);
    }
  }

  /** Per token, the summed weights of its own features, in the feature generators' order. */
  private void ownScores(String[] tokens, double[][] own) {
    AdaptiveFeatureGenerator generator = generators.get();
    generator.clearAdaptiveData(); // a sentence's features never depend on the sentences before
    List<String> features = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      features.clear();
      generator.createFeatures(features, tokens, i, null);
      double[] sum = new double[outcomes.length];
      for (String f : features) {
        Context c = predicates.get(f);
        if (c != null) {
          add(c, sum);
        }
      }
      own[i] = sum;
    }
    generator.clearAdaptiveData(); // let the cached sentence go
  }

  /**
   * The {@code k}th largest score (the smallest when there are fewer): what {@code BeamSearch}
   * reads from a sorted copy, found without the copy.
   */
  static double nthLargest(double[] scores, int k) {
    if (k >= scores.length) {
      double min = scores[0];
      for (double s : scores) {
        min = Math.min(min, s);
      }
      return min;
    }
    double[] top = new double[k]; // descending
    java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
    for (double s : scores) {
      if (s > top[k - 1]) {
        int j = k - 1;
        while (j > 0 && top[j - 1] < s) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = s;
      }
    }
    return top[k - 1];
  }

  /** Lets the calling thread's feature generator go. */
  void release() {
    generators.remove();
  }

  /** The {@code powf=} contexts of a token class, per previous outcome; built once per class. */
  private Context[] tokenClassContexts(String tokenClass) {
    return previousOutcomeWithTokenClass.computeIfAbsent(tokenClass, k -> {
      Context[] byOutcome = new Context[outcomes.length];
      for (int o = 0; o < outcomes.length; o++) {
        byOutcome[o] = lookup("powf=" + outcomes[o] + "," + k);
      }
      return byOutcome;
    });
  }

  /** As OpenNLP's {@code ArrayMath.sumFeatures} with no values. */
  private static void add(Context c, double[] scores) {
    if (c == null) {
      return;
    }
    int[] active = c.getOutcomes();
    double[] weights = c.getParameters();
    for (int a = 0; a < active.length; a++) {
      scores[active[a]] += weights[a]; // OpenNLP multiplies by a value of 1: the same double
    }
  }

  /**
   * As {@code PerceptronModel}'s normalization: exp of the scores over the largest magnitude.
   *
   * @param strict with {@link StrictMath#exp}, as OpenNLP (else {@link Math#exp}, the intrinsic,
   *     which may differ in the last bit)
   */
  private static void normalize(double[] scores, boolean strict) {
    double max = 1;
    for (double s : scores) {
      if (max < StrictMath.abs(s)) {
        max = StrictMath.abs(s);
      }
    }
    double normal = 0;
    for (int o = 0; o < scores.length; o++) {
      scores[o] = strict ? StrictMath.exp(scores[o] / max) : Math.exp(scores[o] / max);
      normal += scores[o];
    }
    for (int o = 0; o < scores.length; o++) {
      scores[o] /= normal;
    }
  }

  /** The codec's spans of the best hypothesis, each with its tokens' mean probability. */
  private Span[] spans(Hypothesis best, int n) {
    String[] names = new String[n];
    double[] probs = new double[n];
    for (Hypothesis h = best; h.parent != null; h = h.parent) {
      names[h.length - 1] = outcomes[h.outcome];
      probs[h.length - 1] = h.probability;
    }
    Span[] spans = codec.decode(Arrays.asList(names));
    for (int s = 0; s < spans.length; s++) {
      double p = 0;
      for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
        p += probs[i];
      }
      p /= spans[s].length();
      spans[s] = new Span(spans[s], p);
    }
    return spans;
  }

  /** One hypothesis of the beam: an outcome for each token so far, as a chain back to the start. */
  private static final class Hypothesis implements Comparable<Hypothesis> {
    static final Hypothesis START = new Hypothesis(null, -1, 1, 0);

    final Hypothesis parent;
    final int outcome;
    final double probability;
    final double score;
    final int length;

    Hypothesis(Hypothesis parent, int outcome, double probability, double score) {
      this.parent = parent;
      this.outcome = outcome;
      this.probability = probability;
      this.score = score;
      this.length = parent == null ? 0 : parent.length + 1;
    }

    /** Best first, as OpenNLP's {@code Sequence}. */
    @Override
    public int compareTo(Hypothesis h) {
      return Double.compare(h.score, score);
    }
  }
}

package dev.nirjas.entity;

import dev.nirjas.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

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
 * order, then the four), so every double is the one OpenNLP computes, and the beam ({@link
 * BeamQueue}) keeps its hypotheses in the same {@link PriorityQueue} discipline, so ties break the
 * same way.
 *
 * <p>The search itself allocates nothing once a thread has decoded its longest sentence: a
 * hypothesis is a slot in the beam's primitive arrays, then a row in a per-thread table (outcome,
 * probability, parent row), so a path is a chain of rows rather than a copied list; the best path
 * is read back along the chain once, at the end. What a call still allocates is its result (and
 * what {@link FormWeights} allocates for the scores).
 *
 * <p>Takes only a {@link PerceptronModel} with a sequence validator that reads only the last
 * outcome (OpenNLP's BIO and BILOU validators); {@link #of} says when a model is not one.
 * Thread-safe: the weights are read-only; the feature generators, which are not thread-safe, and
 * the search's working arrays are one per thread.
 */
final class NameDecoder {
  /** {@code BeamSearch}'s floor for a sequence's log score. */
  private static final double MIN_SEQUENCE_SCORE = -100000;
  private static final Context NONE = new Context(new int[0], new double[0]);

  private final PredicateTable predicates;
  private final String[] outcomes;
  private final int other;
  private final int beam;
  /** [previous outcome + 1][outcome]: may the outcome follow (row 0: at the sentence's start). */
  private final boolean[][] follows;
  private final Context[] previousOutcome; // po=
  private final Context[] outcomeBeforePrevious; // ppo=
  /** The powf= contexts by token class, per previous outcome; filled as classes come. */
  private final Map<String, Context[]> previousOutcomeWithTokenClass;
  private final SequenceCodec<String> codec;
  /** The weights per form, for the bundled model's feature layout; null: the generators below. */
  private final FormWeights formWeights;
  private final ThreadLocal<AdaptiveFeatureGenerator> generators;
  /** Each thread's beam, table of hypotheses and path, reused sentence after sentence. */
  private final ThreadLocal<Scratch> scratch;
  /**
   * Per outcome, what {@code BioCodec.decode} makes of it ({@link #START}, {@link #CONTINUE},
   * {@link #OTHER}, or 0: nothing) and the type it gives a span; null when the codec is not BIO.
   */
  private final byte[] kinds;
  private final String[] types;

  private static final byte START = 1;
  private static final byte CONTINUE = 2;
  private static final byte OTHER = 3;
  /** {@code BioCodec}'s pattern for an outcome's type: what comes before the last {@code -suffix}. */
  private static final Pattern TYPED_OUTCOME = Pattern.compile("(.+)-\\w+");

  private NameDecoder(TokenNameFinderModel model, PerceptronModel weights, int beam, boolean perForm) {
    this(PredicateTable.of(predicatesOf(weights)), outcomesOf(weights), model.getFactory().createSequenceCodec(),
        () -> BengaliNameFeatures.generatorsOf(model), beam, perForm);
  }

  /** {@code TokenNameFinderModel}'s entry for the weights (private there). */
  static final String WEIGHTS_ENTRY = "nameFinder.model";

  /** {@return a perceptron's predicates: each one's outcomes and weights} */
  @SuppressWarnings("unchecked")
  static Map<String, Context> predicatesOf(PerceptronModel weights) {
    return (Map<String, Context>) weights.getDataStructures()[1];
  }

  /** {@return a copy of a perceptron's outcomes, in its order} */
  static String[] outcomesOf(PerceptronModel weights) {
    return ((String[]) weights.getDataStructures()[2]).clone();
  }

  /**
   * @param pmap each predicate's outcomes and weights
   * @param outcomes the model's outcomes, in its order
   * @param codec how outcomes make spans
   * @param newGenerators makes the model's feature generators (one per thread, and one for the
   *     weights per form)
   */
  private NameDecoder(PredicateTable pmap, String[] outcomes, SequenceCodec<String> codec,
      Supplier<AdaptiveFeatureGenerator> newGenerators, int beam, boolean perForm) {
    this.predicates = pmap;
    this.outcomes = outcomes;
    this.beam = beam;
    this.previousOutcomeWithTokenClass = new ConcurrentHashMap<>();
    this.codec = codec;
    this.generators = ThreadLocal.withInitial(newGenerators);
    this.formWeights = perForm
        ? FormWeights.of(pmap, outcomes, newGenerators.get(), this::tokenClassContexts)
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
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(outcomes.length, beam));
    if (codec.getClass() == BioCodec.class) {
      kinds = new byte[outcomes.length];
      types = new String[outcomes.length];
      for (int i = 0; i < outcomes.length; i++) { // BioCodec's tests, in its order
        String outcome = outcomes[i];
        kinds[i] = outcome.endsWith(BioCodec.START) ? START
            : outcome.endsWith(BioCodec.CONTINUE) ? CONTINUE
            : outcome.endsWith(BioCodec.OTHER) ? OTHER : 0;
        Matcher m = TYPED_OUTCOME.matcher(outcome);
        types[i] = m.matches() ? m.group(1) : null;
      }
    } else {
      kinds = null;
      types = null;
    }
    for (int i = 0; i < outcomes.length; i++) {
      previousOutcome[i] = lookup("po=" + outcomes[i]);
      outcomeBeforePrevious[i] = lookup("ppo=" + outcomes[i]);
    }
  }

  /** A decoder of the same model with another beam, sharing every table but its scratch. */
  private NameDecoder(NameDecoder same, int beam) {
    this.predicates = same.predicates;
    this.outcomes = same.outcomes;
    this.other = same.other;
    this.beam = beam;
    this.follows = same.follows;
    this.previousOutcome = same.previousOutcome;
    this.outcomeBeforePrevious = same.outcomeBeforePrevious;
    this.previousOutcomeWithTokenClass = same.previousOutcomeWithTokenClass;
    this.codec = same.codec;
    this.formWeights = same.formWeights; // the sums per form do not depend on the beam
    this.generators = same.generators;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(outcomes.length, beam));
    this.kinds = same.kinds;
    this.types = same.types;
  }

  /**
   * {@return this decoder with a beam of {@code beam}: the model's tables and the weights kept per
   * form are shared, so a second beam costs no second build}
   *
   * @param beam how many hypotheses to keep at each token
   * @throws IllegalArgumentException if {@code beam} is below 1
   */
  NameDecoder withBeam(int beam) {
    if (beam < 1) {
      throw new IllegalArgumentException("beam must be at least 1: " + beam);
    }
    return beam == this.beam ? this : new NameDecoder(this, beam);
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
    return of(model, perForm, modelBeam(model));
  }

  /**
   * A decoder of a model's tables ({@link NameModelTables}: a BIO perceptron model with the bundled
   * feature descriptor), the same as {@link #of(TokenNameFinderModel, boolean, int)} of the model
   * they were made from.
   */
  static NameDecoder of(NameModelTables tables, boolean perForm, int beam) {
    if (beam < 1) {
      throw new IllegalArgumentException("beam must be at least 1: " + beam);
    }
    return new NameDecoder(tables.predicates, tables.outcomes.clone(), new BioCodec(),
        BengaliNameFeatures::describedByBundledXml, beam, perForm);
  }

  /** {@return the beam a model was trained with (its manifest's, as NameFinderME reads it)} */
  static int modelBeam(TokenNameFinderModel model) {
    String beamSize = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize);
  }

  /** A decoder with a beam of its own rather than the model's. */
  static NameDecoder of(TokenNameFinderModel model, boolean perForm, int beam) {
    if (beam < 1) {
      throw new IllegalArgumentException("beam must be at least 1: " + beam);
    }
    MaxentModel weights = model.getArtifact(WEIGHTS_ENTRY);
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

  /** {@return how many hypotheses the search keeps at each token} */
  int beam() {
    return beam;
  }

  private Context lookup(String predicate) {
    Context c = predicates.get(predicate);
    return c == null ? NONE : c;
  }

  /** The names in one sentence's token forms, with OpenNLP's types and probabilities. */
  Span[] find(String[] tokens) {
    if (tokens.length == 0) {
      return new Span[0];
    }
    Scratch s = scratch.get();
    s.reserve(tokens.length, beam);
    return find(s, tokens, tokens.length, null);
  }

  /**
   * As {@link #find(String[])}, for the forms of the tokens {@code source[from, to)}: the weights
   * of each form are then kept with the form ({@link FormWeights#score(String[], int, Token[], double[],
   * Context[][], Context[][], FormWeights.Form[])}), not looked up in a map, and the
   * forms are read into the thread's room, not a new array (OpenNLP's own features, without form
   * weights, get an array of their own: they read its length as the sentence's).
   */
  Span[] find(List<Token> source, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return new Span[0];
    }
    Scratch s = scratch.get();
    s.reserve(n, beam);
    // OpenNLP's feature generators read the array's length as the sentence's: they get one of it.
    String[] forms = formWeights != null ? s.words : new String[n];
    Token[] tokens = s.tokens;
    for (int i = 0; i < n; i++) {
      tokens[i] = source.get(from + i);
      forms[i] = tokens[i].form();
    }
    Span[] names = find(s, forms, n, tokens);
    Arrays.fill(forms, 0, n, null); // this sentence's: let them go
    Arrays.fill(tokens, 0, n, null);
    return names;
  }

  /** The names in {@code tokens[0, n)}, {@code s} reserved for them; {@code source} their tokens, or null. */
  private Span[] find(Scratch s, String[] tokens, int n, Token[] source) {
    double[] own = s.own; // token i's sums at [i * k, (i + 1) * k)
    Context[][] withToken = s.withToken; // pow=, per token and previous outcome
    Context[][] withClass = s.withClass; // powf=
    if (formWeights != null) {
      formWeights.score(tokens, n, source, own, withToken, withClass, s.forms);
    } else {
      ownScores(tokens, own);
      for (int i = 0; i < n; i++) {
        withToken[i] = null; // looked up on demand below
        withClass[i] = tokenClassContexts(FormWeights.tokenClass(tokens[i]));
      }
    }
    if (beam == 1 && kinds != null && n * (3 + Math.log(outcomes.length)) < -MIN_SEQUENCE_SCORE
        && greedy(s, tokens, n)) {
      Arrays.fill(withToken, 0, n, null);
      return bioSpans(s, n);
    }
    int[] expandedOutcome = s.outcome;
    int[] expandedParent = s.parent;
    double[] expandedProbability = s.probability;
    double[][] byContext = s.byContext;
    double[] minByContext = s.minByContext;
    long[] stepOf = s.stepOf;
    double[] largest = s.largest;
    int k = outcomes.length;
    BeamQueue prev = s.prev;
    BeamQueue next = s.next;
    prev.clear();
    prev.offer(0, 1, -1, -1); // the empty sequence
    int expanded = 0;
    boolean strict = formWeights == null;
    for (int i = 0; i < n; i++) {
      next.clear();
      long step = ++s.steps;
      Context[] powf = withClass[i];
      int size = Math.min(beam, prev.size()); // the rest of prev falls off the beam, as in BeamSearch
      for (int sc = 0; sc < size; sc++) {
        int top = prev.poll();
        // The hypothesis leaves the queue for the table: its slot is reused next step, its row not.
        int h = expanded++;
        expandedOutcome[h] = prev.outcome(top);
        expandedParent[h] = prev.parent(top);
        expandedProbability[h] = prev.probability(top);
        double topScore = prev.score(top);
        int po = i > 0 ? expandedOutcome[h] : other;
        int ppo = i > 1 ? expandedOutcome[expandedParent[h]] : other;
        // A hypothesis's scores depend on the token and its last two outcomes only: hypotheses of
        // a step that end alike (they differ further back) share one computation.
        int context = po * k + ppo;
        double[] scores = byContext[context];
        double min;
        if (stepOf[context] == step) {
          min = minByContext[context];
        } else {
          if (withToken[i] == null) {
            withToken[i] = new Context[k];
          }
          Context pow = withToken[i][po];
          if (pow == null && formWeights == null) {
            pow = lookup("pow=" + outcomes[po] + "," + tokens[i]);
            withToken[i][po] = pow;
          }
          System.arraycopy(own, i * k, scores, 0, k);
          add(previousOutcome[po], scores);
          add(pow, scores);
          add(powf[po], scores);
          add(outcomeBeforePrevious[ppo], scores);
          normalize(scores, formWeights == null);
          min = nthLargest(scores, beam, largest);
          minByContext[context] = min;
          stepOf[context] = step;
        }
        boolean[] valid = follows[i > 0 ? po + 1 : 0];
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min && valid[p]) {
            offer(next, topScore, p, scores[p], h, strict);
          }
        }
        if (next.size() == 0) { // as BeamSearch: when none of the best may follow, every valid one
          for (int p = 0; p < scores.length; p++) {
            if (valid[p]) {
              offer(next, topScore, p, scores[p], h, strict);
            }
          }
        }
      }
      BeamQueue swap = prev;
      prev = next;
      next = swap;
    }
    int best = prev.poll();
    int[] path = s.path;
    double[] probabilities = s.probabilities;
    path[n - 1] = prev.outcome(best);
    probabilities[n - 1] = prev.probability(best);
    for (int h = prev.parent(best), t = n - 2; t >= 0; h = expandedParent[h], t--) {
      path[t] = expandedOutcome[h];
      probabilities[t] = expandedProbability[h];
    }
    Arrays.fill(withToken, 0, n, null); // this sentence's: let them go
    return kinds != null ? bioSpans(s, n) : codecSpans(s, n);
  }

  /**
   * How far apart two valid outcomes' scores (over the largest magnitude, as {@link #normalize}
   * divides them) must be for {@link #greedy} to take the better without the beam: nearer, the
   * search's tie-break over summed log scores decides, which only the search itself reproduces.
   * Far above any rounding: a sum of log scores stays above {@link #MIN_SEQUENCE_SCORE}, where a
   * double's step is 1.5e-11.
   */
  private static final double NEAR = 1e-9;

  /**
   * The search with a beam of one, without the beam: the path it finds, into {@code s.path} and
   * {@code s.probabilities}, or false where it cannot tell and the caller must search.
   *
   * <p>Why it is the same path: with one hypothesis the search extends it, at each token, by the
   * valid outcome of the highest probability (the highest overall if valid, else the best of the
   * valid ones), and probabilities rank as the scores over the largest magnitude do; so the best
   * valid outcome wins unless another valid one scores within {@link #NEAR} of it (then false).
   * A path of at most {@code n} tokens never reaches {@link #MIN_SEQUENCE_SCORE}: each token's
   * probability is at least e<sup>-2</sup> over the outcomes' count (the caller checks n). What it
   * spares: the exponentials of every outcome at every token (worked out only where a name's
   * tokens need a probability: an outcome other than "other"), and the beam's queue and table.
   * The decoder's tests compare a beam of one with OpenNLP's search, ties included.
   */
  private boolean greedy(Scratch s, String[] tokens, int n) {
    int k = outcomes.length;
    double[] own = s.own;
    Context[][] withToken = s.withToken;
    Context[][] withClass = s.withClass;
    int[] path = s.path;
    double[] probabilities = s.probabilities;
    double[] scores = s.scores;
    boolean strict = formWeights == null;
    for (int i = 0; i < n; i++) {
      int po = i > 0 ? path[i - 1] : other;
      int ppo = i > 1 ? path[i - 2] : other;
      if (withToken[i] == null) {
        withToken[i] = new Context[k];
      }
      Context pow = withToken[i][po];
      if (pow == null && strict) {
        pow = lookup("pow=" + outcomes[po] + "," + tokens[i]);
        withToken[i][po] = pow;
      }
      System.arraycopy(own, i * k, scores, 0, k); // as the search sums them
      add(previousOutcome[po], scores);
      add(pow, scores);
      add(withClass[i][po], scores);
      add(outcomeBeforePrevious[ppo], scores);
      double max = 1;
      for (double v : scores) {
        if (max < StrictMath.abs(v)) {
          max = StrictMath.abs(v);
        }
      }
      boolean[] valid = follows[i > 0 ? po + 1 : 0];
      int best = -1;
      double first = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      for (int p = 0; p < k; p++) {
        if (valid[p]) {
          double q = scores[p] / max;
          if (q > first) {
            second = first;
            first = q;
            best = p;
          } else if (q > second) {
            second = q;
          }
        }
      }
      if (best < 0 || first - second < NEAR) {
        return false;
      }
      path[i] = best;
      if (kinds[best] != OTHER) { // a name's token: its probability, as the search works it out
        normalize(scores, strict);
        probabilities[i] = scores[best];
      } else {
        probabilities[i] = Double.NaN; // read by no span
      }
    }
    return true;
  }

  /** Offers the top hypothesis extended by an outcome, unless its score falls to BeamSearch's floor. */
  private static void offer(BeamQueue next, double topScore, int outcome, double p, int parent, boolean strict) {
    // The token-by-token sums, bit-exact with OpenNLP's Sequence, take its StrictMath.log; the
    // per-form sums (equal within rounding already) take Math.log, an intrinsic: on Java 17
    // StrictMath.log is a native call, some 2-3 % of the whole pipeline's time.
    double score = topScore + (strict ? StrictMath.log(p) : Math.log(p));
    if (score > MIN_SEQUENCE_SCORE) {
      next.offer(score, p, outcome, parent);
    }
  }

  /** Per token, the summed weights of its own features, in the feature generators' order. */
  private void ownScores(String[] tokens, double[] own) {
    AdaptiveFeatureGenerator generator = generators.get();
    generator.clearAdaptiveData(); // a sentence's features never depend on the sentences before
    List<String> features = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      features.clear();
      generator.createFeatures(features, tokens, i, null);
      int k = outcomes.length;
      Arrays.fill(own, i * k, (i + 1) * k, 0);
      for (String f : features) {
        Context c = predicates.get(f);
        if (c != null) {
          FormWeights.add(c, own, i * k);
        }
      }
    }
    generator.clearAdaptiveData(); // let the cached sentence go
  }

  /**
   * The {@code k}th largest score (the smallest when there are fewer): what {@code BeamSearch}
   * reads from a sorted copy, found without the copy.
   *
   * @param top room for {@code k} scores, overwritten
   */
  static double nthLargest(double[] scores, int k, double[] top) {
    if (k >= scores.length) {
      double min = scores[0];
      for (double s : scores) {
        min = Math.min(min, s);
      }
      return min;
    }
    Arrays.fill(top, 0, k, Double.NEGATIVE_INFINITY); // kept descending
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
    scratch.remove();
  }

  /** The {@code powf=} contexts of a token class, per previous outcome; built once per class. */
  private Context[] tokenClassContexts(String tokenClass) {
    Context[] known = previousOutcomeWithTokenClass.get(tokenClass); // no lambda made: nearly always there
    if (known != null) {
      return known;
    }
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

  /**
   * The spans of the best path ({@code s.path}, {@code s.probabilities}) as {@code BioCodec.decode}
   * reads a sequence of outcomes, each with its tokens' mean probability as {@code NameFinderME}
   * sets it; the outcomes' kinds and types read once, not per token.
   */
  private Span[] bioSpans(Scratch s, int n) {
    int[] path = s.path;
    int[] starts = s.starts;
    int[] ends = s.ends;
    int[] typeOf = s.typeOf; // the outcome whose type the span takes, as BioCodec: the one before it closes
    int count = 0;
    int start = -1;
    int end = -1;
    for (int t = 0; t < n; t++) {
      byte kind = kinds[path[t]];
      if (kind == START) {
        if (start != -1) {
          starts[count] = start;
          ends[count] = end;
          typeOf[count++] = path[t - 1];
        }
        start = t;
        end = t + 1;
      } else if (kind == CONTINUE) {
        end = t + 1;
      } else if (kind == OTHER && start != -1) {
        starts[count] = start;
        ends[count] = end;
        typeOf[count++] = path[t - 1];
        start = -1;
        end = -1;
      }
    }
    if (start != -1) {
      starts[count] = start;
      ends[count] = end;
      typeOf[count++] = path[n - 1];
    }
    Span[] spans = new Span[count];
    for (int k = 0; k < count; k++) {
      spans[k] = new Span(starts[k], ends[k], types[typeOf[k]], meanProbability(s.probabilities, starts[k], ends[k]));
    }
    return spans;
  }

  /** The spans of the best path as the codec decodes it, for a codec other than BIO. */
  private Span[] codecSpans(Scratch s, int n) {
    String[] names = new String[n];
    for (int t = 0; t < n; t++) {
      names[t] = outcomes[s.path[t]];
    }
    Span[] spans = codec.decode(Arrays.asList(names));
    for (int k = 0; k < spans.length; k++) {
      spans[k] = new Span(spans[k], meanProbability(s.probabilities, spans[k].getStart(), spans[k].getEnd()));
    }
    return spans;
  }

  /** As {@code NameFinderME.probs(Span[])}: summed in token order, divided by the length. */
  private static double meanProbability(double[] probabilities, int start, int end) {
    double p = 0;
    for (int t = start; t < end; t++) {
      p += probabilities[t];
    }
    p /= end - start;
    return p;
  }

  /**
   * One thread's working memory for {@link #find}, kept from sentence to sentence and grown as a
   * longer one comes: decoding allocates nothing once it has seen its longest sentence.
   */
  private static final class Scratch {
    /** Per token: its own features' summed weights, its pow= and powf= contexts. */
    double[] own = new double[0];
    Context[][] withToken = new Context[0][];
    Context[][] withClass = new Context[0][];
    /** Per token: its form's weights (FormWeights' room, so that a sentence makes no array). */
    FormWeights.Form[] forms = new FormWeights.Form[0];
    /** Per token: its form, while the sentence is decoded. */
    String[] words = new String[0];
    /** The sentence's tokens, read once from its list (a read of a list was an interface call under C1). */
    Token[] tokens = new Token[0];
    /**
     * The hypotheses expanded so far, by row: the last outcome, its probability, the parent's row
     * (-1: none). A path is a chain of rows, never a copied array; at most beam rows per token.
     */
    int[] outcome = new int[0];
    int[] parent = new int[0];
    double[] probability = new double[0];
    /** The best path: its outcome and probability per token; its spans, while they are read. */
    int[] path = new int[0];
    double[] probabilities = new double[0];
    int[] starts = new int[0];
    int[] ends = new int[0];
    int[] typeOf = new int[0];
    /**
     * A step's scores over the outcomes by the hypothesis's last two outcomes (previous × k + the
     * one before), and the least of them the beam takes; valid where {@code stepOf} is this step.
     */
    final double[][] byContext;
    final double[] minByContext;
    final long[] stepOf;
    /** Steps taken by this thread: numbers the steps, so that no table needs clearing. */
    long steps;
    /** Room for one token's scores over the outcomes ({@link #greedy}). */
    final double[] scores;
    /** Room for the beam's best scores, while the least of them is sought. */
    final double[] largest;
    /** This step's hypotheses and the next's. */
    final BeamQueue prev;
    final BeamQueue next;

    /** Outcomes per token: the stride of {@link #own}. */
    final int outcomes;

    Scratch(int outcomes, int beam) {
      this.outcomes = outcomes;
      byContext = new double[outcomes * outcomes][outcomes];
      minByContext = new double[outcomes * outcomes];
      stepOf = new long[outcomes * outcomes];
      Arrays.fill(stepOf, -1);
      largest = new double[beam];
      scores = new double[outcomes];
      prev = new BeamQueue(beam * outcomes);
      next = new BeamQueue(beam * outcomes);
    }

    /** Makes room for a sentence of {@code n} tokens. */
    void reserve(int n, int beam) {
      if (withToken.length < n) {
        int capacity = Math.max(n, 2 * withToken.length);
        own = new double[capacity * outcomes];
        withToken = new Context[capacity][];
        withClass = new Context[capacity][];
        forms = new FormWeights.Form[capacity];
        words = new String[capacity];
        tokens = new Token[capacity];
        path = new int[capacity];
        probabilities = new double[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        typeOf = new int[capacity];
      }
      long rows = (long) n * beam + 1; // the empty sequence, then at most beam per token
      if (outcome.length < rows) {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(rows, 2L * outcome.length));
        outcome = new int[capacity];
        parent = new int[capacity];
        probability = new double[capacity];
      }
    }
  }
}

package dev.nirjas.entity;

import dev.nirjas.FormFact;
import dev.nirjas.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;

/**
 * The model's weights summed per word form rather than per feature: what a form gives the token
 * it stands in, and what it gives its neighbours, each a vector over the outcomes, looked up once
 * per form and kept for the next sentence that has it: with the form in a pipeline's vocabulary
 * ({@link FormFact}), or, for a sentence given as strings, in a store of the model's.
 *
 * <p>Why: nearly all of a token's features are functions of one form (its own, or a neighbour's),
 * and running text repeats its forms (Zipf): a sentence's tokens mostly hit forms read before, and
 * a token then costs three lookups of vectors instead of twenty-odd feature strings built, hashed
 * and looked up. Only the word pairs ({@code pw,w=}, {@code w,nw=}) are looked up per token.
 *
 * <p>Works for the feature layout the bundled model has: {@link BengaliNameFeatures}, OpenNLP's
 * bigram and sentence-start generators; {@link #of} gives null for any other, and the decoder then
 * asks the generators themselves. The sums are the same features' weights as OpenNLP's, added in
 * another grouping: a score may differ from {@code NameFinderME}'s in its last bits, never more (the
 * decoder's test compares the two on the test sample).
 *
 * <p>A form's affixes ({@code pre1=} … {@code suf4=}) are looked up in small tables of their own
 * ({@link AffixIndex}), its other features in the table of all predicates, from the form's chars
 * in an array; its word class is asked of its token ({@link WordClasses.Lookup#ofToken}), whose
 * lexicon facts mostly hold it already.
 *
 * <p>A form's class features (shape, word class, clusters) are the same for every form of its
 * class: their sums are kept per class ({@link #MAX_CLASSES} at most) and copied into a form's
 * vectors where no word feature came before them, the same bits as adding them one by one.
 *
 * <p>Thread-safe: the kept vectors are immutable once published; the model's store stops growing
 * at {@link #MAX_FORMS} forms (about 0.3 KB each), after which an unseen form is summed each time
 * it comes. What is kept never changes a result, only its cost.
 */
final class FormWeights {
  /** How many forms the model's store keeps: ~20 MB at most, most of the tokens of a large corpus. */
  static final int MAX_FORMS = 1 << 16;

  private final PredicateTable predicates;
  private final String[] outcomes;
  private final BengaliNameFeatures features;
  private final int window;
  private final Map<String, Form> forms = new ConcurrentHashMap<>();
  /** The {@code powf=} contexts of a token class, per previous outcome (the decoder's table). */
  private final Function<String, Context[]> withClass;
  /** A form the model has no {@code pow=} feature for (most): one shared array of nulls. */
  private final Context[] noContexts;
  /** {@code pow=<outcome>,} by outcome: the names of a form's {@code pow=} features but the form. */
  private final String[] previousOutcomeWith;
  /** [previous token's class][token's class]: pwc,wc= and wc,nc=; classes by {@link #TOKEN_CLASSES}. */
  private final Context[][] classPairBefore;
  private final Context[][] classPairAfter;

  /** The classes {@link FeatureGeneratorUtil#tokenFeature} gives, in a fixed order. */
  private static final List<String> TOKEN_CLASSES = List.of(
      "jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp", "num", "sc", "ac", "cp", "ic", "other");

  /**
   * What one form contributes; immutable once built. {@code beforeNext} and {@code withNext}: the
   * word-pair contexts with this form first, by the second word ({@code pw,w=} as the previous
   * word, {@code w,nw=} as the word itself), taken from the runs of predicates named
   * {@code pw,w=<form>,}… and {@code w,nw=<form>,}… (each adjacent in the sorted table) into a map
   * by the second word, so a token
   * finds its pair without building a key. (A pair
   * whose words hold a comma is in the runs of each of its first word's readings; only the one that
   * matches the tokens is ever asked for.)
   */
  record Form(int tokenClass, String tokenClassName, double[] weights,
      Context[] previousOutcomeWithForm, Context[] previousOutcomeWithClass,
      Map<String, Context> beforeNext, Map<String, Context> withNext) {}
  // weights: what the form gives its own token, then the token d after it, then the token d before
  // it, for d = 1 … window: 1 + 2 × window vectors over the outcomes, in one array (a few hundred
  // bytes a form).

  /**
   * The forms' weights kept with the forms of a pipeline's vocabulary, built there and not put in
   * the shared store too: the vocabulary keeps them already, and the store's growth (its table
   * copied as it doubled) was a fifth of a form's cost on the command line, which meets most forms
   * once.
   */
  private final FormFact<Form> tokenForms = FormFact.ofToken(this::build);

  /**
   * The first words of the word-pair predicates ({@code pw,w=}, {@code w,nw=}): a form none begins
   * with (most) skips the two searches of the sorted names for its pairs, a cost every form met
   * for the first time paid (the command line meets most forms once).
   */
  private final Set<String> beforeNextFirst;
  private final Set<String> withNextFirst;

  /**
   * The forms of the {@code pow=} predicates marked by hash ({@link StringIndex#markRests}, 64 K
   * bits; the bundled model's 3,026 such forms set 2,969 of them): a form not marked (most) skips its
   * lookup per outcome. Bits rather than a map of the forms: made without a string each, they cost
   * the pipeline's start next to nothing, where a map of the model's forms cost it ~9 ms.
   */
  private final long[] previousOutcomeForms = new long[1 << 10];

  /** The affix predicates by length ({@code pre1=} … at 1 …), each in a small table of its own; null beyond. */
  private final AffixIndex[] prefixes;
  private final AffixIndex[] suffixes;

  /** The contexts of a sentence's edges, looked up once: the predicate map is large and cold. */
  private final Context previousEdge;
  private final Context nextEdge;
  private final Context begin;
  private final Context end;

  private FormWeights(PredicateTable predicates, String[] outcomes, BengaliNameFeatures features,
      boolean sentenceBegin, boolean sentenceEnd, Function<String, Context[]> withClass) {
    this.previousEdge = predicates.get(BengaliNameFeatures.PREVIOUS_EDGE);
    this.nextEdge = predicates.get(BengaliNameFeatures.NEXT_EDGE);
    this.begin = sentenceBegin ? predicates.get("S=begin") : null;
    this.end = sentenceEnd ? predicates.get("S=end") : null;
    this.withClass = withClass;
    this.predicates = predicates;
    this.beforeNextFirst = predicates.firstWords(BEFORE_NEXT);
    this.withNextFirst = predicates.firstWords(WITH_NEXT);
    for (String outcome : outcomes) { // an outcome's name has no comma: the rest is the form
      predicates.markRests("pow=" + outcome + ",", previousOutcomeForms);
    }
    this.outcomes = outcomes;
    this.features = features;
    this.window = features.classWindow();
    int affixes = Math.min(features.affixes(), AffixIndex.MAX_LENGTH);
    this.prefixes = new AffixIndex[affixes + 1];
    this.suffixes = new AffixIndex[affixes + 1];
    for (int n = 1; n <= affixes; n++) {
      prefixes[n] = AffixIndex.of(predicates, BengaliNameFeatures.affixPrefix(false, n), n);
      suffixes[n] = AffixIndex.of(predicates, BengaliNameFeatures.affixPrefix(true, n), n);
    }
    this.noContexts = new Context[outcomes.length];
    this.previousOutcomeWith = new String[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      previousOutcomeWith[o] = "pow=" + outcomes[o] + ",";
    }
    int k = TOKEN_CLASSES.size();
    this.classPairBefore = new Context[k][k];
    this.classPairAfter = new Context[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        classPairBefore[a][b] = predicates.get("pwc,wc=" + TOKEN_CLASSES.get(a) + "," + TOKEN_CLASSES.get(b));
        classPairAfter[a][b] = predicates.get("wc,nc=" + TOKEN_CLASSES.get(a) + "," + TOKEN_CLASSES.get(b));
      }
    }
  }

  /**
   * The form weights for a model whose feature generator (as its factory builds it) is
   * {@link BengaliNameFeatures} with OpenNLP's bigram and sentence generators, or null for any other
   * layout.
   */
  static FormWeights of(PredicateTable predicates, String[] outcomes, AdaptiveFeatureGenerator generator,
      Function<String, Context[]> withClass) {
    if (generator instanceof CachedFeatureGenerator cached) {
      generator = cached.getCachedFeatureGenerator();
    }
    if (!(generator instanceof AggregatedFeatureGenerator aggregated)) {
      return null;
    }
    Collection<AdaptiveFeatureGenerator> parts = aggregated.getGenerators();
    BengaliNameFeatures bengali = null;
    SentenceFeatureGenerator sentence = null;
    boolean bigrams = false;
    for (AdaptiveFeatureGenerator part : parts) {
      if (part instanceof BengaliNameFeatures b && bengali == null) {
        bengali = b;
      } else if (part instanceof BigramNameFeatureGenerator && !bigrams) {
        bigrams = true;
      } else if (part instanceof SentenceFeatureGenerator s && sentence == null) {
        sentence = s;
      } else {
        return null;
      }
    }
    if (bengali == null || !bigrams) {
      return null;
    }
    boolean begin = false;
    boolean end = false;
    if (sentence != null) { // its settings are not exposed: ask it about a one-word sentence
      List<String> probe = new ArrayList<>();
      sentence.createFeatures(probe, new String[] {"x"}, 0, null);
      begin = probe.contains("S=begin");
      end = probe.contains("S=end");
    }
    return new FormWeights(predicates, outcomes, bengali, begin, end, withClass);
  }

  /**
   * Fills, for each token i, {@code scores[i × k, (i + 1) × k)} (k outcomes) with the summed weights
   * of every feature but the four of the previous outcomes, and the {@code pow=} contexts of its
   * form by previous outcome (null entries: none).
   */
  void score(String[] tokens, double[] scores, Context[][] previousOutcomeWithForm,
      Context[][] previousOutcomeWithClass) {
    score(tokens, tokens.length, null, scores, previousOutcomeWithForm, previousOutcomeWithClass,
        new Form[tokens.length]);
  }

  /**
   * As above, for the first {@code n} forms of {@code tokens}, which are the forms of the tokens
   * {@code source[0, n)} (null: forms without tokens), each form's weights kept with the form.
   *
   * @param f room for each token's form, at least as many as the tokens: a caller's scratch, so that
   *     a sentence makes no array of its own
   */
  void score(String[] tokens, int n, Token[] source, double[] scores,
      Context[][] previousOutcomeWithForm, Context[][] previousOutcomeWithClass, Form[] f) {
    for (int i = 0; i < n; i++) {
      f[i] = source == null ? form(tokens[i]) : tokenForms.get(source[i]);
      previousOutcomeWithForm[i] = f[i].previousOutcomeWithForm;
      previousOutcomeWithClass[i] = f[i].previousOutcomeWithClass;
    }
    Context previousEdge = this.previousEdge;
    Context nextEdge = this.nextEdge;
    Context begin = this.begin;
    Context end = this.end;
    int k = outcomes.length;
    for (int i = 0; i < n; i++) {
      int at = i * k; // token i's sums: scores[at, at + k)
      System.arraycopy(f[i].weights, 0, scores, at, k);
      for (int d = 1; d <= window; d++) {
        if (i - d >= 0) {
          add(f[i - d].weights, (2 * d - 1) * k, scores, at, k);
        } else if (d == 1) {
          add(previousEdge, scores, at);
        }
        if (i + d < n) {
          add(f[i + d].weights, 2 * d * k, scores, at, k);
        } else if (d == 1) {
          add(nextEdge, scores, at);
        }
      }
      if (i > 0) {
        add(pair(f[i - 1].beforeNext, tokens[i]), scores, at); // pw,w=

        add(classPair(classPairBefore, f[i - 1], f[i], "pwc,wc="), scores, at);
      }
      if (i + 1 < n) {
        add(pair(f[i].withNext, tokens[i + 1]), scores, at); // w,nw=

        add(classPair(classPairAfter, f[i], f[i + 1], "wc,nc="), scores, at);
      }
      if (i == 0) {
        add(begin, scores, at);
      }
      if (i == n - 1) {
        add(end, scores, at);
      }
    }
  }

  private Context classPair(Context[][] table, Form first, Form second, String prefix) {
    if (first.tokenClass >= 0 && second.tokenClass >= 0) {
      return table[first.tokenClass][second.tokenClass];
    }
    return predicates.get(prefix + first.tokenClassName + "," + second.tokenClassName);
  }

  /** {@return a form's weights: kept in the model's store, or summed now} Package-private for tests. */
  Form form(String token) {
    Form f = forms.get(token);
    if (f == null) {
      f = build(token);
      if (forms.size() < MAX_FORMS) {
        forms.putIfAbsent(token, f);
      }
    }
    return f;
  }

  /**
   * {@return {@link FeatureGeneratorUtil#tokenFeature}'s class of a token} The same answer, without
   * OpenNLP's pass over the chars (each char's type and Unicode script, then a regular expression)
   * for a form of the Bengali block's letters and signs alone, as most forms are. OpenNLP calls such
   * a form {@code jah}, its class for Japanese hiragana (its test for that class lets Bengali chars
   * through); the model was trained on that class, so that is the class to give. A form met for the
   * first time paid the pass: about 40 ms of a first pass over the corpus.
   */
  static String tokenClass(String token) {
    int n = token.length();
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c < '\u0980' || c > '\u09FF' || c >= '\u09E6' && c <= '\u09EF') { // not Bengali, or a Bengali digit
        return FeatureGeneratorUtil.tokenFeature(token);
      }
    }
    return n == 0 ? FeatureGeneratorUtil.tokenFeature(token) : BENGALI;
  }

  /** OpenNLP's class of a form of Bengali letters and signs. */
  private static final String BENGALI = "jah";

  private Form build(Token t) {
    String token = t.form();
    double[] weights = new double[(1 + 2 * window) * outcomes.length];
    features.formFeatures(t, new FormSums(weights, outcomes.length, token));
    return build(token, weights);
  }

  private Form build(String token) {
    double[] weights = new double[(1 + 2 * window) * outcomes.length];
    features.formFeatures(token, new FormSums(weights, outcomes.length, token));
    return build(token, weights);
  }

  /**
   * The form's weights, its features' sums in {@code weights}: what the form gives its own token,
   * then the token d after it, then the token d before it, group g's vector at g × k.
   */
  private Form build(String token, double[] weights) {
    String tokenClass = tokenClass(token);
    int k = outcomes.length;
    Context[] pow = noContexts;
    boolean mayHavePow = StringIndex.marked(previousOutcomeForms, token.hashCode());
    for (int o = 0; o < k && mayHavePow; o++) {
      int i = predicates.indexOf(previousOutcomeWith[o], token, 0, token.length());
      if (i >= 0) {
        if (pow == noContexts) {
          pow = new Context[k];
        }
        pow[o] = predicates.context(i);
      }
    }
    Context[] powf = withClass.apply(tokenClass);
    return new Form(TOKEN_CLASSES.indexOf(tokenClass), tokenClass, weights, pow,
        powf, pairs(BEFORE_NEXT, beforeNextFirst, token), pairs(WITH_NEXT, withNextFirst, token));
  }

  /**
   * Adds the weights of each feature the model has to a form's vectors, group g's at g × k. A class
   * of its own, not a lambda: a capturing lambda made at each build went through method handles
   * under the command line's first-tier JIT.
   */
  private static class Sums implements BengaliNameFeatures.FeatureSink {
    private final PredicateTable predicates;
    final double[] weights;
    final int k;
    /** Bit g: a feature has added to group g's vector. */
    long added;
    /** The form whose features these are, and its chars, read from the array (null: none). */
    final String form;
    final char[] formChars;

    Sums(PredicateTable predicates, double[] weights, int k, String form) {
      this.predicates = predicates;
      this.weights = weights;
      this.k = k;
      this.form = form;
      this.formChars = form == null ? null : form.toCharArray();
    }

    @Override
    public void feature(int group, String prefix, String s, int from, int to) {
      int i = s == form ? predicates.indexOf(prefix, formChars, from, to) : predicates.indexOf(prefix, s, from, to);
      add(group, i);
    }

    void add(int group, int predicate) {
      if (predicate >= 0) {
        predicates.addWeights(predicate, weights, group * k);
        added |= 1L << group;
      }
    }
  }

  /**
   * A form's sums, its class features taken from {@link #classSums} for each group none of whose
   * features came before them: the group's vector is then all zeros, and the kept sums, added from
   * zeros in the same order, are the very bits the features would add one by one. (Most forms a
   * corpus meets are rare and their word features unknown to the model: their class features, some
   * fifteen lookups, become one.)
   */
  private final class FormSums extends Sums {
    private double[] classSums; // of the form's class, looked up at its first group

    FormSums(double[] weights, int k, String form) {
      super(predicates, weights, k, form);
    }

    @Override
    public void affix(boolean suffix, int length, String prefix, String s, int from, int to) {
      AffixIndex[] index = suffix ? suffixes : prefixes;
      if (s == form && length < index.length) {
        add(0, index[length].indexOf(formChars, from)); // the same predicate, in the same order
      } else {
        feature(0, prefix, s, from, to);
      }
    }

    @Override
    public boolean classes(int group, String shape, String wordClass, String[] clusters) {
      if (group >= Long.SIZE || (added & 1L << group) != 0) {
        return false;
      }
      if (classSums == null) {
        classSums = classSums(shape, wordClass, clusters);
      }
      System.arraycopy(classSums, group * k, weights, group * k, k);
      return true;
    }
  }

  /** How many classes {@link #classSums} keeps; the corpus has some thousands. */
  static final int MAX_CLASSES = 1 << 14;

  /** The class features' sums by class: immutable once kept. */
  private final Map<FormClass, double[]> classSums = new ConcurrentHashMap<>();

  /** {@return the sums of the class features of every group, for a form of this class} */
  private double[] classSums(String shape, String wordClass, String[] clusters) {
    FormClass key = new FormClass(shape, wordClass, clusters);
    double[] sums = classSums.get(key);
    if (sums == null) {
      int k = outcomes.length;
      sums = new double[(1 + 2 * window) * k];
      features.classFeatures(shape, wordClass, clusters, new Sums(predicates, sums, k, null));
      if (classSums.size() < MAX_CLASSES) {
        classSums.putIfAbsent(key, sums);
      }
    }
    return sums;
  }

  /** {@return how many classes' sums are kept} */
  int classesKept() {
    return classSums.size();
  }

  /**
   * A form's class: shape, word class (or null), clusters. Equality written out, not a record's:
   * a record's generated methods went through method handles under the first-tier JIT.
   */
  private static final class FormClass {
    private final String shape;
    private final String wordClass;
    private final String[] clusters;
    private final int hash;

    FormClass(String shape, String wordClass, String[] clusters) {
      this.shape = shape;
      this.wordClass = wordClass;
      this.clusters = clusters;
      this.hash = (shape.hashCode() * 31 + (wordClass == null ? 0 : wordClass.hashCode())) * 31
          + Arrays.hashCode(clusters);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FormClass c && hash == c.hash && shape.equals(c.shape)
          && Objects.equals(wordClass, c.wordClass) && Arrays.equals(clusters, c.clusters);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static final String BEFORE_NEXT = "pw,w=";
  private static final String WITH_NEXT = "w,nw=";

  /** The word-pair predicates whose first word is the form, by the second word. */
  private Map<String, Context> pairs(String prefix, Set<String> firstWords, String token) {
    return firstWords.contains(token) ? predicates.withPrefix(prefix + token + ",") : NO_PAIRS;
  }

  /** A form's pairs when the model has none with it first (most forms): one shared map. */
  private static final Map<String, Context> NO_PAIRS = Map.of();

  /**
   * {@return the pair's context, or null} Most forms have no pairs: their shared empty map is not
   * asked, since a map's {@code get} is an interface call with several kinds of map behind it,
   * which the command line's first-tier JIT does not inline (twice a token).
   */
  private static Context pair(Map<String, Context> pairs, String second) {
    return pairs == NO_PAIRS ? null : pairs.get(second);
  }

  /** Adds a context's weights; nothing for a feature the model does not know. */
  static void add(Context c, double[] scores, int at) {
    if (c == null) {
      return;
    }
    int[] active = c.getOutcomes();
    double[] weights = c.getParameters();
    for (int a = 0; a < active.length; a++) {
      scores[at + active[a]] += weights[a];
    }
  }

  private static void add(double[] vectors, int offset, double[] scores, int at, int k) {
    for (int o = 0; o < k; o++) {
      scores[at + o] += vectors[offset + o];
    }
  }
}

package dev.nirjas.entity;

import dev.nirjas.Token;
import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;

/**
 * The name finder's features of a Bengali token, read from its normalized form (as
 * {@link dev.nirjas.Token#form()} gives it; never the raw surface).
 *
 * <p>For the token itself: the form ({@code w=}), its shape ({@code k=}: Bengali letters, digits,
 * Latin, punctuation …, the token kind read from its chars), the form with a case ending stripped
 * ({@code st=}, so that বাংলাদেশের, বাংলাদেশে and বাংলাদেশ share a feature) and the ending
 * ({@code ce=}), the word class of the form or else of the stripped form ({@code wc=}: TITLE,
 * COUNTRY …, from a pluggable lookup), its word clusters when the generator has them ({@code
 * c32=} …, {@link WordClusters}), and its first and last chars ({@code pre1=} …, {@code suf1=} …).
 * For each neighbour within the window: its form and stripped form; within the class window (as
 * wide or wider): its class, clusters and shape; prefixed {@code p1}, {@code n1}, {@code p2} …;
 * {@code p1=<s>} and {@code n1=</s>} at the sentence's ends.
 *
 * <p>Cheap by design: no regular expression; the endings are looked up by their last char; each
 * token's neighbour features are computed once per sentence (cached on the identity of the token
 * array, as OpenNLP's own {@code CachedFeatureGenerator} does). Not thread-safe, as no OpenNLP
 * feature generator is: each {@code NameFinderME} has its own.
 */
public final class BengaliNameFeatures implements AdaptiveFeatureGenerator {
  private static final char BENGALI_FIRST = '\u0980';
  private static final char BENGALI_LAST = '\u09FF';
  private static final char VIRAMA = '\u09CD';
  private static final int MIN_STEM = 2;

  /** The feature a sentence's first token has for the neighbour before it. */
  static final String PREVIOUS_EDGE = "p1=<s>";
  /** The feature a sentence's last token has for the neighbour after it. */
  static final String NEXT_EDGE = "n1=</s>";

  /** Case endings by last char (minus U+0980), longest first. */
  private static final String[][] ENDINGS = endings();

  private final Function<String, String> wordClass;
  private final WordClusters clusters; // null: no cluster features
  private final int window;
  private final int classWindow;
  private final int affixes;

  private String[] cachedTokens; // the sentence the cache below belongs to (identity)
  private String[][][] cachedGroups; // per token, per group of formFeatures: the features as strings

  /**
   * @param wordClass a normalized form's class (TITLE, COUNTRY, ORGWORD …) or null
   * @param window how many tokens on each side contribute their form and stripped form
   * @param classWindow how many tokens on each side contribute their shape and word class (at least
   *     {@code window})
   * @param affixes how many first and last chars of the token become features (0: none)
   */
  public BengaliNameFeatures(Function<String, String> wordClass, int window, int classWindow, int affixes) {
    this(wordClass, null, window, classWindow, affixes);
  }

  /** As above, with the word clusters' features ({@code c32=} …) among each token's classes. */
  BengaliNameFeatures(Function<String, String> wordClass, WordClusters clusters, int window, int classWindow, int affixes) {
    if (window < 0 || classWindow < window || affixes < 0) {
      throw new IllegalArgumentException("need 0 <= window <= classWindow and affixes >= 0");
    }
    this.wordClass = Objects.requireNonNull(wordClass, "wordClass");
    this.clusters = clusters;
    this.window = window;
    this.classWindow = classWindow;
    this.affixes = affixes;
    this.neighbourPrefixes = neighbourPrefixes(classWindow);
    this.pre = affixPrefixes("pre", affixes);
    this.suf = affixPrefixes("suf", affixes);
  }

  /**
   * Features with one window for words and classes alike.
   *
   * @param wordClass a normalized form's class (TITLE, COUNTRY, ORGWORD …) or null
   * @param window how many tokens on each side contribute their form, stripped form, shape and class
   * @param affixes how many first and last chars of the token become features (0: none)
   */
  public BengaliNameFeatures(Function<String, String> wordClass, int window, int affixes) {
    this(wordClass, window, window, affixes);
  }

  /**
   * A token's features: its own form's ({@link #formFeatures}' group 0), then for each distance
   * within the class window the neighbour's before it and the one's after it (their groups {@code
   * 2d - 1} and {@code 2d}), or the sentence's edge at distance 1. One enumeration serves both this
   * and {@link FormWeights}, so the decoder's per-form sums add the very features OpenNLP's search
   * adds, in the same order.
   */
  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    cache(tokens);
    Collections.addAll(features, cachedGroups[index][0]);
    for (int d = 1; d <= classWindow; d++) {
      if (index - d >= 0) {
        Collections.addAll(features, cachedGroups[index - d][2 * d - 1]);
      } else if (d == 1) {
        features.add(PREVIOUS_EDGE);
      }
      if (index + d < tokens.length) {
        Collections.addAll(features, cachedGroups[index + d][2 * d]);
      } else if (d == 1) {
        features.add(NEXT_EDGE);
      }
    }
  }

  /**
   * Where {@link #formFeatures} puts each feature, its name in two parts — {@code prefix} followed
   * by {@code s[from, to)} — so that a table can look the name up without it being made: a form met
   * for the first time gives some twenty features, and each made as a string cost a concatenation
   * and a hash of its own (under the command line's first-tier JIT, a third of the name finder's
   * first pass over a corpus).
   */
  interface FeatureSink {
    /**
     * @param group 0 for the token the form stands in; {@code 2d - 1} for the token {@code d}
     *     places after it (the form is its neighbour before: {@code p1…}), {@code 2d} for the token
     *     {@code d} places before it ({@code n1…})
     */
    void feature(int group, String prefix, String s, int from, int to);

    /**
     * An affix feature of the form's own token (group 0): {@code prefix} ({@code pre3=} …, {@link
     * #affixPrefix}) followed by {@code s[from, to)}, the form's first or last {@code length}
     * chars. By default the sink takes it as any other feature.
     */
    default void affix(boolean suffix, int length, String prefix, String s, int from, int to) {
      feature(0, prefix, s, from, to);
    }

    /**
     * Offered a group's class features whole — the form's shape, word class (or null) and clusters,
     * the same for every form of the same class — before they would be given one by one: a sink
     * that adds them itself (from sums it keeps per class) says so and is not given them. By
     * default the sink takes them one by one.
     */
    default boolean classes(int group, String shape, String wordClass, String[] clusters) {
      return false;
    }
  }

  /**
   * The features a form gives the token it stands in and its neighbours within the class window,
   * group by group, each group in {@link #createFeatures}'s order. Thread-safe (reads no cache),
   * for {@link FormWeights}.
   */
  void formFeatures(String form, FeatureSink sink) {
    formFeatures(form, wordClass.apply(form), sink);
  }

  /**
   * {@link #formFeatures(String, FeatureSink)} of the form of {@code token}, its class asked of
   * the token ({@link WordClasses.Lookup#ofToken}) where the lookup can answer so.
   */
  void formFeatures(Token token, FeatureSink sink) {
    String form = token.form();
    formFeatures(form, wordClass instanceof WordClasses.Lookup l ? l.ofToken(token) : wordClass.apply(form), sink);
  }

  /** {@link #formFeatures(String, FeatureSink)} with the form's own class (before its stem's) known. */
  private void formFeatures(String form, String formClass, FeatureSink sink) {
    int n = form.length();
    int stem = stemLength(form);
    String cls = formClass;
    if (cls == null && stem > 0) {
      cls = wordClass.apply(form.substring(0, stem));
    }
    String shape = shape(form);
    String[] c = clusters == null ? NO_CLUSTERS : clusters.of(form);
    words(sink, 0, OWN, form, stem);
    classes(sink, 0, OWN, shape, cls, c);
    if (stem > 0) {
      sink.feature(0, "ce=", form, stem, n);
    }
    int affixed = Math.min(affixes, n);
    for (int i = 1; i <= affixed; i++) {
      sink.affix(false, i, pre[i], form, 0, i);
      sink.affix(true, i, suf[i], form, n - i, n);
    }
    for (int d = 1; d <= classWindow; d++) {
      for (int side = 0; side < 2; side++) {
        int group = 2 * d - 1 + side;
        String[] prefixes = neighbourPrefixes[group];
        if (d <= window) {
          words(sink, group, prefixes, form, stem);
        }
        classes(sink, group, prefixes, shape, cls, c);
      }
    }
  }

  private static void words(FeatureSink sink, int group, String[] prefixes, String form, int stem) {
    sink.feature(group, prefixes[W], form, 0, form.length());
    if (stem > 0) {
      sink.feature(group, prefixes[ST], form, 0, stem);
    }
  }

  /**
   * The class features a form of this shape, word class and clusters gives, group by group in
   * {@link #formFeatures}' order, to a sink that takes them one by one.
   */
  void classFeatures(String shape, String cls, String[] clusters, FeatureSink sink) {
    classes(sink, 0, OWN, shape, cls, clusters);
    for (int group = 1; group <= 2 * classWindow; group++) {
      classes(sink, group, neighbourPrefixes[group], shape, cls, clusters);
    }
  }

  private static void classes(FeatureSink sink, int group, String[] prefixes, String shape, String cls, String[] clusters) {
    if (sink.classes(group, shape, cls, clusters)) {
      return;
    }
    sink.feature(group, prefixes[K], shape, 0, shape.length());
    if (cls != null) {
      sink.feature(group, prefixes[WC], cls, 0, cls.length());
    }
    for (String c : clusters) {
      sink.feature(group, prefixes[CLUSTER], c, 0, c.length());
    }
  }

  private static final String[] NO_CLUSTERS = {};
  /** The prefixes of a group's features, by kind: {@code w=}, {@code st=}, {@code k=}, {@code wc=}, clusters. */
  private static final int W = 0;
  private static final int ST = 1;
  private static final int K = 2;
  private static final int WC = 3;
  private static final int CLUSTER = 4;
  private static final String[] OWN = {"w=", "st=", "k=", "wc=", ""};
  /** {@code pre1=} …, {@code suf1=} …, by length (index 0 unused). */
  private final String[] pre;
  private final String[] suf;

  private static String[] affixPrefixes(String name, int affixes) {
    String[] p = new String[affixes + 1];
    for (int i = 1; i <= affixes; i++) {
      p[i] = affixPrefix(name.equals("suf"), i);
    }
    return p;
  }

  /** {@return the name of the feature of a form's first ({@code pre3=}) or last ({@code suf3=}) {@code length} chars} */
  static String affixPrefix(boolean suffix, int length) {
    return (suffix ? "suf" : "pre") + length + "=";
  }

  /** {@return how many first and last chars of a token become features} */
  int affixes() {
    return affixes;
  }

  /** [group][kind]: {@code p1w=}, {@code n1w=} … for each neighbour of the class window (group 0 unused). */
  private final String[][] neighbourPrefixes;

  private static String[][] neighbourPrefixes(int classWindow) {
    String[][] p = new String[1 + 2 * classWindow][];
    for (int d = 1; d <= classWindow; d++) {
      for (int side = 0; side < 2; side++) {
        String at = (side == 0 ? "p" : "n") + d;
        String[] kinds = new String[OWN.length];
        for (int kind = 0; kind < OWN.length; kind++) {
          kinds[kind] = at + OWN[kind];
        }
        p[2 * d - 1 + side] = kinds;
      }
    }
    return p;
  }

  /** How many tokens on each side contribute features. */
  int classWindow() {
    return classWindow;
  }

  /** Computes the per-group features of every token of the sentence, as strings, once per sentence. */
  private void cache(String[] tokens) {
    if (tokens == cachedTokens) {
      return;
    }
    int groups = 1 + 2 * classWindow;
    String[][][] all = new String[tokens.length][][];
    List<List<String>> byGroup = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      byGroup.add(new ArrayList<>());
    }
    for (int i = 0; i < tokens.length; i++) {
      byGroup.forEach(List::clear);
      formFeatures(tokens[i], (group, prefix, s, from, to) -> byGroup.get(group).add(prefix + s.substring(from, to)));
      String[][] token = new String[groups][];
      for (int g = 0; g < groups; g++) {
        token[g] = byGroup.get(g).toArray(new String[0]);
      }
      all[i] = token;
    }
    cachedTokens = tokens;
    cachedGroups = all;
  }

  /**
   * The form without its case ending, or null when it has none (or stripping would leave less than
   * two chars, or a dangling virama). Only the longest ending is stripped.
   */
  static String stem(String form) {
    int stem = stemLength(form);
    return stem < 0 ? null : form.substring(0, stem);
  }

  /** {@return the length of {@link #stem}, or -1 when the form has none} */
  static int stemLength(String form) {
    int n = form.length();
    if (n <= MIN_STEM) {
      return -1;
    }
    char last = form.charAt(n - 1);
    if (last < BENGALI_FIRST || last > BENGALI_LAST) {
      return -1;
    }
    String[] candidates = ENDINGS[last - BENGALI_FIRST];
    if (candidates == null) {
      return -1;
    }
    for (String ending : candidates) {
      int stemLength = n - ending.length();
      if (stemLength >= MIN_STEM && form.endsWith(ending) && form.charAt(stemLength - 1) != VIRAMA) {
        return stemLength;
      }
    }
    return -1;
  }

  /**
   * What the token is made of, read from its chars: {@code bn} (Bengali letters), {@code num}
   * (digits, with separators), {@code bnnum} (digits and Bengali letters: ২৫শে), {@code lat} or
   * {@code Lat} (Latin, capitalized), {@code mix}, {@code punct}, {@code sym}.
   */
  static String shape(String form) {
    boolean bengali = false;
    boolean digit = false;
    boolean latin = false;
    boolean other = false;
    boolean punct = false;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c >= '0' && c <= '9' || c >= '\u09E6' && c <= '\u09EF') {
        digit = true;
      } else if (c >= BENGALI_FIRST && c <= BENGALI_LAST) {
        bengali = true;
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        latin = true;
      } else if (Character.isLetter(c)) {
        other = true;
      } else if (isPunctuation(c)) {
        punct = true;
      } else {
        other = true;
      }
    }
    if (digit) {
      return bengali || latin ? "bnnum" : other ? "sym" : "num";
    }
    if (bengali) {
      return latin || other ? "mix" : "bn";
    }
    if (latin) {
      return other ? "mix" : Character.isUpperCase(form.charAt(0)) ? "Lat" : "lat";
    }
    if (other) {
      return "sym";
    }
    return "punct";
  }

  private static boolean isPunctuation(char c) {
    int type = Character.getType(c);
    return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
  }

  @Override
  public void clearAdaptiveData() {
    cachedTokens = null;
    cachedGroups = null;
  }

  private static String[][] endings() {
    TextNormalizer normalizer = TextNormalizer.standard();
    List<String> all = new ArrayList<>();
    for (String[] row : Resources.table(BengaliNameFeatures.class, "name-endings.tsv")) {
      all.add(normalizer.lexiconForm(row[0]));
    }
    all.sort(Comparator.comparingInt(String::length).reversed());
    String[][] byLast = new String[BENGALI_LAST - BENGALI_FIRST + 1][];
    for (String e : all) {
      char last = e.charAt(e.length() - 1);
      if (last < BENGALI_FIRST || last > BENGALI_LAST) {
        throw new IllegalStateException("name-endings.tsv: not a Bengali ending: " + e);
      }
      String[] old = byLast[last - BENGALI_FIRST];
      String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = e;
      byLast[last - BENGALI_FIRST] = grown;
    }
    return byLast;
  }

  /**
   * The length and CRC-32 of the feature descriptor {@link #describedByBundledXml} builds without
   * reading it: {@code bn-name-features.xml} as the bundled model stores it. A descriptor edited
   * and retrained gives other values, and is read as XML again ({@code
   * BundledFeatureGeneratorsTest} fails until these and that method follow the new descriptor).
   */
  static final int BUNDLED_DESCRIPTOR_LENGTH = 1103;
  static final long BUNDLED_DESCRIPTOR_CRC = 3_786_186_063L;

  /**
   * The model's feature generators: for the descriptor of the bundled model, built here as OpenNLP's
   * {@code GeneratorFactory} builds them from it; for any other, by OpenNLP from its XML. Why: the
   * first XML document a JVM parses loads ~150 classes of its XML parser and costs ~30–45 ms of
   * the pipeline's start.
   */
  static AdaptiveFeatureGenerator generatorsOf(TokenNameFinderModel model) {
    Object descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
    if (descriptor instanceof byte[] bytes && isBundledDescriptor(bytes)) {
      return describedByBundledXml();
    }
    return model.getFactory().createFeatureGenerators();
  }

  /** {@code TokenNameFinderModel}'s entry for the descriptor (package-private there). */
  static final String DESCRIPTOR_ENTRY = "generator.featuregen";

  static boolean isBundledDescriptor(byte[] descriptor) {
    return MadeFrom.bytes(descriptor).is(BUNDLED_DESCRIPTOR_LENGTH, BUNDLED_DESCRIPTOR_CRC);
  }

  /**
   * What {@code bn-name-features.xml} describes, made without reading it: OpenNLP's {@code
   * GeneratorFactory} aggregates the three generators in their order and, for {@code cache="true"},
   * wraps the aggregate in a {@link CachedFeatureGenerator}.
   */
  static AdaptiveFeatureGenerator describedByBundledXml() {
    return new CachedFeatureGenerator(new AggregatedFeatureGenerator(
        new BengaliNameFeatures(WordClasses.standard(), WordClusters.standard(), 1, 1, 4),
        new BigramNameFeatureGenerator(),
        new SentenceFeatureGenerator(true, false)));
  }

  /**
   * Builds the generator from a model's feature descriptor ({@code bn-name-features.xml}):
   * {@code <int name="window">}, {@code <int name="classWindow">}, {@code <int name="affixes">},
   * {@code <bool name="clusters">} (the bundled {@link WordClusters} among the classes; off unless
   * set), and the word classes of
   * {@link WordClasses#standard()}, the lookup the model was trained with. Public because OpenNLP
   * instantiates it by name when a model loads.
   */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    /** Called by OpenNLP's {@code GeneratorFactory}. */
    public Factory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      int window = getInt("window", 1);
      WordClusters clusters = getBool("clusters", false) ? WordClusters.standard() : null;
      return new BengaliNameFeatures(WordClasses.standard(), clusters, window, getInt("classWindow", window), getInt("affixes", 3));
    }
  }
}

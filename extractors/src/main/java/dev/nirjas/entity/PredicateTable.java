package dev.nirjas.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import opennlp.tools.ml.model.Context;

/**
 * A perceptron's predicates — each one's outcomes and weights — in a few flat arrays: the names in
 * a {@link StringIndex}, and the weights of all of them in one {@code int[]} and one {@code
 * double[]}, in the names' order. A name's {@link Context} is made the first time it is asked for,
 * and kept.
 *
 * <p>Why not OpenNLP's map: {@link NameModelTables} reads the bundled model's 33,622 predicates at
 * start, and a map of them cost 33,622 strings, contexts and entries made one by one, 40–50 ms of a
 * fresh JVM's start-up (half as much again for the pair index {@link FormWeights} built by walking
 * every entry); these arrays are read as bulk copies, and the decoder only ever asks for the
 * predicates of the forms it meets. Sorted names give {@link #withPrefix} too: the predicates of one
 * word pair's first word are a run of the table.
 *
 * <p>Thread-safe: the arrays never change after construction; a context made by two threads at once
 * is made twice, equal, and one is kept.
 */
final class PredicateTable {
  private final StringIndex names;
  /** Where the predicates' weights end in {@link #outcomes} and {@link #weights}: predicate i's are {@code [i == 0 ? 0 : weightEnds[i - 1], weightEnds[i])}. */
  private final int[] weightEnds;
  private final int[] outcomes;
  private final double[] weights;
  private final AtomicReferenceArray<Context> made;

  /**
   * A table over arrays laid out as the fields say, taken as they are (not copied).
   *
   * @throws IllegalArgumentException if the arrays do not hold such a table: a name or weight end
   *     that goes back or past its array, names out of order or twice, arrays of other lengths
   */
  PredicateTable(StringIndex names, int[] weightEnds, int[] outcomes, double[] weights) {
    if (weightEnds.length != names.size() || outcomes.length != weights.length) {
      throw new IllegalArgumentException("arrays of different lengths: " + names.size() + " names, " + weightEnds.length
          + " weight ends, " + outcomes.length + " outcomes and " + weights.length + " weights");
    }
    StringIndex.checkEnds(weightEnds, outcomes.length, "weight");
    this.names = names;
    this.weightEnds = weightEnds;
    this.outcomes = outcomes;
    this.weights = weights;
    this.made = new AtomicReferenceArray<>(names.size());
  }

  /** {@return a table of the predicates of {@code map}: its names sorted, its contexts' arrays copied} */
  static PredicateTable of(Map<String, Context> map) {
    StringIndex names = StringIndex.of(map.keySet());
    int entries = 0;
    for (Context c : map.values()) {
      entries += c.getOutcomes().length;
    }
    int[] weightEnds = new int[names.size()];
    int[] outcomes = new int[entries];
    double[] weights = new double[entries];
    entries = 0;
    for (int i = 0; i < names.size(); i++) {
      String name = names.string(i);
      Context c = map.get(name);
      int k = c.getOutcomes().length;
      if (c.getParameters().length != k) {
        throw new IllegalArgumentException("predicate " + name + ": " + k + " outcomes, "
            + c.getParameters().length + " weights");
      }
      System.arraycopy(c.getOutcomes(), 0, outcomes, entries, k);
      System.arraycopy(c.getParameters(), 0, weights, entries, k);
      weightEnds[i] = entries += k;
    }
    return new PredicateTable(names, weightEnds, outcomes, weights);
  }

  /** {@return how many predicates} */
  int size() {
    return names.size();
  }

  /** {@return the name of predicate {@code i}, in the names' order} */
  String name(int i) {
    return names.string(i);
  }

  /** {@return the outcomes and weights of predicate {@code i}} */
  Context context(int i) {
    Context c = made.get(i);
    if (c == null) {
      int from = i == 0 ? 0 : weightEnds[i - 1];
      c = new Context(Arrays.copyOfRange(outcomes, from, weightEnds[i]), Arrays.copyOfRange(weights, from, weightEnds[i]));
      if (!made.compareAndSet(i, null, c)) {
        c = made.get(i);
      }
    }
    return c;
  }

  /** {@return the predicate named {@code name}'s outcomes and weights, or null when there is none} */
  Context get(String name) {
    int i = names.indexOf(name);
    return i < 0 ? null : context(i);
  }

  /**
   * {@return the index of the predicate named {@code prefix} followed by {@code s[from, to)}, or -1
   * when there is none} (no name made: see {@link StringIndex#indexOf(String, String, int, int)})
   */
  int indexOf(String prefix, String s, int from, int to) {
    return names.indexOf(prefix, s, from, to);
  }

  /** {@link #indexOf(String, String, int, int)} of chars in an array ({@link StringIndex#indexOf(String, char[], int, int)}). */
  int indexOf(String prefix, char[] s, int from, int to) {
    return names.indexOf(prefix, s, from, to);
  }

  /**
   * Adds predicate {@code i}'s weights to {@code scores}, each outcome's at {@code at} + the
   * outcome: what adding its {@link #context}'s would add, in the same order, with no context made.
   */
  void addWeights(int i, double[] scores, int at) {
    for (int j = i == 0 ? 0 : weightEnds[i - 1], end = weightEnds[i]; j < end; j++) {
      scores[at + outcomes[j]] += weights[j];
    }
  }

  /**
   * {@return every {@code w} for which some name starts with {@code prefix + w + ","}} Each name
   * of the prefix's run gives every part of its rest that a comma ends, since a word may hold a
   * comma: so {@code withPrefix(prefix + w + ",")} finds nothing for a {@code w} not in the set.
   */
  Set<String> firstWords(String prefix) {
    Set<String> words = new HashSet<>();
    int[] run = run(prefix);
    for (int i = run[0]; i < run[1]; i++) {
      String rest = names.substring(i, prefix.length());
      for (int c = rest.indexOf(','); c >= 0; c = rest.indexOf(',', c + 1)) {
        words.add(rest.substring(0, c));
      }
    }
    return words;
  }

  /** {@return the range {@code [first, end)} of the predicates whose names start with {@code prefix}} */
  int[] run(String prefix) {
    return names.run(prefix);
  }

  /**
   * Marks in {@code bits} the rest of every name that starts with {@code prefix}, by its hash
   * ({@link StringIndex#markRests}; {@link StringIndex#marked} asks).
   */
  void markRests(String prefix, long[] bits) {
    names.markRests(prefix, bits);
  }

  /**
   * {@return the predicates whose names start with {@code prefix}, by the rest of their names}
   * (a map of its own; the shared empty map when none does).
   */
  Map<String, Context> withPrefix(String prefix) {
    Map<String, Context> found = Map.of();
    int[] run = run(prefix);
    for (int i = run[0]; i < run[1]; i++) {
      if (found.isEmpty()) {
        found = new HashMap<>();
      }
      found.put(names.substring(i, prefix.length()), context(i));
    }
    return found;
  }

  /** The arrays, for {@link NameModelTables#write}. */
  StringIndex names() {
    return names;
  }

  int[] weightEnds() {
    return weightEnds;
  }

  int[] outcomes() {
    return outcomes;
  }

  double[] weights() {
    return weights;
  }
}

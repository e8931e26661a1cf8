package dev.nirjas.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Distributional word clusters for the name finder's features: each form of {@code
 * bn-word-clusters.tsv} with its cluster at a few granularities (say 32, 128 and 512 clusters),
 * from word vectors learnt on unlabelled Bengali text ({@code dev.nirjas.bench.WordClusterTraining},
 * {@code bench/train-clusters}). A name never
 * seen in the training split shares a cluster with names that were (কেশব with other Indian given
 * names, ঢাকা with Bangladesh's cities), which is what a linear model over word identities lacks.
 *
 * <p>The features of a form are {@code c32=17}, {@code c128=90} …; a form not in the table is
 * looked up by its stem (the case ending stripped), and has none when that is missing too. The
 * feature strings are built once per cluster, so a lookup allocates nothing. Immutable.
 */
final class WordClusters {
  private static final String[] NONE = {};

  private final Map<String, String[]> features;

  private WordClusters(Map<String, String[]> features) {
    this.features = features;
  }

  /** The bundled table, loaded once. */
  static WordClusters standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final WordClusters STANDARD = read("bn-word-clusters.tsv");
  }

  /**
   * Reads the bundled table straight into the map, with a loop of its own rather than {@code
   * Resources.table}: 35,000 rows of plain forms and numbers need no escapes, and
   * the generic path took 120 ms of a pipeline's start-up, this one 50 ms.
   */
  private static WordClusters read(String name) {
    String text;
    try (InputStream in = WordClusters.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + WordClusters.class.getName());
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return parse(name, text);
  }

  /**
   * Parses a table's text: lines of tab-separated columns ({@code \r\n} ends too), {@code #} lines
   * are comments, the first other line the header.
   */
  static WordClusters parse(String name, String text) {
    String[][] names = null;
    Map<String, String[]> features = new HashMap<>(64 * 1024);
    int row = 0;
    for (int start = 0, n = text.length(); start < n; ) {
      int next = text.indexOf('\n', start);
      if (next < 0) {
        next = n;
      }
      int end = next > start && text.charAt(next - 1) == '\r' ? next - 1 : next;
      if (end > start && text.charAt(start) != '#') {
        int tab = text.indexOf('\t', start);
        if (tab < 0 || tab > end) {
          throw new IllegalStateException(name + ": row " + row + " has no clusters");
        }
        if (names == null) {
          if (!text.startsWith("form\t", start)) {
            throw new IllegalStateException(name + ": the first row must be 'form' and the cluster counts");
          }
          names = featureNames(text.substring(tab + 1, end).split("\t"));
        } else {
          String[] f = new String[names.length];
          int at = tab + 1;
          for (int level = 0; level < names.length; level++) {
            int c = 0;
            int digits = 0;
            while (at < end && text.charAt(at) != '\t') {
              char d = text.charAt(at++);
              if (d < '0' || d > '9') {
                throw new IllegalStateException(name + ": row " + row + ": not a cluster number");
              }
              c = c * 10 + (d - '0');
              digits++;
            }
            if ((level < names.length - 1) != (at < end)) {
              int columns = 1;
              for (int i = start; i < end; i++) {
                columns += text.charAt(i) == '\t' ? 1 : 0;
              }
              throw new IllegalStateException(name + ": row " + row + " has " + columns + " columns, not " + (names.length + 1));
            }
            if (digits == 0 || c >= names[level].length) {
              throw new IllegalStateException(name + ": row " + row + ": no cluster " + c + " of " + names[level].length);
            }
            f[level] = names[level][c];
            at++;
          }
          features.put(text.substring(start, tab), f);
        }
        row++;
      }
      start = next + 1;
    }
    if (names == null) {
      throw new IllegalStateException(name + ": empty");
    }
    return new WordClusters(features);
  }

  /** The feature strings of every cluster of each granularity ({@code c32=0} …), built once. */
  private static String[][] featureNames(String[] granularities) {
    String[][] names = new String[granularities.length][];
    for (int level = 0; level < names.length; level++) {
      int k = Integer.parseInt(granularities[level]);
      names[level] = new String[k];
      for (int c = 0; c < k; c++) {
        names[level][c] = "c" + k + "=" + c;
      }
    }
    return names;
  }

  /**
   * {@return the cluster features of a normalized form (or of its stem), or none} The array is
   * shared by every caller: read it, never write it.
   */
  String[] of(String form) {
    String[] f = features.get(form);
    if (f == null) {
      String stem = BengaliNameFeatures.stem(form);
      f = stem == null ? null : features.get(stem);
    }
    return f == null ? NONE : f;
  }

  /** {@return how many forms the table holds} */
  int size() {
    return features.size();
  }
}

package dev.nirjas.entity;

import dev.nirjas.text.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distributional word clusters for the name finder's features: each form of {@code
 * bn-word-clusters.tsv} with its cluster at a few granularities (say 32, 128 and 512 clusters),
 * from word vectors learnt on unlabelled Bengali text ({@link WordClusterTraining}). A name never
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
    static final WordClusters STANDARD = of(Resources.table(WordClusters.class, "bn-word-clusters.tsv"));
  }

  /**
   * Reads a table whose header row ({@code #k} …, the first data row starting with {@code form})
   * names the granularities: {@code form 32 128 512}, then a row per form.
   */
  static WordClusters of(List<String[]> rows) {
    if (rows.isEmpty() || !rows.get(0)[0].equals("form")) {
      throw new IllegalStateException("bn-word-clusters.tsv: the first row must be 'form' and the cluster counts");
    }
    String[] header = rows.get(0);
    String[][] names = new String[header.length - 1][];
    for (int level = 0; level < names.length; level++) {
      int k = Integer.parseInt(header[level + 1]);
      names[level] = new String[k];
      for (int c = 0; c < k; c++) {
        names[level][c] = "c" + k + "=" + c;
      }
    }
    Map<String, String[]> features = new HashMap<>(rows.size() * 2);
    for (int r = 1; r < rows.size(); r++) {
      String[] row = rows.get(r);
      if (row.length != header.length) {
        throw new IllegalStateException("bn-word-clusters.tsv: row " + r + " has " + row.length + " columns");
      }
      String[] f = new String[names.length];
      for (int level = 0; level < names.length; level++) {
        int c = Integer.parseInt(row[level + 1]);
        if (c < 0 || c >= names[level].length) {
          throw new IllegalStateException("bn-word-clusters.tsv: row " + r + ": no cluster " + c + " of " + names[level].length);
        }
        f[level] = names[level][c];
      }
      features.put(row[0], f);
    }
    return new WordClusters(Map.copyOf(features));
  }

  /** {@return the cluster features of a normalized form (or of its stem), or none} */
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

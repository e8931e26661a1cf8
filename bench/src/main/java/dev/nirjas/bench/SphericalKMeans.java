package dev.nirjas.bench;

import java.util.Arrays;

/**
 * k-means over unit vectors by cosine similarity (spherical k-means): each vector joins the centre
 * it is closest to in angle, each centre becomes the normalized sum of its members, until fewer
 * than one vector in a thousand moves or a fixed number of rounds. The first centres are vectors
 * spread evenly over the input's order (for word vectors sorted by count: frequent and rare words
 * alike), so the result is deterministic.
 */
final class SphericalKMeans {
  private static final int MAX_ROUNDS = 25;

  private SphericalKMeans() {}

  /**
   * Clusters {@code count} vectors.
   *
   * @param vectors unit vectors, {@code dimensions} floats each
   * @param count how many vectors
   * @param dimensions each vector's length
   * @param k how many clusters (at most {@code count})
   * @return each vector's cluster, 0 to {@code k - 1}
   */
  static int[] cluster(float[] vectors, int count, int dimensions, int k) {
    if (k < 1 || k > count) {
      throw new IllegalArgumentException("k must lie in 1.." + count + ": " + k);
    }
    float[] centres = new float[k * dimensions];
    for (int c = 0; c < k; c++) {
      int pick = (int) ((long) c * count / k);
      System.arraycopy(vectors, pick * dimensions, centres, c * dimensions, dimensions);
    }
    int[] assigned = new int[count];
    Arrays.fill(assigned, -1);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int moved = 0;
      for (int v = 0; v < count; v++) {
        int best = 0;
        float bestSimilarity = Float.NEGATIVE_INFINITY;
        int at = v * dimensions;
        for (int c = 0; c < k; c++) {
          int ct = c * dimensions;
          float s = 0;
          for (int d = 0; d < dimensions; d++) {
            s += vectors[at + d] * centres[ct + d];
          }
          if (s > bestSimilarity) {
            bestSimilarity = s;
            best = c;
          }
        }
        if (assigned[v] != best) {
          assigned[v] = best;
          moved++;
        }
      }
      Arrays.fill(centres, 0);
      for (int v = 0; v < count; v++) {
        int ct = assigned[v] * dimensions;
        int at = v * dimensions;
        for (int d = 0; d < dimensions; d++) {
          centres[ct + d] += vectors[at + d];
        }
      }
      SkipGramVectors.normalize(centres, dimensions);
      if (moved < count / 1000) {
        break;
      }
    }
    return assigned;
  }
}

package dev.nirjas.bench;

import java.util.Arrays;

/**
 * Word vectors learnt by skip-gram with negative sampling (Mikolov et al., 2013, the word2vec
 * algorithm): each word's vector is pushed towards the output vectors of the words around it and
 * away from a few drawn at random in proportion to their count to the power 0.75; very frequent
 * words are dropped at random ("subsampling").
 *
 * <p>Hand-written because no well-kept JVM library does this without a native tensor runtime
 * (Deeplearning4j brings ND4J's binaries). Single-threaded with its own seeded generator and a
 * sigmoid table computed with {@link StrictMath}, so the same input gives the same vectors on any
 * JVM: the cluster table built from them is reproducible.
 */
final class SkipGramVectors {
  private static final int SIGMOID_RANGE = 6;
  private static final int SIGMOID_STEPS = 1000;
  private static final float[] SIGMOID = sigmoidTable();
  private static final int NEGATIVE_TABLE = 10_000_000;

  private final int dimensions;
  private final int window;
  private final int negatives;
  private final int epochs;
  private final double subsample;
  private long random;

  /**
   * @param dimensions the vectors' length
   * @param window the widest context on each side (each position draws a width from 1 to it)
   * @param negatives random words drawn for each context word
   * @param epochs passes over the text
   * @param subsample the frequency above which words are dropped at random (word2vec's {@code -sample})
   * @param seed the random generator's seed
   */
  SkipGramVectors(int dimensions, int window, int negatives, int epochs, double subsample, long seed) {
    this.dimensions = dimensions;
    this.window = window;
    this.negatives = negatives;
    this.epochs = epochs;
    this.subsample = subsample;
    this.random = seed;
  }

  /**
   * Learns a vector per word.
   *
   * @param texts each text as word ids (0 to {@code counts.length - 1}); context never crosses texts
   * @param counts how often each word occurs
   * @return the vectors, {@code dimensions} floats per word, each scaled to length 1
   */
  float[] train(int[][] texts, long[] counts) {
    int words = counts.length;
    long total = 0;
    for (int[] t : texts) {
      total += t.length;
    }
    int[] negativeTable = negativeTable(counts);
    double[] keep = new double[words];
    for (int w = 0; w < words; w++) {
      double f = counts[w] / (double) total;
      keep[w] = Math.min(1, (StrictMath.sqrt(f / subsample) + 1) * subsample / f);
    }
    float[] in = new float[words * dimensions];
    float[] out = new float[words * dimensions];
    for (int i = 0; i < in.length; i++) {
      in[i] = (float) ((nextDouble() - 0.5) / dimensions);
    }
    float[] gradient = new float[dimensions];
    final float startRate = 0.025f;
    long steps = epochs * total;
    long done = 0;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int[] text : texts) {
        for (int pos = 0; pos < text.length; pos++, done++) {
          int word = text[pos];
          if (keep[word] < nextDouble()) {
            continue;
          }
          float rate = Math.max(startRate * 1e-4f, startRate * (1 - (float) done / steps));
          int shrink = (int) (next() % window);
          for (int c = pos - window + shrink; c <= pos + window - shrink; c++) {
            if (c == pos || c < 0 || c >= text.length) {
              continue;
            }
            int context = text[c] * dimensions;
            Arrays.fill(gradient, 0);
            for (int n = 0; n <= negatives; n++) {
              int target;
              int label;
              if (n == 0) {
                target = word;
                label = 1;
              } else {
                target = negativeTable[(int) (next() % NEGATIVE_TABLE)];
                if (target == word) {
                  continue;
                }
                label = 0;
              }
              int t = target * dimensions;
              float dot = 0;
              for (int d = 0; d < dimensions; d++) {
                dot += in[context + d] * out[t + d];
              }
              float g = (label - sigmoid(dot)) * rate;
              for (int d = 0; d < dimensions; d++) {
                gradient[d] += g * out[t + d];
                out[t + d] += g * in[context + d];
              }
            }
            for (int d = 0; d < dimensions; d++) {
              in[context + d] += gradient[d];
            }
          }
        }
      }
    }
    normalize(in, dimensions);
    return in;
  }

  /** Scales each vector to length 1 (a zero vector stays zero). */
  static void normalize(float[] vectors, int dimensions) {
    for (int v = 0; v < vectors.length; v += dimensions) {
      double sum = 0;
      for (int d = 0; d < dimensions; d++) {
        sum += vectors[v + d] * vectors[v + d];
      }
      if (sum > 0) {
        float scale = (float) (1 / StrictMath.sqrt(sum));
        for (int d = 0; d < dimensions; d++) {
          vectors[v + d] *= scale;
        }
      }
    }
  }

  private static float sigmoid(float x) {
    if (x >= SIGMOID_RANGE) {
      return 1;
    }
    if (x <= -SIGMOID_RANGE) {
      return 0;
    }
    return SIGMOID[(int) ((x + SIGMOID_RANGE) * (SIGMOID_STEPS / (2f * SIGMOID_RANGE)))];
  }

  private static float[] sigmoidTable() {
    float[] t = new float[SIGMOID_STEPS + 1];
    for (int i = 0; i <= SIGMOID_STEPS; i++) {
      double x = (i / (double) SIGMOID_STEPS * 2 - 1) * SIGMOID_RANGE;
      t[i] = (float) (1 / (1 + StrictMath.exp(-x)));
    }
    return t;
  }

  /** Word ids laid out in proportion to count^0.75, for drawing negatives. */
  private static int[] negativeTable(long[] counts) {
    double sum = 0;
    for (long c : counts) {
      sum += StrictMath.pow(c, 0.75);
    }
    int[] table = new int[NEGATIVE_TABLE];
    int word = 0;
    double reach = StrictMath.pow(counts[0], 0.75) / sum;
    for (int i = 0; i < NEGATIVE_TABLE; i++) {
      table[i] = word;
      if ((double) i / NEGATIVE_TABLE > reach && word < counts.length - 1) {
        word++;
        reach += StrictMath.pow(counts[word], 0.75) / sum;
      }
    }
    return table;
  }

  /** word2vec's linear congruential generator; non-negative results. */
  private long next() {
    random = random * 25214903917L + 11;
    return (random >>> 16) & 0x7fff_ffff_ffffL;
  }

  private double nextDouble() {
    return (next() & 0xffff_ffffL) / 4294967296.0;
  }
}

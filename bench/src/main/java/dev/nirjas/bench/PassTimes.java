package dev.nirjas.bench;

import java.util.Arrays;

/**
 * The wall-clock times of the measured passes of one workload, and the token count of one pass.
 *
 * @param nanos the duration of each measured pass
 * @param tokens tokens produced by one pass
 */
public record PassTimes(long[] nanos, long tokens) {

  /** Copies the times; at least one is required. */
  public PassTimes {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no measured pass");
    }
    nanos = nanos.clone();
  }

  /** The median pass time: robust to a pass that a neighbour's build slowed down. */
  public double median() {
    long[] s = nanos.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
  }

  /** The fastest pass. */
  public long min() {
    return Arrays.stream(nanos).min().orElseThrow();
  }

  /** The slowest pass. */
  public long max() {
    return Arrays.stream(nanos).max().orElseThrow();
  }

  /**
   * The median absolute deviation from the median, relative to the median: how noisy this row was,
   * without letting the one pass a neighbour disturbed dominate the figure as max − min would.
   */
  public double relativeMad() {
    double m = median();
    long[] dev = new long[nanos.length];
    for (int i = 0; i < nanos.length; i++) {
      dev[i] = Math.round(Math.abs(nanos[i] - m));
    }
    return new PassTimes(dev, tokens).median() / m;
  }
}

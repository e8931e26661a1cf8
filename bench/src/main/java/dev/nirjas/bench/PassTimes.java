package dev.nirjas.bench;

import java.util.Arrays;

/**
 * The wall-clock times of the measured passes of one workload, the measuring thread's CPU time in
 * each, and the token count of one pass.
 *
 * @param nanos the duration of each measured pass
 * @param cpuNanos the CPU time the measuring thread spent in each pass (on a shared machine, what
 *     a neighbour's load distorts least: time spent waiting for a core is not counted)
 * @param tokens tokens produced by one pass
 */
public record PassTimes(long[] nanos, long[] cpuNanos, long tokens) {

  /** Copies the times; at least one is required, a CPU time for each. */
  public PassTimes {
    if (nanos.length == 0 || cpuNanos.length != nanos.length) {
      throw new IllegalArgumentException("need at least one measured pass and its CPU time");
    }
    nanos = nanos.clone();
    cpuNanos = cpuNanos.clone();
  }

  /** The median CPU time of a pass. */
  public double cpuMedian() {
    return median(cpuNanos);
  }

  /** The median pass time: robust to a pass that a neighbour's build slowed down. */
  public double median() {
    return median(nanos);
  }

  private static double median(long[] values) {
    long[] s = values.clone();
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
    return median(dev) / m;
  }
}

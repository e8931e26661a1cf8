package dev.nirjas.bench;

import dev.nirjas.Document;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Times several trials (a workload over some documents), pass by pass: every pass runs each trial
 * once, in an order that rotates from pass to pass.
 *
 * <p>Interleaving is what makes the ratios trustworthy on a shared machine: a burst of load from a
 * neighbour slows one pass of every trial instead of all passes of one trial. The first
 * {@code warmup} passes let the JIT compile everything and are not recorded.
 */
public final class InterleavedPasses {
  /** Keeps results reachable so the JIT cannot discard the work. */
  private static volatile long sink;

  private final int warmup;
  private final int measured;
  private final PrintStream progress;

  /** One thing to time: a workload and its input. */
  public record Trial(Workload workload, List<Document> documents) {}

  /**
   * @param warmup passes run first and not recorded
   * @param measured passes recorded; reports take their median
   * @param progress where to say what is running (standard error), never the report itself
   */
  public InterleavedPasses(int warmup, int measured, PrintStream progress) {
    if (warmup < 0 || measured < 1) {
      throw new IllegalArgumentException("need warmup >= 0 and measured >= 1");
    }
    this.warmup = warmup;
    this.measured = measured;
    this.progress = progress;
  }

  /** Times every workload over the same documents; results in the order of {@code workloads}. */
  public List<PassTimes> run(List<? extends Workload> workloads, List<Document> documents) {
    List<Trial> trials = new ArrayList<>();
    for (Workload w : workloads) {
      trials.add(new Trial(w, documents));
    }
    return run(trials);
  }

  /** Times every trial; results in the order of {@code trials}. */
  public List<PassTimes> run(List<Trial> trials) {
    int n = trials.size();
    long[][] times = new long[n][measured];
    long[][] cpu = new long[n][measured];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] tokens = new long[n];
    for (int pass = 0; pass < warmup + measured; pass++) {
      boolean recorded = pass >= warmup;
      long[] thisPass = new long[n];
      for (int k = 0; k < n; k++) {
        int i = (pass + k) % n;
        Trial trial = trials.get(i);
        // Collect now, outside the timed region, so that no trial pays for another's garbage.
        System.gc();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long count = trial.workload().processAll(trial.documents());
        long t = System.nanoTime() - t0;
        long c = threads.getCurrentThreadCpuTime() - c0;
        sink += count;
        tokens[i] = count;
        thisPass[i] = t;
        if (recorded) {
          times[i][pass - warmup] = t;
          cpu[i][pass - warmup] = c;
        }
      }
      report(pass, recorded, trials, thisPass);
    }
    List<PassTimes> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new PassTimes(times[i], cpu[i], tokens[i]));
    }
    return out;
  }

  /** One progress line per pass, so a noisy pass can be spotted. */
  private void report(int pass, boolean recorded, List<Trial> trials, long[] nanos) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("  %s pass %d/%d:", recorded ? "measured" : "warm-up",
        recorded ? pass - warmup + 1 : pass + 1, recorded ? measured : warmup));
    for (int i = 0; i < nanos.length; i++) {
      b.append(i == 0 ? " " : ", ").append(trials.get(i).workload().label()).append(' ')
          .append(nanos[i] / 1_000_000).append(" ms");
    }
    progress.println(b);
  }
}

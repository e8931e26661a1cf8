package dev.nirjas.bench;

import dev.nirjas.Analysis;
import dev.nirjas.Document;
import dev.nirjas.Layer;
import dev.nirjas.MentionType;
import dev.nirjas.Pipeline;
import dev.nirjas.Stage;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each stage's own CPU time in the full standard pipeline: every stage wrapped so that the thread's
 * CPU time is read before and after it, document by document. {@code bench/run stages}.
 *
 * <p>Why beside the prefix table of {@link CorpusRunner}: a prefix's difference from the one before
 * it is two noisy medians subtracted, and a stage early in a prefix runs without the later stages
 * evicting its data from the caches. Here each stage is timed where it runs in the full pipeline.
 * To compare two builds, alternate launches of their jars and compare each stage's minimum (a pass
 * the machine's other load did not reach): one launch of each, one after the other, is not enough
 * on a shared machine.
 */
public final class StageTimes {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private StageTimes() {}

  /** The usage text. */
  static final String USAGE = String.join("\n",
      "Usage: bench/run stages [--fresh] [--warmup N] [--passes N] [--limit-docs N] [--limit-bytes N]",
      "",
      "Each stage's CPU time where it runs in the full standard pipeline, a pass over the corpus:",
      "the minimum and the median over the measured passes, as a Markdown table. The options are",
      "the corpus runner's (bench/run --help), --warmup " + RunnerOptions.DEFAULT_WARMUP
          + " by default: one pipeline's code is",
      "still being compiled for its first ~20 passes over 5 MB. The scaling check is not run.",
      "",
      "--fresh: each pass through a pipeline built for it, whose vocabulary has met no form yet, so",
      "that each stage's time includes what it asks of a form the first time: what the command line",
      "pays once a run, for every distinct form of its input. (What the stages keep across pipelines,",
      "their lexicons and models and what those cache, stays warm.)");

  /** The options as {@link #main} reads them: the corpus runner's, with {@code --fresh} taken out. */
  static RunnerOptions options(String... args) {
    return RunnerOptions.parseOrExit("StageTimes", USAGE, withoutFresh(args));
  }

  /** {@return whether the arguments ask for a new pipeline each pass ({@code --fresh})} */
  static boolean fresh(String... args) {
    return Arrays.asList(args).contains(FRESH);
  }

  private static final String FRESH = "--fresh";

  /** {@return the arguments but {@code --fresh}, for the corpus runner's parser} */
  static String[] withoutFresh(String... args) {
    return Arrays.stream(args).filter(a -> !a.equals(FRESH)).toArray(String[]::new);
  }

  /** Parses the options ({@link RunnerOptions}: warm-up, passes, limits) and prints the table. */
  public static void main(String[] args) {
    RunnerOptions options = options(args);
    if (options.help()) {
      System.out.println(USAGE);
      return;
    }
    boolean fresh = fresh(args);
    Corpus corpus = Corpus.load(ProjectRoot.find(), new Corpus.Limit(options.limitDocs(), options.limitBytes()));
    List<Timed> timed = timed(Pipeline.standard());
    Pipeline pipeline = pipeline(timed);
    long[][] nanos = new long[options.passes()][timed.size()];
    for (int pass = 0; pass < options.warmup() + options.passes(); pass++) {
      if (fresh && pass > 0) {
        pipeline.close();
        timed = timed(Pipeline.standard()); // a new vocabulary: every form met anew
        pipeline = pipeline(timed);
      }
      System.gc(); // as the corpus runner: a pass pays for no garbage of the one before
      timed.forEach(t -> t.nanos = 0);
      for (Document d : corpus.documents()) {
        pipeline.annotate(d);
      }
      if (pass >= options.warmup()) {
        for (int i = 0; i < timed.size(); i++) {
          nanos[pass - options.warmup()][i] = timed.get(i).nanos;
        }
      }
      System.err.printf("pass %d%n", pass);
    }
    pipeline.close();
    List<String> names = timed.stream().map(Stage::name).toList();
    print(System.out, corpus, options, fresh, names, nanos);
  }

  /** Each stage of {@code standard}, wrapped to be timed. */
  private static List<Timed> timed(Pipeline standard) {
    List<Timed> timed = new ArrayList<>();
    for (Stage s : standard.stages()) {
      timed.add(new Timed(s));
    }
    return timed;
  }

  private static Pipeline pipeline(List<Timed> timed) {
    Pipeline.Builder b = Pipeline.builder();
    timed.forEach(b::add);
    return b.build();
  }

  private static void print(PrintStream out, Corpus corpus, RunnerOptions options, boolean fresh,
      List<String> names, long[][] nanos) {
    out.printf("Each stage's CPU time in the full pipeline, ms a pass over %s documents, %d warm-up + %d measured passes%s%n%n",
        Figures.grouped(corpus.size()), options.warmup(), options.passes(),
        fresh ? ", each through a new pipeline (every form met anew)" : "");
    out.print(table(names, nanos));
  }

  /**
   * {@return a Markdown table: each stage's minimum and median CPU ms over the passes, and its
   * share of the sum of the medians}
   *
   * @param names the stages in order
   * @param nanos per measured pass, each stage's CPU nanoseconds
   */
  static String table(List<String> names, long[][] nanos) {
    int n = names.size();
    double[] min = new double[n];
    double[] median = new double[n];
    double total = 0;
    for (int s = 0; s < n; s++) {
      long[] stage = new long[nanos.length];
      for (int p = 0; p < nanos.length; p++) {
        stage[p] = nanos[p][s];
      }
      PassTimes times = new PassTimes(stage, stage, 0); // CPU times both: the thread's own
      min[s] = times.min() / 1e6;
      median[s] = times.median() / 1e6;
      total += median[s];
    }
    MarkdownTable t = new MarkdownTable("stage", "CPU ms, min", "CPU ms, median", "share");
    for (int s = 0; s < n; s++) {
      t.row(names.get(s), Figures.fixed(min[s], 1), Figures.fixed(median[s], 1), Figures.percent(median[s] / total));
    }
    t.row("all stages", Figures.fixed(Arrays.stream(min).sum(), 1), Figures.fixed(total, 1), Figures.percent(1));
    return t.toString();
  }

  /** A stage that adds the thread's CPU time spent in it to {@link #nanos}; one thread only. */
  private static final class Timed implements Stage {
    private final Stage stage;
    long nanos;

    Timed(Stage stage) {
      this.stage = stage;
    }

    @Override
    public String name() {
      return stage.name();
    }

    @Override
    public Set<Layer> requires() {
      return stage.requires();
    }

    @Override
    public Set<Layer> provides() {
      return stage.provides();
    }

    @Override
    public Set<MentionType> replaces() {
      return stage.replaces();
    }

    @Override
    public Stage configure(Map<String, String> args) {
      throw new UnsupportedOperationException("a timed stage is not configured");
    }

    @Override
    public void close() {
      stage.close();
    }

    @Override
    public void process(Analysis analysis) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      stage.process(analysis);
      nanos += THREADS.getCurrentThreadCpuTime() - t0;
    }
  }
}

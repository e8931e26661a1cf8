package dev.nirjas.bench;

import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the whole corpus in one JVM and prints the Markdown report of
 * {@code docs/PERFORMANCE.md}: throughput of Lucene's BengaliAnalyzer, of each prefix of the
 * standard pipeline and of the full pipeline (interleaved passes, median); the scaling check by
 * document size; and the bytes allocated per document.
 *
 * <p>Run {@code bench/run --help} for the options. Single-threaded on purpose: the figure to quote
 * is per-core speed relative to Lucene.
 */
public final class CorpusRunner {
  /** Nominal document sizes of the scaling check, in UTF-8 bytes. */
  private static final long[] SCALING_SIZES = {1_000, 100_000, 10_000_000};
  private static final String[] SCALING_LABELS = {"~1 KB", "~100 KB", "~10 MB"};
  /** The goals stated in docs/PERFORMANCE.md (issue 11): the full pipeline's throughput against Lucene's, */
  private static final double GOAL = 0.5;
  /** the mention pipeline's (every stage up to and with the times stage), */
  private static final double MENTION_GOAL = 1.0;
  private static final String MENTION_ROW = "+ times";
  /** and the bytes the full pipeline allocates per input byte. */
  private static final double ALLOCATION_GOAL = 10;

  private final RunnerOptions options;
  private final PrintStream out;
  private final PrintStream progress;

  CorpusRunner(RunnerOptions options, PrintStream out, PrintStream progress) {
    this.options = options;
    this.out = out;
    this.progress = progress;
  }

  /** Parses the options and runs; exit status 2 on a wrong option. */
  public static void main(String[] args) {
    RunnerOptions options = RunnerOptions.parseOrExit("CorpusRunner", RunnerOptions.USAGE, args);
    if (options.help()) {
      System.out.println(RunnerOptions.USAGE);
      return;
    }
    new CorpusRunner(options, System.out, System.err).run();
  }

  void run() {
    progress.println("loading the corpus...");
    Corpus corpus = Corpus.load(ProjectRoot.find(),
        new Corpus.Limit(options.limitDocs(), options.limitBytes()));
    Pipeline standard = Pipeline.standard();
    List<String> names = StagePrefixes.names(standard);
    List<Pipeline> prefixes = StagePrefixes.all(standard);

    try (LuceneWorkload lucene = new LuceneWorkload()) {
      List<Workload> rows = new ArrayList<>();
      rows.add(lucene);
      for (int i = 0; i < prefixes.size(); i++) {
        // "+ segmentation": the row of a prefix is named after the stage it adds.
        rows.add(new PipelineWorkload((i == 0 ? "" : "+ ") + names.get(i), prefixes.get(i)));
      }
      // Built on its own rather than reusing the last prefix, as a user would build it.
      PipelineWorkload full = new PipelineWorkload("full pipeline", Pipeline.standard());
      rows.add(full);

      header(corpus, names);
      progress.printf("throughput: %d workloads, %d warm-up + %d measured passes over %s documents%n",
          rows.size(), options.warmup(), options.passes(), Figures.grouped(corpus.size()));
      InterleavedPasses passes = new InterleavedPasses(options.warmup(), options.passes(), progress);
      List<PassTimes> times = passes.run(rows, corpus.documents());
      List<String> prefixLabels = new ArrayList<>();
      for (Workload w : rows.subList(1, rows.size() - 1)) {
        prefixLabels.add(w.label());
      }
      ThroughputReport throughput = new ThroughputReport(corpus, times.get(0), prefixLabels,
          times.subList(1, rows.size() - 1), times.get(rows.size() - 1));
      out.println("### Throughput");
      out.println();
      out.print(throughput.table());
      out.println();
      double ratio = throughput.ratioToLucene();
      out.printf("**Full pipeline / Lucene throughput: %s** (goal ≥ %s: %s); on CPU time: %s; %s.%n%n",
          Figures.fixed(ratio, 2), Figures.fixed(GOAL, 1), ratio >= GOAL ? "met" : "not met",
          Figures.fixed(throughput.cpuRatioToLucene(), 2), throughput.ratiosByPass());
      double mentions = throughput.prefixRatioToLucene(MENTION_ROW);
      if (!Double.isNaN(mentions)) {
        out.printf("**Mention pipeline (through `%s`) / Lucene throughput: %s** (goal ≥ %s: %s).%n%n", MENTION_ROW,
            Figures.fixed(mentions, 2), Figures.fixed(MENTION_GOAL, 1), mentions >= MENTION_GOAL ? "met" : "not met");
      }
      out.flush();

      if (options.scaling()) {
        scaling(corpus, full, lucene);
      }
      allocation(corpus, rows);
    }
  }

  private void header(Corpus corpus, List<String> names) {
    var runtime = ManagementFactory.getRuntimeMXBean();
    out.println("## Corpus run, " + LocalDate.now());
    out.println();
    out.printf("- corpus: `%s`: %s documents, %s MB UTF-8, %s chars%n", corpus.source(),
        Figures.grouped(corpus.size()), Figures.fixed(corpus.utf8Bytes() / 1e6, 2),
        Figures.grouped(corpus.chars()));
    out.printf("- JVM: %s %s, args `%s`; %d CPUs available, measured on one thread%n",
        runtime.getVmName(), System.getProperty("java.runtime.version"),
        String.join(" ", runtime.getInputArguments()), Runtime.getRuntime().availableProcessors());
    out.printf("- passes: %d warm-up + %d measured, interleaved, median reported; MB = 10^6 bytes%n",
        options.warmup(), options.passes());
    out.printf("- stages: %s%n%n", String.join(" → ", names));
    out.flush();
  }

  private void scaling(Corpus corpus, Workload full, Workload lucene) {
    long largest = SCALING_SIZES[SCALING_SIZES.length - 1];
    String text = SizedDocuments.joined(corpus, largest);
    List<InterleavedPasses.Trial> trials = new ArrayList<>();
    List<List<Document>> sets = new ArrayList<>();
    for (long size : SCALING_SIZES) {
      List<Document> docs = SizedDocuments.slices(text, size);
      sets.add(docs);
      trials.add(new InterleavedPasses.Trial(full, docs));
      trials.add(new InterleavedPasses.Trial(lucene, docs));
    }
    progress.printf("scaling: %s chars cut three ways%n", Figures.grouped(text.length()));
    List<PassTimes> times = new InterleavedPasses(1, options.passes(), progress).run(trials);
    ScalingReport report = new ScalingReport();
    for (int i = 0; i < SCALING_SIZES.length; i++) {
      List<Document> docs = sets.get(i);
      long chars = 0;
      for (Document d : docs) {
        chars += d.text().length();
      }
      report.add(new ScalingReport.Row(SCALING_LABELS[i], docs.size(), chars,
          times.get(2 * i), times.get(2 * i + 1)));
    }
    out.println("### Scaling with document size (full pipeline and Lucene)");
    out.println();
    out.printf("The first %s MB of the corpus, joined with blank lines, cut into documents of each size;"
        + " median of %d passes after 1 warm-up.%n%n", Figures.fixed(Corpus.utf8Length(text) / 1e6, 1),
        options.passes());
    out.print(report.table());
    out.println();
    out.flush();
  }

  private void allocation(Corpus corpus, List<Workload> rows) {
    progress.println("allocation: one pass per row");
    AllocationMeter meter = new AllocationMeter();
    AllocationReport report = new AllocationReport(corpus);
    long full = 0;
    for (Workload w : rows) {
      full = meter.bytesOf(w, corpus.documents()); // the last row is the full pipeline
      report.add(w.label(), full);
    }
    out.println("### Allocation");
    out.println();
    out.println("Heap bytes the measuring thread allocated during one pass after warm-up"
        + " (ThreadMXBean#getThreadAllocatedBytes); KB = 10^3 bytes of UTF-8 input;"
        + " × input size = bytes allocated per input byte.");
    out.println();
    out.print(report.table());
    out.println();
    double perInputByte = (double) full / corpus.utf8Bytes();
    out.printf("**Full pipeline: %s bytes allocated per input byte** (goal ≤ %s: %s).%n",
        Figures.fixed(perInputByte, 2), Figures.fixed(ALLOCATION_GOAL, 0), perInputByte <= ALLOCATION_GOAL ? "met" : "not met");
    out.flush();
  }
}

package dev.nirjas.bench;

import java.util.List;

/**
 * The main table: for Lucene, each pipeline prefix and the full pipeline, the median pass time and
 * what it means in MB/s, documents/s and tokens/s, each stage's share of the full pipeline's time,
 * and each row's throughput relative to Lucene's, by wall-clock time and by the measuring thread's
 * CPU time.
 */
public final class ThroughputReport {
  private final Corpus corpus;
  private final PassTimes lucene;
  private final List<String> prefixLabels;
  private final List<PassTimes> prefixes;
  private final PassTimes full;

  /**
   * @param corpus what every pass processed
   * @param lucene the Lucene baseline's times
   * @param prefixLabels the row name of each prefix, shortest first ("normalization", "+ segmentation")
   * @param prefixes the times of each prefix of the standard pipeline, shortest first
   * @param full the times of the standard pipeline built on its own
   */
  public ThroughputReport(Corpus corpus, PassTimes lucene, List<String> prefixLabels,
      List<PassTimes> prefixes, PassTimes full) {
    if (prefixLabels.size() != prefixes.size()) {
      throw new IllegalArgumentException("one label per prefix expected");
    }
    this.corpus = corpus;
    this.lucene = lucene;
    this.prefixLabels = List.copyOf(prefixLabels);
    this.prefixes = List.copyOf(prefixes);
    this.full = full;
  }

  /** Full-pipeline throughput divided by Lucene's: the figure to quote. */
  public double ratioToLucene() {
    return lucene.median() / full.median();
  }

  /**
   * {@return the throughput of the prefix whose row is {@code label} divided by Lucene's} (NaN when
   * no row has that label)
   */
  public double prefixRatioToLucene(String label) {
    int i = prefixLabels.indexOf(label);
    return i < 0 ? Double.NaN : lucene.median() / prefixes.get(i).median();
  }

  /** The same ratio from the measuring thread's CPU time: what a shared machine's load distorts least. */
  public double cpuRatioToLucene() {
    return lucene.cpuMedian() / full.cpuMedian();
  }

  /**
   * The ratio pass by pass (each pass ran Lucene and the full pipeline back to back), on wall-clock
   * and on CPU time: its spread shows whether one noisy launch decided the median.
   */
  public String ratiosByPass() {
    StringBuilder wall = new StringBuilder();
    StringBuilder cpu = new StringBuilder();
    for (int p = 0; p < full.nanos().length; p++) {
      String sep = p == 0 ? "" : ", ";
      wall.append(sep).append(Figures.fixed((double) lucene.nanos()[p] / full.nanos()[p], 2));
      cpu.append(sep).append(Figures.fixed((double) lucene.cpuNanos()[p] / full.cpuNanos()[p], 2));
    }
    return "by pass: " + wall + " (CPU time: " + cpu + ")";
  }

  /** The Markdown table. */
  public String table() {
    MarkdownTable t = new MarkdownTable("run", "ms / pass>", "± MAD>", "MB/s>", "docs/s>",
        "tokens/s>", "share of full>", "vs Lucene>", "CPU ms / pass>", "vs Lucene, CPU>");
    // Nirjas rows all use the corpus's Nirjas token count, so that they compare with each other
    // (a prefix without segmentation makes no tokens of its own).
    long nirjasTokens = full.tokens();
    row(t, "Lucene BengaliAnalyzer", lucene, lucene.tokens(), "");
    double previous = 0;
    for (int i = 0; i < prefixes.size(); i++) {
      PassTimes p = prefixes.get(i);
      row(t, prefixLabels.get(i), p, nirjasTokens, Figures.percent((p.median() - previous) / full.median()));
      previous = p.median();
    }
    row(t, "**full pipeline**", full, nirjasTokens, Figures.percent(1));
    return t.toString();
  }

  private void row(MarkdownTable t, String label, PassTimes p, long tokens, String share) {
    double seconds = p.median() / 1e9;
    t.row(label,
        Figures.grouped(p.median() / 1e6),
        Figures.percent(p.relativeMad()),
        Figures.fixed(corpus.utf8Bytes() / 1e6 / seconds, 2),
        Figures.grouped(corpus.size() / seconds),
        Figures.grouped(tokens / seconds),
        share,
        Figures.times(lucene.median() / p.median()),
        Figures.grouped(p.cpuMedian() / 1e6),
        Figures.times(lucene.cpuMedian() / p.cpuMedian()));
  }
}

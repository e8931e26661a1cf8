package dev.nirjas.bench;

/**
 * The allocation table: heap bytes allocated per document and per KB of input by each row of the
 * throughput table, in one pass after warm-up.
 */
public final class AllocationReport {
  private final Corpus corpus;
  private final MarkdownTable table = new MarkdownTable("run", "bytes / doc>",
      "bytes / KB of input>", "× input size>");

  /** An empty table for one pass over {@code corpus}. */
  public AllocationReport(Corpus corpus) {
    this.corpus = corpus;
  }

  /** Adds the row of a workload that allocated {@code bytes} in one pass. */
  public AllocationReport add(String label, long bytes) {
    double perInputByte = (double) bytes / corpus.utf8Bytes();
    table.row(label,
        Figures.grouped((double) bytes / corpus.size()),
        Figures.grouped(perInputByte * 1_000),
        Figures.fixed(perInputByte, 2));
    return this;
  }

  /** The Markdown table. */
  public String table() {
    return table.toString();
  }
}

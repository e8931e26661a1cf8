package dev.nirjas.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The scaling table: time per char of the same text cut into documents of different sizes, for the
 * full pipeline and for Lucene. Flat rows mean cost linear in length and no per-document overhead
 * worth speaking of.
 */
public final class ScalingReport {
  private final List<Row> rows = new ArrayList<>();

  /**
   * One document size.
   *
   * @param label the nominal size ("~1 KB")
   * @param documents how many documents the text was cut into
   * @param chars the total UTF-16 length of those documents
   * @param nirjas the full pipeline's times
   * @param lucene Lucene's times
   */
  public record Row(String label, int documents, long chars, PassTimes nirjas, PassTimes lucene) {
    double nirjasNsPerChar() {
      return nirjas.median() / chars;
    }

    double luceneNsPerChar() {
      return lucene.median() / chars;
    }
  }

  /** Adds the row of one size; the first row added is the reference of the ratios. */
  public ScalingReport add(Row row) {
    rows.add(row);
    return this;
  }

  /** The Markdown table. */
  public String table() {
    MarkdownTable t = new MarkdownTable("document size", "documents>", "chars / doc>",
        "Nirjas ns/char>", "vs first>", "Lucene ns/char>", "vs first>");
    Row first = rows.get(0);
    for (Row r : rows) {
      t.row(r.label(), Figures.grouped(r.documents()), Figures.grouped((double) r.chars() / r.documents()),
          Figures.fixed(r.nirjasNsPerChar(), 1),
          Figures.times(r.nirjasNsPerChar() / first.nirjasNsPerChar()),
          Figures.fixed(r.luceneNsPerChar(), 1),
          Figures.times(r.luceneNsPerChar() / first.luceneNsPerChar()));
    }
    return t.toString();
  }
}

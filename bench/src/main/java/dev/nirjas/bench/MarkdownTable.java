package dev.nirjas.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A GitHub-flavoured Markdown table, columns padded so it also reads well in a terminal. */
public final class MarkdownTable {
  private final String[] header;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * A table with these column headers; a header ending in {@code ">"} marks a right-aligned
   * (numeric) column, the marker itself is dropped.
   */
  public MarkdownTable(String... header) {
    this.header = new String[header.length];
    this.right = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      right[i] = header[i].endsWith(">");
      this.header[i] = right[i] ? header[i].substring(0, header[i].length() - 1) : header[i];
    }
  }

  /** Adds a row; it must have one cell per column. */
  public MarkdownTable row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException("row of " + cells.length + " cells for " + header.length
          + " columns: " + Arrays.toString(cells));
    }
    rows.add(cells.clone());
    return this;
  }

  @Override
  public String toString() {
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = Math.max(3, header[i].length());
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, header, width);
    b.append('|');
    for (int i = 0; i < header.length; i++) {
      b.append(' ').append("-".repeat(width[i] - 1)).append(right[i] ? ':' : '-').append(" |");
    }
    b.append('\n');
    for (String[] r : rows) {
      line(b, r, width);
    }
    return b.toString();
  }

  private void line(StringBuilder b, String[] cells, int[] width) {
    b.append('|');
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(width[i] - cells[i].length());
      b.append(' ').append(right[i] ? pad + cells[i] : cells[i] + pad).append(" |");
    }
    b.append('\n');
  }
}

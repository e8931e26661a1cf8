package dev.nirjas.bench;

import dev.nirjas.Document;
import java.util.List;

/**
 * One way of processing documents: the unit that benchmarks time and compare.
 *
 * <p>Every implementation returns a count derived from its output, so that no JIT can prove the
 * work useless and drop it.
 */
public interface Workload {

  /** The row name in reports ("Lucene BengaliAnalyzer", "+ segmentation"). */
  String label();

  /** Processes one document; returns the number of tokens it produced (0 if it makes none). */
  long process(Document document);

  /** Processes every document in order; returns the total token count. */
  default long processAll(List<Document> documents) {
    long n = 0;
    for (int i = 0, size = documents.size(); i < size; i++) {
      n += process(documents.get(i));
    }
    return n;
  }
}

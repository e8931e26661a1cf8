package dev.nirjas.cli;

import dev.nirjas.Annotation;

/** How records are written: JSON Lines (the contract) or CSV. Implementations are thread-safe. */
interface RecordFormat {
  /** What opens a new output (a CSV header row); empty for none. */
  String header();

  /**
   * The UTF-8 bytes of an annotated document, line ends included (made on the pool's thread, so
   * the one thread that writes only copies them).
   *
   * @param meta a jsonl record's other fields as a JSON object, or null
   * @param position the record's position in the run, from 0
   */
  byte[] document(Annotation a, String meta, long position);

  /** The UTF-8 bytes of an error record, line ends included. */
  byte[] error(String id, String message, long position);
}

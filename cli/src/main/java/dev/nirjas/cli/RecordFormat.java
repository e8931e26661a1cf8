package dev.nirjas.cli;

import dev.nirjas.Annotation;

/** How records are written: JSON Lines (the contract) or CSV. Implementations are thread-safe. */
interface RecordFormat {
  /** What opens a new output (a CSV header row); empty for none. */
  String header();

  /**
   * The text of an annotated document, line ends included.
   *
   * @param meta a jsonl record's other fields as a JSON object, or null
   * @param position the record's position in the run, from 0
   */
  String document(Annotation a, String meta, long position);

  /** The text of an error record, line ends included. */
  String error(String id, String message, long position);
}

package dev.nirjas.cli;

import java.util.Map;

/**
 * What one input record became: its output (UTF-8 bytes, encoded on the worker's thread), and what
 * the summary counts of it. Never compared: the {@code byte[]} makes equality identity.
 *
 * @param record the input record
 * @param id the document's id (the record's own for jsonl)
 * @param output the UTF-8 bytes to write for it, line ends included (empty: a CSV record without rows)
 * @param error why it is an error record; null for an annotated document
 * @param mentions its mentions, counted by type name
 * @param events its events, counted by type
 */
record Result(RawRecord record, String id, byte[] output, String error, Map<String, Integer> mentions,
    Map<String, Integer> events) {

  boolean isError() {
    return error != null;
  }
}

package dev.nirjas.cli;

import java.nio.file.Path;

/**
 * One input of a run: a file, or standard input.
 *
 * @param path the file; null for standard input
 * @param id the name records of this input are known by: the file name, or the path as given when
 *     two inputs share a name; "stdin" for standard input
 * @param size the file's size in bytes (compressed, as stored), or -1 when unknown
 */
record Source(Path path, String id, long size) {
  /** Standard input. */
  static Source stdin() {
    return new Source(null, "stdin", -1);
  }

  boolean isStdin() {
    return path == null;
  }

  /** How messages name it: the path as given, or "standard input". */
  String describe() {
    return path == null ? "standard input" : path.toString();
  }
}

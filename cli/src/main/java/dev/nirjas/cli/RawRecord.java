package dev.nirjas.cli;

/**
 * One input record as read, before any decoding: the bytes of a line or a file, or what kept it
 * from being read.
 *
 * @param position its place among all the records of the run, from 0 ({@code --resume} counts by it)
 * @param id the id it has unless its content names another (a jsonl record's "id"): the file's id
 *     for a text document, the line number (after "file:" when there are several inputs) for a line
 * @param where where it is, for messages: "news.jsonl:17", "news.txt", "stdin:3"
 * @param line its line number in its input, from 1; 0 for a whole-file document
 * @param bytes its bytes (only the first {@code length} count)
 * @param problem why it cannot be read (too long, an unreadable file); null when it was read
 * @param size the bytes it took in its input, line end included (for throughput)
 */
record RawRecord(long position, String id, String where, long line, byte[] bytes, int length,
    String problem, long size) {

  static RawRecord problem(long position, String id, String where, String problem) {
    return new RawRecord(position, id, where, 0, new byte[0], 0, problem, 0);
  }
}

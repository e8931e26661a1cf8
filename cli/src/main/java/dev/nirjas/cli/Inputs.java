package dev.nirjas.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** How the command's inputs are named and opened. */
final class Inputs {
  private Inputs() {}

  /** The first two bytes of every gzip stream (RFC 1952). */
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  /** Whether the argument stands for standard input. */
  static boolean isStdin(Path file) {
    return file.toString().equals("-");
  }

  /**
   * The document id of each file: its name, or the path as given when another file of the list has
   * the same name (a/report.txt and b/report.txt), so that ids stay distinct; "stdin" for -.
   */
  static Map<Path, String> ids(List<Path> files) {
    Map<String, Integer> names = new HashMap<>();
    for (Path f : files) {
      names.merge(name(f), 1, Integer::sum);
    }
    Map<Path, String> ids = new LinkedHashMap<>();
    for (Path f : files) {
      ids.put(f, isStdin(f) ? "stdin" : names.get(name(f)) > 1 ? f.toString() : name(f));
    }
    return ids;
  }

  private static String name(Path f) {
    return f.getFileName() == null ? f.toString() : f.getFileName().toString();
  }

  /**
   * The stream, decompressed when it starts with gzip's magic bytes, whatever the file is called:
   * a gzip file without .gz read as text gave thousands of "invalid UTF-8" records.
   */
  static InputStream decompressed(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(2);
    int first = b.read();
    int second = b.read();
    b.reset();
    return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2 ? new GZIPInputStream(b, 1 << 16) : b;
  }

  /** Whether writing failed because the reader closed the pipe (EPIPE). */
  static boolean isClosedPipe(Throwable e) {
    String m = e == null ? null : e.getMessage();
    return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed")
        || m.contains("pipe has been ended"));
  }
}

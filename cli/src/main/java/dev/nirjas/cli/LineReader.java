package dev.nirjas.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads byte lines (or the whole stream as one), never holding more than a cap in memory: a 100 MB
 * line past the cap is skipped and reported as too long, and the next line is read.
 */
final class LineReader {
  private final InputStream in;
  private final long max;
  private final boolean byLine;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;

  /**
   * One line without its line end, or a line longer than the cap (then without its bytes).
   *
   * @param rawLength the bytes the line took in the stream, its line end included
   */
  record Line(byte[] bytes, int length, boolean tooLong, long rawLength) {}

  /**
   * @param max the longest line kept, in bytes
   * @param byLine whether to cut the stream at {@code \n}; else it is one line
   */
  LineReader(InputStream in, long max, boolean byLine) {
    this.in = in;
    this.max = max;
    this.byLine = byLine;
  }

  /** The next line without its line end ({@code \n} or {@code \r\n}), or null at the end. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long size = 0;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        if (eof || (lim = in.read(buf)) < 0) {
          eof = true;
          lim = pos = 0;
          if (!any) {
            return null;
          }
          return finish(line, size, size);
        }
        pos = 0;
      }
      any = true;
      int start = pos;
      int end = lim;
      if (byLine) {
        while (pos < lim && buf[pos] != '\n') {
          pos++;
        }
        end = pos;
      } else {
        pos = lim;
      }
      size += end - start;
      if (size <= max) {
        line.write(buf, start, end - start);
      }
      if (byLine && pos < lim) {
        pos++; // the '\n'
        return finish(line, size, size + 1);
      }
    }
  }

  private Line finish(ByteArrayOutputStream line, long size, long raw) {
    if (size > max) {
      return new Line(new byte[0], 0, true, raw);
    }
    byte[] b = line.toByteArray();
    int n = b.length;
    if (byLine && n > 0 && b[n - 1] == '\r') {
      n--;
    }
    return new Line(b, n, false, raw);
  }
}

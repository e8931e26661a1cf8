package dev.nirjas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

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

  /**
   * The next line without its line end ({@code \n} or {@code \r\n}), or null at the end. A line
   * within one read of the stream is copied once, straight from the read buffer; only a line across
   * reads is gathered in a growing array (this is the one thread that reads for all the workers).
   */
  Line next() throws IOException {
    byte[] gathered = null; // the line's bytes so far, when it runs across reads
    int length = 0;
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
          return finish(gathered, length, size, size);
        }
        pos = 0;
      }
      any = true;
      int start = pos;
      int end = lim;
      if (byLine) {
        pos = lineEnd(buf, pos, lim);
        end = pos;
      } else {
        pos = lim;
      }
      boolean ends = byLine && pos < lim;
      size += end - start;
      if (ends && gathered == null) {
        pos++; // the '\n'
        return size <= max ? finish(Arrays.copyOfRange(buf, start, end), end - start, size, size + 1)
            : finish(null, 0, size, size + 1);
      }
      if (size <= max) {
        int need = length + end - start;
        if (gathered == null || need > gathered.length) {
          // first the size it needs (a whole short document read at once keeps no slack), then
          // doubling, so that a line over many reads is copied a bounded number of times
          long grown = gathered == null ? need : Math.min(Math.min(max, Integer.MAX_VALUE - 8), 2L * need);
          gathered = Arrays.copyOf(gathered == null ? new byte[0] : gathered, (int) Math.max(grown, need));
        }
        System.arraycopy(buf, start, gathered, length, end - start);
        length += end - start;
      }
      if (ends) {
        pos++; // the '\n'
        return finish(gathered, length, size, size + 1);
      }
    }
  }

  /**
   * {@return where the first {@code \n} of {@code b[from, to)} is, or {@code to}} A loop over locals
   * in a method of its own: over the reader's fields, the first-tier JIT read and wrote them at
   * every byte, and the reading thread, which shares the cores with the workers, spent ~60 ms of
   * the corpus's run in that loop.
   */
  private static int lineEnd(byte[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] != '\n') {
      i++;
    }
    return i;
  }

  /** The line of {@code bytes[0, length)} (null: none kept), {@code size} bytes before its end. */
  private Line finish(byte[] bytes, int length, long size, long raw) {
    if (size > max) {
      return new Line(new byte[0], 0, true, raw);
    }
    if (bytes == null) {
      return new Line(new byte[0], 0, false, raw);
    }
    int n = length;
    if (byLine && n > 0 && bytes[n - 1] == '\r') {
      n--;
    }
    return new Line(bytes, n, false, raw);
  }
}

package dev.nirjas.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Writes the records' UTF-8 bytes, whole and in order, and knows how many of them reached the
 * destination: what to report when writing fails (a full disk takes none of a small run).
 */
final class RecordSink implements AutoCloseable {
  private final CountingStream counted;
  private final OutputStream out;
  private long written;
  private long bytes; // UTF-8 bytes of the records handed over so far
  private final ArrayDeque<Long> pendingEnds = new ArrayDeque<>(); // handed over, not yet known to be out
  private long delivered;

  /** Writing the output failed: the run stops. */
  static final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super(cause);
    }
  }

  RecordSink(OutputStream destination) {
    this.counted = new CountingStream(destination);
    this.out = new BufferedOutputStream(counted, 1 << 16);
  }

  /** Writes text that is no record (a CSV header). */
  void preamble(String text) {
    if (!text.isEmpty()) {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      try {
        out.write(b);
      } catch (IOException e) {
        throw new OutputFailure(e);
      }
      bytes += b.length;
    }
  }

  /** Writes one record's text, as UTF-8 bytes. */
  void write(byte[] record) {
    try {
      out.write(record);
    } catch (IOException e) {
      throw new OutputFailure(e);
    }
    written++;
    bytes += record.length;
    pendingEnds.addLast(bytes);
    delivered(); // keeps the queue to what the buffers hold
  }

  /** Records handed to the output. */
  long written() {
    return written;
  }

  /** Records that reached the destination whole; fewer than {@link #written()} while buffers hold some. */
  long delivered() {
    long at = counted.count;
    while (!pendingEnds.isEmpty() && pendingEnds.peekFirst() <= at) {
      pendingEnds.pollFirst();
      delivered++;
    }
    return delivered;
  }

  /** Flushes and closes the destination (a gzip stream writes its end). */
  @Override
  public void close() throws IOException {
    out.close();
  }

  /** Counts the bytes the destination took. */
  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}

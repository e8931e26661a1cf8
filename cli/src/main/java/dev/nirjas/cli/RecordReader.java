package dev.nirjas.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a run's inputs, one after another, cut as the input format says. A file that
 * cannot be opened or read to its end gives an error record where it stands (and a line on
 * standard error), and the next file is read: counts in = counts out. Reads lazily, one record
 * ahead at most, on the thread that asks.
 */
final class RecordReader implements Iterator<RawRecord>, AutoCloseable {
  private final List<Source> sources;
  private final ExtractCommand.Format format;
  private final long maxBytes;
  private final InputStream stdin;
  private final PrintStream err;
  private final boolean several;
  private final int maxChars;

  private int nextSource;
  private Source source;
  private InputStream open;
  private LineReader lines;
  private long lineNumber;
  private long position;
  private long bytesDone; // raw bytes of the inputs finished
  private CountingInput counting;
  private RawRecord ahead;

  /**
   * @param maxChars the longest document accepted, in chars: a longer line is not kept in memory
   * @param stdin what "-" and no input read
   * @param err where a file that cannot be read is reported
   */
  RecordReader(List<Source> sources, ExtractCommand.Format format, int maxChars, InputStream stdin,
      PrintStream err) {
    this.sources = sources;
    this.format = format;
    // a UTF-8 char takes at most 4 bytes; JSON may escape one as six
    this.maxBytes = (long) maxChars * (format == ExtractCommand.Format.jsonl ? 6 : 4)
        + (format == ExtractCommand.Format.jsonl ? 1024 : 0);
    this.stdin = stdin;
    this.err = err;
    this.several = sources.size() > 1;
    this.maxChars = maxChars;
  }

  /** The bytes read so far from the inputs as stored (compressed bytes of a gzip file). */
  long bytesRead() {
    return bytesDone + (counting == null ? 0 : counting.count);
  }

  /** The total size of the inputs as stored, or -1 when one of them has no known size (stdin). */
  long totalBytes() {
    long total = 0;
    for (Source s : sources) {
      if (s.size() < 0) {
        return -1;
      }
      total += s.size();
    }
    return total;
  }

  @Override
  public boolean hasNext() {
    if (ahead == null) {
      ahead = read();
    }
    return ahead != null;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord r = ahead;
    ahead = null;
    return r;
  }

  private RawRecord read() {
    while (true) {
      if (lines == null) {
        if (nextSource == sources.size()) {
          return null;
        }
        source = sources.get(nextSource++);
        lineNumber = 0;
        try {
          counting = new CountingInput(source.isStdin() ? stdin : Files.newInputStream(source.path()));
          open = Inputs.decompressed(counting);
        } catch (IOException | SecurityException e) {
          err.println("nirjas: cannot read " + source.describe() + ": " + ExtractCommand.describe(e));
          finishSource();
          return RawRecord.problem(position++, source.id(), source.describe(),
              "cannot read file " + source.describe() + ": " + ExtractCommand.describe(e));
        }
        lines = new LineReader(open, maxBytes, format != ExtractCommand.Format.text);
      }
      LineReader.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        String what = source.isStdin() ? "standard input" : "file " + source.describe();
        err.println("nirjas: error reading " + source.describe() + ": " + ExtractCommand.describe(e));
        finishSource();
        return RawRecord.problem(position++, source.id(), source.describe(),
            "error reading " + what + ": " + ExtractCommand.describe(e));
      }
      if (line == null) {
        boolean empty = lineNumber == 0 && format == ExtractCommand.Format.text;
        finishSource();
        if (empty) { // an empty file is still a document
          return new RawRecord(position++, source.id(), source.describe(), 0, new byte[0], 0, null, 0);
        }
        continue;
      }
      lineNumber++;
      RawRecord r;
      if (format == ExtractCommand.Format.text) {
        r = new RawRecord(position, source.id(), source.describe(), 0, line.bytes(), line.length(),
            line.tooLong() ? "document longer than --max-chars " + maxChars : null, line.rawLength());
      } else {
        String id = (several ? source.id() + ":" : "") + lineNumber;
        r = new RawRecord(position, id, source.id() + ":" + lineNumber, lineNumber, line.bytes(),
            line.length(), line.tooLong() ? "line longer than --max-chars " + maxChars : null, line.rawLength());
      }
      position++;
      return r;
    }
  }

  private void finishSource() {
    if (counting != null) {
      bytesDone += counting.count;
      counting = null;
    }
    if (open != null && !source.isStdin()) {
      try {
        open.close();
      } catch (IOException ignored) {
        // read to its end or failed already; nothing more to say
      }
    }
    open = null;
    lines = null;
  }

  @Override
  public void close() {
    finishSource();
  }

  /** Counts the bytes taken from a stream. */
  private static final class CountingInput extends FilterInputStream {
    long count;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}

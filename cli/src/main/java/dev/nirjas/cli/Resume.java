package dev.nirjas.cli;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * {@code --resume}: how many records an existing output already holds whole, by position, and the
 * output cut back to exactly those, so that the run appends the rest and the file ends as an
 * uninterrupted run would have left it. A run stopped by a signal leaves whole records; one killed
 * harder (SIGKILL, a power cut) may leave half a line or a gzip member without its end, and those
 * are dropped here.
 */
final class Resume {
  /** Reads the ids of existing output records; immutable, so one serves every call. */
  private static final tools.jackson.databind.json.JsonMapper IDS =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private Resume() {}

  /**
   * Where a resumed run starts.
   *
   * @param records how many input records the output holds whole: the run skips that many
   * @param lastId the id of the last of them, to check that the input is the same (null: not known)
   */
  record Point(long records, String lastId) {}

  /**
   * Cuts {@code output} back to its whole records.
   *
   * @throws IOException when the output cannot be read or cut
   */
  static Point prepare(Path output, boolean csv, boolean gzip) throws IOException {
    if (!Files.exists(output) || Files.size(output) == 0) {
      return new Point(0, null);
    }
    return csv ? new Point(csv(output, gzip), null) : jsonl(output, gzip);
  }

  /** JSON Lines: every line that ends in a line break is a whole record. */
  private static Point jsonl(Path output, boolean gzip) throws IOException {
    long lines = 0;
    long kept = 0; // decompressed bytes up to the last line end
    long total = 0;
    boolean cut = false;
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    byte[] lastLine = null;
    try (InputStream in = open(output, gzip)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
            kept = total + i + 1;
            line.write(buf, from, i - from);
            lastLine = line.toByteArray();
            line.reset();
            from = i + 1;
          }
        }
        line.write(buf, from, n - from);
        total += n;
      }
    } catch (EOFException | ZipException e) {
      cut = true; // a gzip member without its end: what was read of it stands
    }
    Point point = new Point(lines, idOf(lastLine));
    if (kept == total && !cut) {
      return point;
    }
    if (!gzip) {
      try (FileChannel ch = FileChannel.open(output, StandardOpenOption.WRITE)) {
        ch.truncate(kept);
      }
      return point;
    }
    long keep = kept;
    rewrite(output, out -> {
      try (InputStream in = open(output, true)) {
        copy(in, out, keep);
      }
    });
    return point;
  }

  /** The "id" of an output record; null when it has none or is not JSON. */
  private static String idOf(byte[] record) {
    if (record == null) {
      return null;
    }
    try {
      tools.jackson.databind.JsonNode id = IDS.readTree(record).get("id");
      return id == null || !id.isString() ? null : id.asString();
    } catch (JacksonException e) {
      return null;
    }
  }

  /**
   * CSV: the records are numbered in the first column; the last one found may have lost rows, so
   * its rows go and the run does it again. (A record without rows after it was done and wrote
   * nothing: doing it again writes nothing either.) Two passes over the rows, none held in memory.
   */
  private static long csv(Path output, boolean gzip) throws IOException {
    long[] last = {0};
    boolean[] header = {false};
    rows(output, gzip, row -> {
      if (!header[0]) {
        header[0] = row[0].equals(CsvFormat.COLUMNS.get(0));
        return header[0];
      }
      try {
        last[0] = Math.max(last[0], Long.parseLong(row[0]));
        return true;
      } catch (NumberFormatException e) {
        return false; // the end of a cut row
      }
    });
    if (!header[0]) {
      throw new IOException(output + " is not a CSV output of nirjas (no header row)");
    }
    CsvFormat format = new CsvFormat();
    Path kept = Files.createTempFile(output.toAbsolutePath().getParent(), output.getFileName().toString(), ".rows");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(kept), 1 << 16)) {
        boolean[] first = {true};
        rows(output, gzip, row -> {
          if (first[0]) {
            first[0] = false;
            return true;
          }
          if (row.length != CsvFormat.COLUMNS.size() || !isRecordBefore(row[0], last[0])) {
            return false;
          }
          try {
            out.write(format.rows(List.<String[]>of(row)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return true;
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      rewrite(output, out -> {
        out.write(format.header().getBytes(StandardCharsets.UTF_8));
        Files.copy(kept, out);
      });
    } finally {
      Files.deleteIfExists(kept);
    }
    return Math.max(0, last[0] - 1);
  }

  /** Reads the CSV rows in order until {@code each} says stop, or a cut row or gzip end. */
  private static void rows(Path output, boolean gzip, java.util.function.Predicate<String[]> each)
      throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (Reader in = new InputStreamReader(open(output, gzip), StandardCharsets.UTF_8);
        MappingIterator<String[]> it = mapper.readerFor(String[].class)
            .with(CsvReadFeature.WRAP_AS_ARRAY).readValues(in)) {
      while (it.hasNextValue() && each.test(it.nextValue())) {
        // each row is handled by the predicate
      }
    } catch (JacksonException | EOFException | ZipException e) {
      // a row cut short at the end, or a gzip member without its end: the rows before it stand
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof EOFException || e.getCause() instanceof ZipException) {
        return;
      }
      throw e;
    }
  }

  private static boolean isRecordBefore(String record, long last) {
    try {
      return Long.parseLong(record) < last;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the new content beside the output and moves it over, so a failure leaves the old one. */
  private static void rewrite(Path output, Content content) throws IOException {
    Path dir = output.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, output.getFileName().toString(), ".resume");
    try {
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
          OutputStream out = OutputFile.isGzip(output) ? new GZIPOutputStream(raw, 1 << 16) : raw) {
        content.writeTo(out);
      }
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static InputStream open(Path output, boolean gzip) throws IOException {
    InputStream in = Files.newInputStream(output);
    return gzip ? Inputs.decompressed(in) : new java.io.BufferedInputStream(in, 1 << 16);
  }

  /** Copies the first {@code n} bytes, as far as they go. */
  private static void copy(InputStream in, OutputStream out, long n) throws IOException {
    byte[] buf = new byte[1 << 16];
    long left = n;
    try {
      while (left > 0) {
        int k = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (k < 0) {
          break;
        }
        out.write(buf, 0, k);
        left -= k;
      }
    } catch (EOFException | ZipException e) {
      // the cut end, past what is kept
    }
  }
}

package dev.nirjas.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a run did, counted as its records are written, and said on standard error at the end. */
final class Summary {
  /** How a run ended. */
  enum Ending {
    /** Every input record was read. */
    COMPLETE,
    /** A signal (SIGINT, SIGTERM) stopped it between two records. */
    INTERRUPTED,
    /** {@code --fail-fast} stopped it at its first error record. */
    FAILED_FAST
  }

  private final Map<String, Long> mentions = new TreeMap<>();
  private final Map<String, Long> events = new TreeMap<>();
  private long records;
  private long errors;
  private long inputBytes;
  private long skipped;
  private Result last;
  private Result firstError;

  /** Counts one written record. */
  void add(Result r) {
    records++;
    inputBytes += r.record().size();
    if (r.isError()) {
      errors++;
      if (firstError == null) {
        firstError = r;
      }
    }
    r.mentions().forEach((type, n) -> mentions.merge(type, (long) n, Long::sum));
    r.events().forEach((type, n) -> events.merge(type, (long) n, Long::sum));
    last = r;
  }

  /** Records an existing output held, which {@code --resume} skipped. */
  void skipped(long n) {
    skipped = n;
  }

  long records() {
    return records;
  }

  long errors() {
    return errors;
  }

  /**
   * Prints the summary.
   *
   * @param output how the output is named in messages
   */
  void print(PrintStream err, Ending ending, Duration wall, int threads, String output) {
    double seconds = Math.max(wall.toMillis(), 1) / 1000.0;
    if (skipped > 0) {
      err.println("nirjas: resumed after the " + n(skipped) + " records already in " + output);
    }
    err.println("nirjas: " + n(records) + " records in, " + n(records) + " out: " + n(records - errors)
        + " documents, " + n(errors) + " error records");
    err.println("nirjas: mentions " + counts(mentions));
    err.println("nirjas: events " + counts(events));
    err.println(String.format(Locale.ROOT, "nirjas: %.2f MB in %.1f s: %.2f MB/s on %d thread%s",
        inputBytes / 1e6, seconds, inputBytes / 1e6 / seconds, threads, threads == 1 ? "" : "s"));
    long done = skipped + records;
    switch (ending) {
      case INTERRUPTED -> err.println("nirjas: interrupted; " + output + " holds the first " + n(done)
          + " records whole" + (last == null ? "" : " (the last: " + last.record().where() + ", id \""
          + last.id() + "\")") + ". Run the same command with --resume to go on.");
      case FAILED_FAST -> err.println("nirjas: stopped at the first error record (--fail-fast): "
          + firstError.record().where() + ", id \"" + firstError.id() + "\": " + firstError.error());
      case COMPLETE -> {
        if (errors > 0) {
          err.println("nirjas: " + n(errors) + " of " + n(records) + " records are errors");
        }
      }
    }
  }

  private static String counts(Map<String, Long> byType) {
    long total = byType.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      return "0";
    }
    return n(total) + ": " + byType.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + n(e.getValue())).collect(Collectors.joining(", "));
  }

  private static String n(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}

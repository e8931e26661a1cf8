package dev.nirjas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The progress bar on standard error (me.tongfei:progressbar): input megabytes read, MB/s, the
 * documents done, and an ETA when the inputs' total size is known. Shown only when standard error
 * is a terminal: a log file or a pipe gets the summary alone.
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;
  private boolean closed;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** No bar. */
  static Progress none() {
    return new Progress(null);
  }

  /**
   * A bar when standard error is a terminal, else none.
   *
   * @param totalBytes the inputs' size as stored, or -1 when unknown (standard input)
   */
  static Progress onTerminal(long totalBytes) {
    if (!stderrIsTerminal()) {
      return none();
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("nirjas")
        .setInitialMax(totalBytes)
        .setUnit(" MB", 1_000_000)
        .showSpeed(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)))
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .clearDisplayOnFinish()
        .build();
    return new Progress(bar);
  }

  /** Moves the bar to {@code bytesRead} of input, {@code documents} written. */
  void update(long bytesRead, long documents) {
    if (bar != null) {
      bar.stepTo(bytesRead);
      bar.setExtraMessage(String.format(Locale.ROOT, " %,d docs", documents));
    }
  }

  /** Clears the bar from the terminal; again is nothing. */
  @Override
  public void close() {
    if (bar != null && !closed) {
      closed = true;
      bar.close();
    }
  }

  /**
   * Whether standard error is a terminal. Java has no isatty for it ({@code System.console()} asks
   * about standard input and output): on Linux, where /proc tells what file descriptor 2 is, that;
   * elsewhere the console's answer, which is right for an interactive shell.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // no /proc: ask the console
    }
    return System.console() != null;
  }
}

package dev.nirjas.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/** Where the records go: a file (gzip when its name ends in .gz), or standard output. */
final class OutputFile {
  private OutputFile() {}

  static boolean isGzip(Path output) {
    return output != null && output.getFileName() != null && output.getFileName().toString().endsWith(".gz");
  }

  /**
   * Opens the output.
   *
   * @param output the file; null for standard output
   * @param append add to what the file holds (after {@code --resume}): a gzip file gets a member of
   *     its own, which every gzip reader reads on from the last
   */
  static OutputStream open(Path output, boolean append) throws IOException {
    if (output == null) {
      return new FileOutputStream(FileDescriptor.out);
    }
    OutputStream file = append
        ? Files.newOutputStream(output, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
        : Files.newOutputStream(output);
    return isGzip(output) ? new GZIPOutputStream(file, 1 << 16) : file;
  }
}

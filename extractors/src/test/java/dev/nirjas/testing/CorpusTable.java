package dev.nirjas.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A hand-written corpus table beside a test class: UTF-8, tab-separated, {@code #} comments. Each
 * row comes back with its place ({@code money.tsv:42}) as column 0, so a failure names its line.
 */
public final class CorpusTable {
  private CorpusTable() {}

  /** The data rows of {@code name} next to {@code anchor}; column 0 is "name:line". */
  public static List<String[]> rows(Class<?> anchor, String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no table " + name + " next to " + anchor.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String[] withLine = new String[cols.length + 1];
        withLine[0] = name + ":" + n;
        System.arraycopy(cols, 0, withLine, 1, cols.length);
        rows.add(withLine);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The rows as parameterized-test arguments named by place and input. */
  public static Stream<Arguments> arguments(Class<?> anchor, String name) {
    return rows(anchor, name).stream().map(c -> Arguments.of(Named.of(c[0] + " " + c[1], c)));
  }
}

package dev.nirjas.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The inputs the break loops are compared with ICU on: every BMP char in context, seeded random
 * strings, the project's own texts; and the escapes that keep invisible chars readable in test rows.
 */
final class BreakInputs {
  private BreakInputs() {}

  /** What a comparison does with one input: {@code c} is the char under test, or -1. */
  @FunctionalInterface
  interface Check {
    void check(int c, String text);
  }

  /** Every BMP char between each pair of {@code contexts} ({before, after}), surrogates if asked. */
  static void everyBmpCharIn(String[][] contexts, boolean surrogates, Check check) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (!surrogates && Character.isSurrogate((char) c)) {
        continue;
      }
      for (String[] context : contexts) {
        b.setLength(0);
        check.check(c, b.append(context[0]).append((char) c).append(context[1]).toString());
      }
    }
  }

  /**
   * {@code count} strings of up to {@code maxLength - 1} pieces drawn with a fixed seed; with
   * {@code weighted} above 0, half the draws come from the first {@code weighted} pieces.
   */
  static void randomStrings(long seed, int count, int maxLength, String[] pieces, int weighted, Check check) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int n = 0; n < count; n++) {
      b.setLength(0);
      int length = random.nextInt(maxLength);
      for (int i = 0; i < length; i++) {
        int bound = weighted > 0 && random.nextBoolean() ? weighted : pieces.length;
        b.append(pieces[random.nextInt(bound)]);
      }
      check.check(-1, b.toString());
    }
  }
  /** {@code samples/texts/*.txt} and every module's test texts. */
  static List<Path> projectTexts() throws IOException {
    Path root = projectRoot();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> samples = Files.list(root.resolve("samples/texts"))) {
      samples.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    try (Stream<Path> all = Files.walk(root, 8)) {
      all.filter(p -> p.toString().contains("/src/test/resources/"))
          .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tsv"))
          .sorted().forEach(files::add);
    }
    return files;
  }

  /** The directory with {@code samples/texts}, from the module directory the tests run in. */
  static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples/texts"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no samples/texts above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** Writes invisible, control, private-use and unpaired surrogate chars as {@code \\uXXXX}. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
          || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
          || (type == Character.SURROGATE && !paired) || (Character.isWhitespace(c) && c != ' ')) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Reads {@code \\uXXXX} escapes, which keep invisible and unpaired chars readable in the rows. */
  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(i + 1);
        if (e == 'u' && i + 6 <= s.length()) {
          b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
        if (e == 'n' || e == 'r' || e == 't') {
          b.append(e == 'n' ? '\n' : e == 'r' ? '\r' : '\t');
          i++;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }
}

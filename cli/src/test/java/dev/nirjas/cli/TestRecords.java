package dev.nirjas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Inputs for the batch tests, made from the project's sample texts (samples/texts; see NOTICE for
 * their sources), so the tests need nothing outside the repository.
 */
final class TestRecords {
  private TestRecords() {}

  /** The sample texts' sentences, each ending at its danda, in file order. */
  static List<String> sentences() {
    Path dir = Path.of("..", "samples", "texts");
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir).sorted()) {
      for (Path f : files.toList()) {
        for (String s : Files.readString(f).split("(?<=।)\\s+")) {
          if (!s.isBlank()) {
            sentences.add(s.strip().replaceAll("\\s*\\n\\s*", " "));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences;
  }

  /** A record of one of the kinds {@link #mixed} makes, and whether it must give an error record. */
  record Line(String json, boolean bad) {}

  /**
   * {@code n} jsonl lines, seeded: good records (one to three sample sentences, some with a date or
   * a currency or a field for meta) and bad ones (broken JSON, no text, a text that is no string,
   * an empty line, a bad date), in a mix the seed fixes.
   */
  static List<Line> mixed(int n, long seed) {
    List<String> sentences = sentences();
    Random r = new Random(seed);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = sentences.get(r.nextInt(sentences.size()));
      if (r.nextBoolean()) {
        text += " " + sentences.get(r.nextInt(sentences.size()));
      }
      lines.add(switch (r.nextInt(10)) {
        case 0 -> new Line("{broken " + i, true);
        case 1 -> new Line("{\"id\":\"" + i + "\"}", true);
        case 2 -> new Line("{\"id\":\"" + i + "\",\"text\":42}", true);
        case 3 -> new Line("", true);
        case 4 -> new Line("{\"id\":\"" + i + "\",\"text\":\"" + text + "\",\"date\":\"2024-13-01\"}", true);
        case 5 -> new Line("{\"id\":\"" + i + "\",\"text\":\"" + text + "\",\"date\":\"2024-06-01\"}", false);
        case 6 -> new Line("{\"id\":" + i + ",\"text\":\"" + text + "\",\"currency\":\"INR\"}", false);
        case 7 -> new Line("{\"text\":\"" + text + "\",\"url\":\"https://example.com/" + i + "\"}", false);
        default -> new Line("{\"id\":\"" + i + "\",\"text\":\"" + text + "\"}", false);
      });
    }
    return lines;
  }

  /** The lines joined, each ending in a line break. */
  static String join(List<Line> lines) {
    StringBuilder b = new StringBuilder();
    lines.forEach(l -> b.append(l.json()).append('\n'));
    return b.toString();
  }

  /** {@code n} sample sentences, one a line, going round the samples. */
  static String sentenceLines(int n) {
    List<String> sentences = sentences();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(sentences.get(i % sentences.size())).append('\n');
    }
    return b.toString();
  }
}

package dev.nirjas.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Documents for the Spark tests, made from the project's sample texts (samples/texts; NOTICE gives
 * their sources), so the tests need nothing outside the repository.
 */
final class SampleDocuments {
  private SampleDocuments() {}

  /** The folder of the sample texts. */
  static final Path TEXTS = Path.of("..", "samples", "texts");

  /** A document: id, text, reference date (YYYY-MM-DD or null). */
  record Doc(String id, String text, String date) {}

  /** The sample texts' sentences, each ending at its danda. */
  static List<String> sentences() {
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEXTS).sorted()) {
      for (Path f : files.toList()) {
        for (String s : Files.readString(f).split("(?<=।)\\s+")) {
          if (!s.isBlank()) {
            sentences.add(s.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences;
  }

  /** {@code n} documents of one to four consecutive sample sentences, a third with a reference date. */
  static List<Doc> documents(int n, long seed) {
    List<String> sentences = sentences();
    Random r = new Random(seed);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int from = r.nextInt(sentences.size());
      int to = Math.min(sentences.size(), from + 1 + r.nextInt(4));
      String text = String.join(" ", sentences.subList(from, to));
      docs.add(new Doc("d" + i, text, i % 3 == 0 ? "2024-06-0" + (1 + i % 9) : null));
    }
    return docs;
  }
}

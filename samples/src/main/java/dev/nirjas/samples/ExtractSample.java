package dev.nirjas.samples;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.Pipeline;
import dev.nirjas.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Embeds Nirjas (the library, not the CLI): annotates a Bengali text file and prints its sentences
 * and mentions.
 *
 * <p>Run it as samples/README.md says.
 */
public final class ExtractSample {
  private ExtractSample() {}

  /** Annotates the file named by the first argument (default: the China–Belgium article). */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/texts/china-belgium.txt");
    String text = Files.readString(file, StandardCharsets.UTF_8);

    Pipeline nirjas = Pipeline.standard(); // build once, share across threads
    Annotation a = nirjas.annotate(Document.of(file.getFileName().toString(), text));

    for (Sentence s : a.sentences()) {
      System.out.println((s.heading() ? "# " : "- ") + s.span().of(text));
    }
    for (Mention m : a.mentions()) {
      System.out.printf("%-12s %-40s %s%n", m.typeName(), m.text(), m.value());
    }
  }
}

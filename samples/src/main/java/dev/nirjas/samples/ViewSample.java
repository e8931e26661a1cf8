package dev.nirjas.samples;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import dev.nirjas.view.HtmlView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Embeds Nirjas and its HTML view: annotates a Bengali text file and writes the page that shows
 * it (the text with its mentions highlighted, the events on a timeline). Open the page in any
 * browser; it loads nothing from anywhere.
 *
 * <p>Run it as samples/README.md says.
 */
public final class ViewSample {
  private ViewSample() {}

  /**
   * Annotates the file named by the first argument (default: the China–Belgium article) and writes
   * its page to the second (default: the file's name with {@code .html}, in the working folder).
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/texts/china-belgium.txt");
    String name = file.getFileName().toString();
    Path page = Path.of(args.length > 1 ? args[1] : name.replaceFirst("\\.txt$", "") + ".html");

    Pipeline nirjas = Pipeline.standard();
    Annotation a = nirjas.annotate(Document.of(name, Files.readString(file, StandardCharsets.UTF_8)));
    Files.writeString(page, HtmlView.render(a), StandardCharsets.UTF_8);

    System.out.println(page.toAbsolutePath().toUri());
  }
}

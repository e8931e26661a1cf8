package dev.nirjas.view;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The documents the tests render, annotated by the real pipeline. */
final class Samples {
  private Samples() {}

  static final Pipeline PIPELINE = Pipeline.standard();

  /** The project's sample article (samples/texts/china-belgium.txt). */
  static final Path ARTICLE = Path.of("..", "samples", "texts", "china-belgium.txt");

  /**
   * A document that holds every kind of markup an attacker would try, in the text and in the id,
   * around words the pipeline does find (a date, a place, an amount).
   */
  static final String HOSTILE_ID = "x\"><script>document.title='pwned'</script>'&amp;";
  static final String HOSTILE_TEXT = "<script>document.documentElement.setAttribute('data-pwned','1')</script> "
      + "১৯৭১ সালের ২৫ অক্টোবর \"ঢাকায়\" & 'চীন' বৈঠক হয়। </style><style>body{display:none}</style> "
      + "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\"> "
      + "বাজেট ৫০ কোটি টাকা।\n\n== <b>শিরোনাম</b> ==\n<iframe src=\"https://example.org\"></iframe> &lt;escaped&gt;";

  static Annotation article() {
    try {
      String text = Files.readString(ARTICLE, StandardCharsets.UTF_8);
      return PIPELINE.annotate(Document.of("china-belgium.txt", text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Annotation hostile() {
    return PIPELINE.annotate(Document.of(HOSTILE_ID, HOSTILE_TEXT));
  }
}

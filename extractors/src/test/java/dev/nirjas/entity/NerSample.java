package dev.nirjas.entity;

import dev.nirjas.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The NER sample the name finder's tests read ({@code ner-sample/test-first-300.tsv}, see its README). */
final class NerSample {
  private NerSample() {}

  /** {@return each sentence of the sample as the pipeline's token forms} */
  static List<String[]> sentenceForms() {
    try (InputStream in = NerSample.class.getResourceAsStream("ner-sample/test-first-300.tsv")) {
      return NerCorpus.read(in).stream()
          .map(t -> t.tokens().stream().map(Token::form).toArray(String[]::new))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

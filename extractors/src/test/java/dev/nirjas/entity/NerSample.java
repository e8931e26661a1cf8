package dev.nirjas.entity;

import dev.nirjas.Token;
import dev.nirjas.entity.NerCorpus.TaggedSentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** The NER sample the name finder's tests read ({@code ner-sample/test-first-300.tsv}, see its README). */
final class NerSample {
  private NerSample() {}

  /** {@return the sample's sentences, read onto the pipeline's tokens} */
  static List<TaggedSentence> sentences() {
    try (InputStream in = NerSample.class.getResourceAsStream("ner-sample/test-first-300.tsv")) {
      return NerCorpus.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return each sentence of the sample as the pipeline's token forms} */
  static List<String[]> sentenceForms() {
    return sentences().stream()
        .map(t -> t.tokens().stream().map(Token::form).toArray(String[]::new))
        .toList();
  }

  /** Each span with its probability's bits, so that equal means equal to the last bit. */
  static List<String> spans(Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(s.getStart() + ".." + s.getEnd() + " " + s.getType() + " " + Long.toHexString(Double.doubleToRawLongBits(s.getProb())));
    }
    return out;
  }
}

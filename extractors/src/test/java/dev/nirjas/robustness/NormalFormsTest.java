package dev.nirjas.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One text typed two ways gives one reading: the NFC and the NFD spelling of any text give the same
 * mentions, with spans that cover the same stretch of the text in each (issue 12, item 5).
 *
 * <p>Spans are compared through the text's normalization chunks: the text is cut before every char
 * that always has an NFC boundary before it, each chunk spelled NFC in one input and NFD in the
 * other, and a span is written as the chunks it covers. A span that begins or ends inside a chunk
 * shows as such and differs from the other spelling's.
 */
class NormalFormsTest {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /** A text in one spelling, with the offset where each chunk begins (and its length last). */
  private record Spelling(String text, int[] chunkStarts) {}

  private static List<String> chunks(String s) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      if (i > from && NFC.hasBoundaryBefore(s.codePointAt(i))) {
        out.add(s.substring(from, i));
        from = i;
      }
    }
    if (from < s.length()) {
      out.add(s.substring(from));
    }
    return out;
  }

  private static Spelling spell(List<String> chunks, Normalizer2 form) {
    StringBuilder b = new StringBuilder();
    int[] starts = new int[chunks.size() + 1];
    for (int k = 0; k < chunks.size(); k++) {
      starts[k] = b.length();
      b.append(form.normalize(chunks.get(k)));
    }
    starts[chunks.size()] = b.length();
    return new Spelling(b.toString(), starts);
  }

  /** Chunk index of an offset, or "k+d" for d chars into chunk k. */
  private static String chunkAt(int[] starts, int offset) {
    int k = Arrays.binarySearch(starts, offset);
    if (k >= 0) {
      while (k + 1 < starts.length && starts[k + 1] == offset) {
        k++; // past empty chunks (none expected: normalization never empties a chunk)
      }
      return Integer.toString(k);
    }
    int before = -k - 2;
    return before + "+" + (offset - starts[before]);
  }

  private static List<String> mentions(Spelling s) {
    Annotation a = GeneratedInputTest.PIPELINE.annotate(Document.of("n", s.text()));
    List<String> out = new ArrayList<>();
    for (Mention m : a.mentions()) {
      out.add(m.type() + " " + m.value() + " [" + chunkAt(s.chunkStarts(), m.span().start()) + ", "
          + chunkAt(s.chunkStarts(), m.span().end()) + ")");
    }
    return out;
  }

  private static void sameReading(String text) {
    List<String> chunks = chunks(text);
    Spelling nfc = spell(chunks, NFC);
    Spelling nfd = spell(chunks, NFD);
    assertThat(mentions(nfd)).as("NFD %s against NFC %s", escaped(nfd.text()), escaped(nfc.text()))
        .isEqualTo(mentions(nfc));
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x80 ? Character.toString(c) : String.format("\\u%04X", c)));
    return b.toString();
  }

  @Test
  void theIssuesExample() {
    String text = "আঠারো'''$২০";
    assertThat(GeneratedInputTest.PIPELINE.annotate(Document.of("n", text)).mentions())
        .extracting(m -> m.type() + " " + m.text() + " " + m.value())
        .containsExactly("NUMBER আঠারো 18", "MONEY $২০ 20 USD");
    sameReading(text);
  }

  @Test
  void generatedWordsReadTheSameInBothForms() {
    Random r = new Random(51);
    for (int n = 0; n < 15_000; n++) {
      sameReading(GeneratedInputTest.words(r));
    }
  }

  @Test
  void mutatedSentencesReadTheSameInBothForms() throws IOException {
    List<String> sentences = GeneratedInputTest.seedSentences();
    Random r = new Random(52);
    for (int n = 0; n < 15_000; n++) {
      sameReading(GeneratedInputTest.mutated(sentences, r));
    }
  }
}

package dev.nirjas.number;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Sentence;
import dev.nirjas.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The number stage reads a document's sentences through one reader ({@link
 * BengaliNumberGrammar.Context}), which keeps the readings it found in a list of its own until its
 * next read: each sentence must read as it reads with a reader of its own, whatever the sentence
 * before it left (a longer one first, with more readings than the short ones after it).
 */
class NumberReaderReuseTest {
  @Test
  void aReaderResetToTheNextSentenceReadsAsANewOne() {
    BengaliNumberGrammar grammar = new BengaliNumberGrammar();
    BengaliNumberGrammar.Context reused = grammar.reader();
    List<String> texts = new ArrayList<>();
    StringBuilder longOne = new StringBuilder(); // ~100 tokens, past the arrays' first size
    for (String[] row : NumberCorpusTest.table("numbers.tsv")) {
      if (longOne.length() < 1_000) {
        longOne.append(row[0]).append(", ");
      }
    }
    texts.add(longOne.append("এবং শেষ।").toString());
    for (String[] row : NumberCorpusTest.table("numbers.tsv")) {
      texts.add(row[0]);
    }
    for (String[] row : NumberCorpusTest.table("not-numbers.tsv")) {
      texts.add(row[0]);
    }
    int sentences = 0;
    int longest = 0;
    for (String text : texts) {
      Annotation a = NumberCorpusTest.PIPELINE.annotate(Document.of("t", text));
      for (Sentence sentence : a.sentences()) {
        List<Token> tokens = a.tokens().subList(sentence.firstToken(), sentence.endToken());
        List<NumberReading> alone = grammar.read(grammar.reader().reset(tokens));
        assertThat(grammar.read(reused.reset(tokens))).as(text).isEqualTo(alone);
        longest = Math.max(longest, tokens.size());
        sentences++;
      }
    }
    assertThat(sentences).isGreaterThan(100);
    assertThat(longest).isGreaterThan(64);
  }
}

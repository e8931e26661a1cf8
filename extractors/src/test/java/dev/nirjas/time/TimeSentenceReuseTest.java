package dev.nirjas.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.NumberMention;
import dev.nirjas.Sentence;
import dev.nirjas.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time stage reads a document's sentences through one {@link TimeSentence}, reset from one
 * sentence to the next: each must read as it reads alone, whatever the sentence before it left
 * (a longer one, dates read and kept at its tokens).
 */
class TimeSentenceReuseTest {
  @Test
  void aSentenceResetToTheNextReadsAsANewOne() {
    TimeGrammar grammar = new TimeGrammar();
    TimeSentence reused = grammar.sentence();
    int sentences = 0;
    for (String[] row : TimeCorpusTest.table("dates.tsv")) {
      Annotation a = TimeRuleCoverageTest.NUMBERS.annotate(Document.of("t", row[1])); // up to the numbers
      for (Sentence sentence : a.sentences()) {
        List<Token> tokens = a.tokens().subList(sentence.firstToken(), sentence.endToken());
        List<NumberMention> numbers = a.mentions().stream()
            .filter(m -> m instanceof NumberMention && sentence.span().contains(m.span()))
            .map(m -> (NumberMention) m).toList();
        List<TimeReading> alone = grammar.read(grammar.sentence(tokens, numbers));
        assertThat(grammar.read(reused.reset(tokens, numbers))).as(row[1]).isEqualTo(alone);
        for (int i = 0; i < tokens.size(); i++) {
          reused.date(i); // kept at the tokens: the next sentence must not see them
        }
        sentences++;
      }
    }
    assertThat(sentences).isGreaterThan(100);
  }
}

package dev.nirjas.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.Pipeline;
import dev.nirjas.Sentence;
import dev.nirjas.Token;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event stage reads a document's sentences through one {@link EventStage.Clause}, reset from
 * one sentence to the next: each must hold its own mentions only, whatever the sentence before.
 */
class ClauseReuseTest {
  @Test
  void aClauseResetToTheNextSentenceHoldsItsMentionsOnly() throws Exception {
    Pipeline pipeline = Pipeline.standard();
    int sentences = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ClauseReuseTest.class.getResourceAsStream("events-eval.txt"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("text: ")) {
          continue;
        }
        String text = line.substring("text: ".length());
        Annotation a = pipeline.annotate(Document.of("t", text));
        EventStage.Clause reused = new EventStage.Clause(text);
        for (Sentence sentence : a.sentences()) {
          List<Token> tokens = a.tokens().subList(sentence.firstToken(), sentence.endToken());
          List<Mention> inside = a.mentions().stream().filter(m -> sentence.span().contains(m.span())).toList();
          EventStage.Clause fresh = new EventStage.Clause(text).reset(tokens, inside);
          reused.reset(tokens, inside);
          assertThat(reused.mentions()).as(text).isEqualTo(fresh.mentions());
          assertThat(reused.lastPerson()).as(text).isEqualTo(fresh.lastPerson());
          for (int i = 0; i < tokens.size(); i++) {
            assertThat(reused.mentionAt(i)).as("%s: token %d", text, i).isEqualTo(fresh.mentionAt(i));
          }
          sentences++;
        }
        // and the next text's sentences after all of these: a longer or shorter one
        Annotation b = pipeline.annotate(Document.of("t", "চীন।"));
        Sentence s = b.sentences().get(0);
        reused.reset(b.tokens().subList(s.firstToken(), s.endToken()), List.of());
        assertThat(reused.mentions()).isEmpty();
        assertThat(reused.lastPerson()).isNull();
        assertThat(reused.mentionAt(0)).isNull();
      }
    }
    assertThat(sentences).isGreaterThan(100);
  }
}

package dev.nirjas.entity;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity stage reads a document's sentences through one {@link SentenceView}, reset from one
 * sentence to the next: it must answer for each sentence as a view made for that sentence alone,
 * whatever the sentences before it were (longer, shorter, with places and phrase starts asked and
 * names remembered).
 */
class SentenceViewReuseTest {
  @Test
  void aViewResetToASentenceAnswersAsANewOne() throws Exception {
    Pipeline pipeline = Pipeline.standard();
    EntityLexicon lexicon = EntityLexicon.standard();
    SentenceView reused = new SentenceView();
    int sentences = 0;
    for (String text : texts()) {
      Annotation a = pipeline.annotate(Document.of("t", text));
      for (Sentence sentence : a.sentences()) {
        List<Token> tokens = a.tokens().subList(sentence.firstToken(), sentence.endToken());
        List<Mention> inside = a.mentions().stream().filter(m -> sentence.span().contains(m.span())).toList();
        SentenceView fresh = new SentenceView().reset(tokens, inside);
        reused.reset(tokens, inside);
        for (int i = 0; i < tokens.size(); i++) {
          assertThat(reused.nameLike(i)).as("%s: token %d", text, i).isNull();
          assertThat(reused.mentionAt(i)).isEqualTo(fresh.mentionAt(i));
          assertThat(reused.blocked(i)).isEqualTo(fresh.blocked(i));
          assertThat(reused.place(i, lexicon)).as("%s: place at %d", text, i).isEqualTo(fresh.place(i, lexicon));
          int starts = lexicon.phraseStarts(tokens.get(i));
          assertThat(reused.phraseStarts(i, lexicon)).as("%s: phrases at %d", text, i).isEqualTo(starts);
          assertThat(reused.phraseStarts(i, lexicon)).as("asked again").isEqualTo(starts);
        }
        for (int i = 0; i < tokens.size(); i++) {
          reused.rememberNameLike(i, true); // left behind for the next sentence to clear
        }
        sentences++;
      }
    }
    assertThat(sentences).isGreaterThan(100);
  }

  /** The texts of the entity table: short and long sentences, places and names. */
  private static List<String> texts() throws Exception {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        SentenceViewReuseTest.class.getResourceAsStream("entities.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1)[0]);
        }
      }
    }
    return out;
  }
}

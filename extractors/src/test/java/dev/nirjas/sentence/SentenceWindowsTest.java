package dev.nirjas.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.Analysis;
import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Pipeline;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The windows a stage moves from sentence to sentence: each must hold what a new list would, the
 * sentence's tokens and the mentions inside it, whatever the sentence before it held.
 */
class SentenceWindowsTest {
  private static final String TEXT = "০১২৩৪৫৬৭৮৯".repeat(5);

  private static Mention at(int start, int end) {
    return new NumberMention(MentionType.NUMBER, new Span(start, end), TEXT.substring(start, end), BigDecimal.ONE,
        null, false, "test");
  }

  @Test
  void aSentenceHoldsTheMentionsInsideItAndNoneAcrossItsEnds() {
    List<Mention> mentions = List.of(
        at(1, 3),    // inside the first sentence
        at(8, 13),   // across the first sentence's end and the second's start
        at(14, 16),  // inside the second
        at(18, 20),  // at the second's end
        at(20, 21),  // at the third's start
        at(27, 31),  // across the third's end
        at(31, 33),  // between sentences
        at(33, 40)); // the whole fourth sentence
    Object[][] table = {
        {0, 10, List.of(mentions.get(0))},
        {12, 20, List.of(mentions.get(2), mentions.get(3))},
        {20, 30, List.of(mentions.get(4))},
        {33, 40, List.of(mentions.get(7))},
        {40, 45, List.of()},
    };
    SentenceMentions within = new SentenceMentions(mentions);
    for (Object[] row : table) {
      Sentence s = Sentence.of((int) row[0], (int) row[1], 0, 0, false, TEXT);
      assertThat(within.reset(s)).as("%s", s.span()).isEqualTo(row[2]);
    }
    assertThatThrownBy(() -> within.get(0)).isInstanceOf(IndexOutOfBoundsException.class); // the last is empty
    for (int r = table.length - 1; r >= 0; r -= 2) { // out of order, and some left out: the walk starts over
      Sentence s = Sentence.of((int) table[r][0], (int) table[r][1], 0, 0, false, TEXT);
      assertThat(within.reset(s)).as("again %s", s.span()).isEqualTo(table[r][2]);
    }
    assertThat(new SentenceMentions(List.of()).reset(Sentence.of(0, 10, 0, 0, false, TEXT))).isEmpty();
  }

  @Test
  void everySentenceOfAnArticleReadsAsANewListWould() throws IOException {
    String text;
    try (InputStream in = SentenceWindowsTest.class.getResourceAsStream("/dev/nirjas/seed-china-belgium.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Annotation a = Pipeline.standard().annotate(Document.of("seed", text));
    Analysis analysis = new Analysis(a.document());
    analysis.setTokens(a.tokens());
    analysis.setSentences(a.sentences());
    SentenceTokens tokens = new SentenceTokens();
    SentenceMentions within = new SentenceMentions(a.mentions());
    int withMentions = 0;
    for (Sentence s : a.sentences()) {
      assertThat(tokens.reset(analysis, s)).isEqualTo(a.tokens().subList(s.firstToken(), s.endToken()));
      List<Mention> inside = new ArrayList<>();
      for (Mention m : a.mentions()) {
        if (s.span().contains(m.span())) {
          inside.add(m);
        }
      }
      assertThat(within.reset(s)).as(s.text()).isEqualTo(inside);
      withMentions += inside.isEmpty() ? 0 : 1;
      assertThatThrownBy(() -> tokens.get(tokens.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }
    assertThat(a.sentences()).hasSizeGreaterThan(20);
    assertThat(withMentions).isGreaterThan(10);
  }

  @Test
  void aSentenceOutsideTheTokensIsRefused() {
    Analysis analysis = new Analysis(Document.of("d", "এক দুই"));
    Sentence past = Sentence.of(0, 6, 0, 2, false, "এক দুই"); // the analysis has no tokens yet
    assertThatThrownBy(() -> new SentenceTokens().reset(analysis, past)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}

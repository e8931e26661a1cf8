package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Analysis}'s mentions against the rule as written, kept in a plain list and searched by
 * scanning it: a mention that overlaps nothing is added; one that overlaps only earlier stages'
 * mentions of types the stage may take over replaces them; any other is refused. Stages add in
 * text order, as the pipeline's do, or in any order.
 */
class AnalysisMentionsTest {
  private static final String TEXT = "০১২৩৪৫৬৭৮৯".repeat(30);
  private static final MentionType[] TYPES = {
      MentionType.NUMBER, MentionType.ORDINAL, MentionType.PERCENT, MentionType.PERSON, MentionType.LOCATION};

  /** The rule, plainly: the mentions kept, by start, and those replaced. */
  private static final class Reference {
    final List<Mention> kept = new ArrayList<>();
    final List<Integer> stageOf = new ArrayList<>();
    final List<Mention> subsumed = new ArrayList<>();

    List<Integer> overlapping(Span span) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < kept.size(); i++) {
        Span k = kept.get(i).span();
        if (k.start() < span.end() && span.start() < k.end()
            || k.start() < span.start() && k.end() > span.start()) { // an empty span inside one
          out.add(i);
        }
      }
      return out;
    }

    boolean add(Mention m, int stage, Set<MentionType> replaces) {
      List<Integer> over = overlapping(m.span());
      for (int i : over) {
        if (stageOf.get(i) == stage || !replaces.contains(kept.get(i).type())) {
          return false;
        }
      }
      for (int i : over) { // in text order
        subsumed.add(kept.get(i));
      }
      for (int j = over.size() - 1; j >= 0; j--) {
        kept.remove((int) over.get(j));
        stageOf.remove((int) over.get(j));
      }
      int at = 0;
      while (at < kept.size() && kept.get(at).span().start() < m.span().start()) {
        at++;
      }
      kept.add(at, m);
      stageOf.add(at, stage);
      return true;
    }

    List<Mention> within(Span span) {
      List<Mention> out = new ArrayList<>();
      for (Mention m : kept) {
        if (m.span().start() >= span.start() && m.span().end() <= span.end()) {
          out.add(m);
        }
      }
      return out;
    }
  }

  private static Mention mention(int start, int end, MentionType type) {
    Span span = new Span(start, end);
    return switch (type) {
      case PERSON, LOCATION -> new EntityMention(type, span, span.of(TEXT), span.of(TEXT), "r");
      default -> new NumberMention(type, span, span.of(TEXT), BigDecimal.ONE, null, false, "r");
    };
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void mentionsAddedReplacedAndRefusedAsTheRuleSays(boolean inTextOrder) {
    Random random = new Random(inTextOrder ? 7 : 11);
    for (int round = 0; round < 200; round++) {
      Analysis analysis = new Analysis(Document.of("d", TEXT));
      if (round % 2 == 0) { // room made for the mentions from the token count: less, more than they need
        List<Token> tokens = new ArrayList<>();
        for (int i = random.nextInt(2_000); i > 0; i--) {
          tokens.add(new Token(0, 1, "০", TokenKind.NUMBER));
        }
        analysis.setTokens(tokens);
      }
      Reference reference = new Reference();
      for (int stage = 0; stage < 5; stage++) {
        Set<MentionType> replaces = random.nextBoolean() ? Set.of()
            : java.util.EnumSet.of(TYPES[random.nextInt(TYPES.length)], TYPES[random.nextInt(TYPES.length)]);
        analysis.enterStage(stage, replaces);
        int at = 0;
        for (int k = 0; k < 40; k++) {
          int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 6);
          int start = inTextOrder ? at + random.nextInt(8) : random.nextInt(TEXT.length() - length);
          if (start + length > TEXT.length()) {
            break;
          }
          at = start + length;
          Mention m = mention(start, start + length, TYPES[random.nextInt(TYPES.length)]);
          assertThat(analysis.add(m)).as("round %d stage %d: %s", round, stage, m)
              .isEqualTo(reference.add(m, stage, replaces));
        }
        assertThat(analysis.mentions()).isEqualTo(reference.kept);
        assertThat(analysis.subsumed()).isEqualTo(reference.subsumed);
        for (int q = 0; q < 20; q++) {
          int s = random.nextInt(TEXT.length());
          Span span = new Span(s, s + random.nextInt(Math.min(60, TEXT.length() - s) + 1));
          List<Mention> expected = new ArrayList<>();
          for (int i : reference.overlapping(span)) {
            expected.add(reference.kept.get(i));
          }
          assertThat(analysis.overlapping(span)).as("overlapping %s", span).isEqualTo(expected);
          assertThat(analysis.mentionsWithin(span)).as("within %s", span).isEqualTo(reference.within(span));
        }
      }
    }
  }

  @Test
  void threeHundredMentionsAddedLastFirstAreKeptInTextOrder() {
    Analysis analysis = new Analysis(Document.of("d", TEXT));
    analysis.enterStage(0, Set.of());
    List<Mention> expected = new ArrayList<>();
    for (int start = TEXT.length() - 1; start >= 0; start--) {
      Mention m = mention(start, start + 1, MentionType.NUMBER);
      assertThat(analysis.add(m)).isTrue();
      expected.add(0, m);
    }
    assertThat(analysis.mentions()).isEqualTo(expected);
    analysis.enterStage(1, Set.of(MentionType.NUMBER));
    Mention all = mention(0, TEXT.length(), MentionType.PERSON);
    assertThat(analysis.add(all)).isTrue();
    assertThat(analysis.mentions()).containsExactly(all);
    assertThat(analysis.subsumed()).isEqualTo(expected);
  }
}

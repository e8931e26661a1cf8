package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nirjas.MentionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** conlleval's counting: only an exact span with the right type is correct. */
class NameScoresTest {
  private static NameSpan per(int first, int end) {
    return new NameSpan(first, end, MentionType.PERSON, 1);
  }

  private static NameSpan loc(int first, int end) {
    return new NameSpan(first, end, MentionType.LOCATION, 1);
  }

  @Test
  void exactSpanAndTypeOrNothing() {
    NameScores s = new NameScores();
    s.add(List.of(per(0, 2), loc(4, 5), loc(7, 8)),
        List.of(per(0, 2),   // right
            per(4, 5),       // right span, wrong type
            loc(7, 9)));     // type right, one token too long

    assertThat(s.of(MentionType.PERSON)).isEqualTo(new NameScores.Score(1, 2, 1));
    assertThat(s.of(MentionType.LOCATION)).isEqualTo(new NameScores.Score(2, 1, 0));
    assertThat(s.overall()).isEqualTo(new NameScores.Score(3, 3, 1));
    assertThat(s.overall().precision()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(s.overall().f1()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(s.of(MentionType.ORGANIZATION).f1()).isZero();
  }

  @Test
  void f1IsTheHarmonicMean() {
    NameScores.Score s = new NameScores.Score(4, 2, 2); // precision 100, recall 50
    assertThat(s.f1()).isCloseTo(200.0 / 3, within(1e-9));
  }
}

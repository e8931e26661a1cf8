package dev.nirjas.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.MentionType;
import dev.nirjas.Pipeline;
import dev.nirjas.number.NumberStage;
import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The amount index lives in its thread's arrays, reused document after document: a document must
 * see its own numbers only, never those the document before it left at the same tokens — whether
 * that one was released or failed before its release.
 */
class AmountIndexTest {
  private static Annotation numbers(String text) {
    return MoneyGrammarTest.NUMBERS.annotate(Document.of("t", text));
  }

  private static AmountIndex index(Annotation a) {
    return AmountIndex.of(a.tokens(), a.mentions());
  }

  @Test
  void aDocumentSeesItsOwnNumbersOnly() {
    for (boolean released : new boolean[] {true, false}) {
      AmountIndex first = index(numbers("১২ ও ৩৪ এবং ৫৬")); // tokens: ১২ ও ৩৪ এবং ৫৬
      assertThat(first.at(0).value()).isEqualByComparingTo("12");
      assertThat(first.at(1)).isNull();
      assertThat(first.at(2).value()).isEqualByComparingTo("34");
      assertThat(first.at(4).value()).isEqualByComparingTo("56");
      assertThat(first.at(4).first()).isEqualTo(4);
      assertThat(first.at(4).end()).isEqualTo(5);
      assertThat(new boolean[] {first.covered(0), first.covered(1), first.covered(2), first.covered(3),
          first.covered(4), first.covered(5)}).containsExactly(true, false, true, false, true, false);
      if (released) {
        first.release();
        assertThat(first.at(0)).isNull();
      }
      AmountIndex second = index(numbers("৭৮ ও সে")); // tokens: ৭৮ ও সে
      assertThat(second.at(0).value()).as("released %s", released).isEqualByComparingTo(new BigDecimal(78));
      assertThat(second.at(2)).as("released %s", released).isNull();
      assertThat(second.at(4)).as("past the document").isNull();
      assertThat(second.covered(2)).isFalse();
      assertThat(second.covered(4)).isFalse();
      assertThat(second.at(-1)).isNull();
      second.release();
    }
  }

  @Test
  void aDocumentLongerThanAThreadKeepsRoomForGetsArraysOfItsOwn() {
    index(numbers("৭৮ ও সে")).release();
    int room = AmountIndex.keptRoom();
    assertThat(room).isBetween(3, AmountIndex.KEPT);
    String text = "১২ ও ".repeat(AmountIndex.KEPT / 2 + 8); // past the tokens a thread keeps room for
    AmountIndex longOne = index(numbers(text));
    assertThat(longOne.at(AmountIndex.KEPT + 2).value()).isEqualByComparingTo("12");
    assertThat(longOne.covered(AmountIndex.KEPT + 3)).isFalse();
    longOne.release();
    assertThat(AmountIndex.keptRoom()).isEqualTo(room); // the long one's arrays were not kept
    AmountIndex next = index(numbers("৭৮ ও সে"));
    assertThat(next.at(0).value()).isEqualByComparingTo("78");
    assertThat(next.at(2)).isNull();
    next.release();
    AmountIndex.forget();
    assertThat(AmountIndex.keptRoom()).isZero();
  }

  @Test
  void theStageEmptiesItsThreadsArraysAfterEachDocumentAndDropsThemWhenClosed() {
    Pipeline pipeline = Pipeline.builder().add(new NormalizationStage()).add(new SegmentationStage())
        .add(new NumberStage()).add(new MoneyStage()).build();
    Annotation a = pipeline.annotate(Document.of("t", "তিনি ৫ কোটি টাকা ও ২০ ডলার দিয়েছেন।"));
    assertThat(a.mentions(MentionType.MONEY)).hasSize(2);
    assertThat(AmountIndex.keptRoom()).isPositive();
    assertThat(AmountIndex.keptEmpty()).isTrue();
    pipeline.close();
    assertThat(AmountIndex.keptRoom()).isZero();
  }
}

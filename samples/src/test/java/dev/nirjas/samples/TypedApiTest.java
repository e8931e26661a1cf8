package dev.nirjas.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.MoneyMention;
import dev.nirjas.NumberMention;
import dev.nirjas.Pipeline;
import dev.nirjas.Sentence;
import dev.nirjas.TimeMention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The typed accessors, on a document annotated by the standard pipeline. */
class TypedApiTest {
  private static final Pipeline NIRJAS = Pipeline.standard();

  // Offsets counted by hand: "১৯৭১ সালের ২৫ অক্টোবর" is 21 chars; "। " 2; "২০০২ সালে " 10 more.
  private static final String TEXT = "১৯৭১ সালের ২৫ অক্টোবর। ২০০২ সালে বাণিজ্য ছিল ৪.৮৯৮ বিলিয়ন মার্কিন ডলার।";

  @Test
  void mentionsOfAClassAreTyped() {
    Annotation a = NIRJAS.annotate(Document.of("1", TEXT));

    TimeMention founded = a.mentions(TimeMention.class).get(0);
    assertThat(founded.start()).isZero();
    assertThat(founded.end()).isEqualTo(21);
    assertThat(founded.asLocalDate()).contains(LocalDate.of(1971, 10, 25));
    assertThat(a.mentions(TimeMention.class).get(1).asYear()).contains(Year.of(2002));

    MoneyMention trade = a.mentions(MoneyMention.class).get(0);
    assertThat(trade.amount()).isEqualTo(new BigDecimal("4898000000"));
    assertThat(trade.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(trade.text()).isEqualTo(TEXT.substring(trade.start(), trade.end()));

    assertThat(a.mentions(NumberMention.class)).isEmpty(); // each number is part of a date or amount
    assertThat(a.mentions(Mention.class)).hasSize(3);
  }

  @Test
  void sentencesCarryTheirText() {
    Annotation a = NIRJAS.annotate(Document.of("1", TEXT));
    assertThat(a.sentences()).extracting(Sentence::text).containsExactly(
        "১৯৭১ সালের ২৫ অক্টোবর।", "২০০২ সালে বাণিজ্য ছিল ৪.৮৯৮ বিলিয়ন মার্কিন ডলার।");
  }
}

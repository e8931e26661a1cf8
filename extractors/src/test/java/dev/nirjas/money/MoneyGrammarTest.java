package dev.nirjas.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import dev.nirjas.number.NumberStage;
import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import dev.nirjas.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences the grammar reads at all: a currency cue, and somewhere an amount could start. */
class MoneyGrammarTest {
  static final Pipeline NUMBERS = Pipeline.builder()
      .add(new NormalizationStage()).add(new SegmentationStage()).add(new NumberStage()).build();
  private static final MoneyGrammar GRAMMAR;

  static {
    TextNormalizer normalizer = TextNormalizer.standard();
    MoneyWords words = new MoneyWords(normalizer);
    GRAMMAR = new MoneyGrammar(new CurrencyLexicon(normalizer, words.endings), words);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", textBlock = """
      # sentence → a currency cue → an amount could start
      দাম ৫০০ টাকা। → true → true
      তিনি ৫০০টাকা দিলেন। → true → true
      হাজার টাকার নোট বাতিল হয়। → true → true
      এক ইউরো দাম। → true → true
      দাম পাঁচশো ডলার। → true → true
      ইউরোপের ইতিহাস দীর্ঘ। → true → false
      মার্কিন প্রেসিডেন্ট এলেন। → true → false
      টাকা নেই। → true → false
      তিনি ১৯৭১ সালে জন্মান। → false → true
      তিনি বাড়ি ফিরলেন। → false → false
      """)
  void readsOnlySentencesWithACueAndAnAmount(String sentence, boolean cue, boolean amount) {
    Annotation a = NUMBERS.annotate(Document.of("t", sentence));
    int n = a.tokens().size();
    assertThat(GRAMMAR.anyCue(a.tokens(), 0, n)).as("cue").isEqualTo(cue);
    AmountIndex amounts = AmountIndex.of(a.tokens(), a.mentions());
    assertThat(GRAMMAR.anyAmount(a.tokens(), 0, n, amounts)).as("amount").isEqualTo(amount);
  }
}

package dev.nirjas.number;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Document;
import dev.nirjas.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule a number mention names (what {@code --explain} shows): the stage's, then the grammar's. */
class NumberRuleNameTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", textBlock = """
      # text → its one mention's rule
      ৫০০ জন এলেন। → number.digits
      পাঁচশো জন এলেন। → number.words
      দুই কোটি মানুষ। → number.words+scale
      ৫ কোটি মানুষ। → number.mixed+scale
      তিনি ৩য় হলেন। → number.ordinal-digits
      তিনি তৃতীয় হলেন। → number.ordinal-words
      প্রায় ৫০০ জন এলেন। → number.approx+digits
      তাপমাত্রা -৫ ডিগ্রি। → number.minus+digits
      বৃদ্ধি ৬ শতাংশ। → number.digits+percent
      ৫ থেকে ৭ জন এলেন। → number.digits..digits
      ৫ থেকে ৭ শতাংশ বেড়েছে। → number.digits..digits+percent
      প্রায় ৫ থেকে ৭ শতাংশ বেড়েছে। → number.approx+digits..digits+percent
      শতকরা ৮০ ভাগ মানুষ। → number.digits+shotokora
      # both prefixes, approximation first, as the grammar wrote them before it named rules at the end
      তাপমাত্রা প্রায় -৫ ডিগ্রি। → number.approx+minus+digits
      তাপমাত্রা -৫ থেকে ১০ ডিগ্রি। → number.minus+digits..digits
      # a spaced ordinal ending is read with its digits as one ordinal phrase, not as a tail
      তিনি ২১ তম স্থান পান। → number.ordinal-digits
      দুই শততম বার্ষিকী। → number.words+ordinal
      """)
  void namesTheRulesThatReadIt(String text, String rule) {
    assertThat(NumberCorpusTest.PIPELINE.annotate(Document.of("t", text)).mentions())
        .extracting(Mention::rule).containsExactly(rule);
  }
}

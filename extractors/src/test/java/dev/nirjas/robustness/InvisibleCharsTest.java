package dev.nirjas.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Direction marks and joiners around a mention do not lose it (\\u escapes read as chars). */
class InvisibleCharsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", textBlock = """
      দাম ১০০ টাকা\\u200E → MONEY → ১০০ টাকা → 100 BDT
      দাম ১০০ টাকা\\u2060 → MONEY → ১০০ টাকা → 100 BDT
      ১৯৭১ সালে\\u200F → DATE → ১৯৭১ সালে → 1971
      \\u202Bপ্রায় ১০০ জন\\u202C → NUMBER → প্রায় ১০০ → 100
      """)
  void aMentionNextToInvisibleCharsIsKept(String input, String type, String surface, String value) {
    String text = unescape(input);
    Annotation a = GeneratedInputTest.PIPELINE.annotate(Document.of("i", text));
    ContractChecks.check(a);
    assertThat(a.mentions()).extracting(m -> m.type() + " " + m.text() + " " + m.value())
        .containsExactly(type + " " + surface + " " + value);
    assertThat(a.mentions()).extracting(Mention::text).allMatch(t -> !t.isEmpty());
  }

  /**
   * A span ends at the last visible char of its reading even where normalization changed its last
   * letter (য + ় typed apart, ো typed as ে + া): the invisible chars after it stay outside.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = " → ", textBlock = """
      তিনি ২য\\u09BC\\u200E হন → ORDINAL → ২য\\u09BC → 2
      তিনি ২য\\u09BC\\u200D হন → ORDINAL → ২য\\u09BC → 2
      তিনি ২য\\u09BC\\u00AD হন → ORDINAL → ২য\\u09BC → 2
      তিনি ২য\\u09BC''' হন → ORDINAL → ২য\\u09BC → 2
      ছয\\u09BC\\u200D জন → NUMBER → ছয\\u09BC → 6
      ছয\\u09BC\\u200C জন → NUMBER → ছয\\u09BC → 6
      ষোল\\u09C7\\u09BE\\u00AD জন → NUMBER → ষোল\\u09C7\\u09BE → 16
      ষোল\\u09C7\\u09BE\\u200C জন → NUMBER → ষোল\\u09C7\\u09BE → 16
      পাঁচশ\\u09C7\\u09BE''' জন → NUMBER → পাঁচশ\\u09C7\\u09BE → 500
      পাঁচশ\\u09C7\\u09BE\\u200D জন → NUMBER → পাঁচশ\\u09C7\\u09BE → 500
      """)
  void aSpanEndsAtTheLastVisibleCharHoweverItsLettersWereTyped(String input, String type, String surface, String value) {
    aMentionNextToInvisibleCharsIsKept(input, type, unescape(surface), value);
  }

  private static String unescape(String s) {
    return java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})").matcher(s)
        .replaceAll(m -> Character.toString((char) Integer.parseInt(m.group(1), 16)));
  }
}

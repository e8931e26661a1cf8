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
    String text = java.util.regex.Pattern.compile("\\\\u([0-9A-F]{4})").matcher(input)
        .replaceAll(m -> Character.toString((char) Integer.parseInt(m.group(1), 16)));
    Annotation a = GeneratedInputTest.PIPELINE.annotate(Document.of("i", text));
    ContractChecks.check(a);
    assertThat(a.mentions()).extracting(m -> m.type() + " " + m.text() + " " + m.value())
        .containsExactly(type + " " + surface + " " + value);
    assertThat(a.mentions()).extracting(Mention::text).allMatch(t -> !t.isEmpty());
  }
}

package dev.nirjas.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.Vocabulary;
import dev.nirjas.text.TextNormalizer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A form's word class for the name finder, asked of the form and of a token of it alike. */
class WordClassesTest {
  private static final Function<String, String> CLASSES = WordClasses.standard();
  private static final Vocabulary VOCABULARY = new Vocabulary();

  private static Token token(String form) {
    return VOCABULARY.token(0, form.length(), form, 0, form.length(), TokenKind.WORD);
  }

  /** A form (normalized here) and its class, by the lists (none: -). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      বেলজিয়াম    | COUNTRY
      ঢাকা        | PLACE
      রাষ্ট্রপতি    | TITLE
      মন্ত্রণালয়    | ORGWORD
      এবং         | COMMON
      কলাটুটুল     | -
      """)
  void aFormsClassIsTheSameAskedOfItsToken(String raw, String expected) {
    String form = TextNormalizer.standard().lexiconForm(raw);
    String byForm = CLASSES.apply(form);
    assertThat(byForm == null ? "-" : byForm).isEqualTo(expected);
    String byToken = ((WordClasses.Lookup) CLASSES).ofToken(token(form));
    assertThat(byToken).isEqualTo(byForm);
  }

  /** Every form of the NER test sample: the class of its token is the class of the form. */
  @Test
  void theSamplesFormsHaveTheSameClassEitherWay() {
    WordClasses.Lookup lookup = (WordClasses.Lookup) CLASSES;
    int classed = 0;
    for (String[] sentence : NerSample.sentenceForms()) {
      for (String form : sentence) {
        String c = CLASSES.apply(form);
        assertThat(lookup.ofToken(token(form))).as(form).isEqualTo(c);
        classed += c == null ? 0 : 1;
      }
    }
    assertThat(classed).isGreaterThan(100);
  }
}

package dev.nirjas.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Mention;
import dev.nirjas.MoneyMention;
import dev.nirjas.Sentence;
import dev.nirjas.TimeMention;
import dev.nirjas.Token;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import dev.nirjas.MentionType;

/** The output contract's invariants, checked on any annotation of any text. */
final class ContractChecks {
  private static final String DEC = "-?\\d+(\\.\\d+)?";
  private static final String TIMEX_DATE = "(BC)?(\\d{4}|\\d{3}X|\\d{2}XX|XXXX)(-(\\d{2}|XX)(-(\\d{2}|XX))?)?"
      + "(-W(\\d{2}|XX)(-\\d)?)?(T\\d{2}:\\d{2}(:\\d{2})?)?|XXXX-WXX-\\d(T(MO|MI|AF|EV|NI))?";
  private static final Map<MentionType, Pattern> FORMS = new EnumMap<>(MentionType.class);
  /** A year 0000 where a TIMEX3 date begins (five-digit years already fail the forms above). */
  private static final Pattern YEAR_ZERO = Pattern.compile("(^|/)(BC)?0000");

  static {
    FORMS.put(MentionType.NUMBER, Pattern.compile(DEC));
    FORMS.put(MentionType.ORDINAL, Pattern.compile("\\d+"));
    FORMS.put(MentionType.PERCENT, Pattern.compile(DEC));
    FORMS.put(MentionType.NUMBER_RANGE, Pattern.compile(DEC + "/" + DEC));
    FORMS.put(MentionType.DATE, Pattern.compile(TIMEX_DATE));
    FORMS.put(MentionType.DATE_RANGE, Pattern.compile("(" + TIMEX_DATE + ")/(" + TIMEX_DATE + ")"));
    FORMS.put(MentionType.DURATION, Pattern.compile("P(\\d+(\\.\\d+)?[YMWD]|X[YMWD])+(T(\\d+(\\.\\d+)?[HMS])+)?|PT((\\d+(\\.\\d+)?|X)[HMS])+"));
    FORMS.put(MentionType.SET, Pattern.compile("P\\d*[YMWD]|PT\\d*[HMS]|" + TIMEX_DATE));
    FORMS.put(MentionType.TIME, Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?T\\d{2}:\\d{2}(:\\d{2})?"));
    FORMS.put(MentionType.MONEY, Pattern.compile(DEC + " [A-Z]{3}"));
  }

  private ContractChecks() {}

  /** Every span inside the text and equal to its surface; mentions ordered, apart, well-formed. */
  static void check(Annotation a) {
    String text = a.text();
    int previous = 0;
    for (Token t : a.tokens()) {
      assertThat(t.start()).as("token %s", t).isGreaterThanOrEqualTo(previous);
      assertThat(t.end()).as("token %s", t).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
      previous = t.end();
    }
    previous = 0;
    int nextToken = 0;
    for (Sentence s : a.sentences()) {
      assertThat(s.span().start()).isGreaterThanOrEqualTo(previous);
      assertThat(s.span().end()).isGreaterThan(s.span().start()).isLessThanOrEqualTo(text.length());
      assertThat(s.firstToken()).as("sentences take the tokens in turn: %s", s).isEqualTo(nextToken);
      nextToken = s.endToken();
      previous = s.span().end();
    }
    assertThat(nextToken).as("every token belongs to a sentence").isEqualTo(a.tokens().size());
    previous = 0;
    for (Mention m : a.mentions()) {
      assertThat(m.span().start()).as("%s starts after the previous mention", m).isGreaterThanOrEqualTo(previous);
      assertThat(m.span().end()).as("%s", m).isGreaterThan(m.span().start()).isLessThanOrEqualTo(text.length());
      assertThat(m.text()).isEqualTo(m.span().of(text));
      previous = m.span().end();
      String value = m.value();
      if (value == null) {
        assertThat(m).isInstanceOf(TimeMention.class);
        assertThat(((TimeMention) m).offset()).as("a value-less %s has an offset", m).isNotNull();
      } else if (FORMS.containsKey(m.type())) {
        assertThat(value).as("value of %s", m).matches(FORMS.get(m.type()));
        if (m instanceof TimeMention) {
          assertThat(YEAR_ZERO.matcher(value).find()).as("a year within 1-9999 in %s", m).isFalse();
        }
      }
      if (m instanceof TimeMention t && t.offset() != null) {
        assertThat(t.offset()).matches("[+-]P(T?(\\d+(\\.\\d+)?|X)[YMWDHS])+");
      }
      if (m instanceof MoneyMention money) {
        assertThat(money.currencyCode()).matches("[A-Z]{3}");
      }
    }
  }
}

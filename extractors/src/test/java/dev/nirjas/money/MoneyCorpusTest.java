package dev.nirjas.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.MoneyMention;
import dev.nirjas.NumberMention;
import dev.nirjas.Pipeline;
import dev.nirjas.number.NumberStage;
import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import dev.nirjas.text.TextNormalizer;
import dev.nirjas.testing.CorpusTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the team's corpus tables: {@code money.tsv} (input → amount, currency, surface, attributes)
 * and {@code not-money.tsv} (inputs with no amount of money).
 */
class MoneyCorpusTest {
  static final Pipeline PIPELINE = pipeline(new MoneyStage());
  static final Pipeline INDIAN = pipeline(new MoneyStage("INR"));
  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  static Pipeline pipeline(MoneyStage money) {
    return Pipeline.builder().add(new NormalizationStage()).add(new SegmentationStage())
        .add(new NumberStage()).add(money).build();
  }

  static List<String[]> table(String name) {
    return CorpusTable.rows(MoneyCorpusTest.class, name);
  }

  static Stream<Arguments> money() {
    return CorpusTable.arguments(MoneyCorpusTest.class, "money.tsv");
  }

  static Stream<Arguments> notMoney() {
    return CorpusTable.arguments(MoneyCorpusTest.class, "not-money.tsv");
  }

  /** The attributes column: "-" or key=value and bare flags separated by ";". */
  static Map<String, String> attributes(String column) {
    Map<String, String> out = new HashMap<>();
    if (column == null || column.isBlank() || column.strip().equals("-")) {
      return out;
    }
    for (String a : column.split(";")) {
      String s = a.strip();
      int eq = s.indexOf('=');
      out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "true" : s.substring(eq + 1));
    }
    return out;
  }

  static List<MoneyMention> moneyIn(Annotation a) {
    return a.mentions().stream().filter(m -> m.type() == MentionType.MONEY).map(m -> (MoneyMention) m).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("money")
  void readsTheAmount(String[] row) {
    String input = row[1];
    String amount = row[2];
    String currency = row[3];
    String surface = row[4].equals("=") ? input : row[4];
    Map<String, String> attrs = attributes(row.length > 5 ? row[5] : "-");
    Pipeline pipeline = "INR".equals(attrs.get("ref-currency")) ? INDIAN : PIPELINE;
    if (attrs.containsKey("ref-currency")) {
      assertThat(attrs.get("ref-currency")).as("ref-currency this test knows").isIn("INR", "BDT");
    }

    Annotation a = pipeline.annotate(Document.of("t", input));
    List<MoneyMention> found = moneyIn(a);
    assertThat(found).as("money in %s: %s", input, a.mentions()).hasSize(1);
    MoneyMention m = found.get(0);
    String value = m.upper() == null ? NumberMention.plain(m.amount())
        : NumberMention.plain(m.amount()) + "/" + NumberMention.plain(m.upper());
    assertThat(m.text()).as("surface of %s", m).isEqualTo(surface);
    assertThat(value).as("amount of %s", m).isEqualTo(amount);
    assertThat(m.currencyCode()).as("currency of %s", m).isEqualTo(currency);
    assertThat(m.approx()).as("approx of %s", m).isEqualTo(attrs.containsKey("approx"));
    String per = attrs.get("per");
    assertThat(m.per()).as("per of %s", m).isEqualTo(per == null ? null : NORMALIZER.normalize(per).text());
    if (attrs.containsKey("note")) {
      assertThat(m.note()).as("note of %s", m).isNotBlank();
    } else {
      assertThat(m.note()).as("note of %s", m).isNull();
    }
    for (Mention other : a.mentions()) {
      if (other.type() == MentionType.NUMBER || other.type() == MentionType.NUMBER_RANGE) {
        assertThat(m.span().overlaps(other.span())).as("%s left inside %s", other, m).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notMoney")
  void findsNoMoney(String[] row) {
    Annotation a = PIPELINE.annotate(Document.of("t", row[1]));
    assertThat(moneyIn(a)).as("money in %s (%s)", row[1], row[2]).isEmpty();
  }
}

package dev.nirjas.number;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Pipeline;
import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import dev.nirjas.testing.CorpusTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the team's corpus tables: {@code numbers.tsv} (input → type, value, surface, flags: approx, list, percent) and
 * {@code not-numbers.tsv} (inputs with no numeric mention).
 */
class NumberCorpusTest {
  static final Pipeline PIPELINE = Pipeline.builder().add(new NormalizationStage())
      .add(new SegmentationStage()).add(new NumberStage()).build();
  private static final Set<MentionType> NUMERIC =
      EnumSet.of(MentionType.NUMBER, MentionType.NUMBER_RANGE, MentionType.ORDINAL, MentionType.PERCENT);

  static List<String[]> table(String name) {
    return CorpusTable.rows(NumberCorpusTest.class, name);
  }

  static Stream<Arguments> numbers() {
    return CorpusTable.arguments(NumberCorpusTest.class, "numbers.tsv");
  }

  static Stream<Arguments> notNumbers() {
    return CorpusTable.arguments(NumberCorpusTest.class, "not-numbers.tsv");
  }

  private static List<Mention> numeric(String text) {
    Annotation a = PIPELINE.annotate(Document.of("t", text));
    return a.mentions().stream().filter(m -> NUMERIC.contains(m.type())).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbers")
  void readsTheNumber(String[] row) {
    String input = row[1];
    MentionType type = MentionType.valueOf(row[2]);
    String value = row[3];
    String surface = row.length > 4 && !row[4].isEmpty() && !row[4].equals("=") ? row[4] : input;
    boolean approx = row.length > 5 && row[5].contains("approx");
    String unit = row.length > 5 && row[5].contains("percent") ? NumberMention.UNIT_PERCENT : null;
    List<Mention> found = numeric(input);
    if (row.length > 5 && row[5].contains("list")) {
      found = found.stream().filter(m -> m.text().equals(surface)).toList(); // one of several numbers
    }
    assertThat(found).as("mentions in %s", input)
        .extracting(Mention::text, Mention::type, Mention::value, Mention::approx,
            m -> m instanceof NumberMention n ? n.unit() : null)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(surface, type, value, approx, unit));
    assertThat(found.get(0)).isInstanceOf(NumberMention.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notNumbers")
  void findsNoNumber(String[] row) {
    assertThat(numeric(row[1])).as("mentions in %s (%s)", row[1], row[2]).isEmpty();
  }
}

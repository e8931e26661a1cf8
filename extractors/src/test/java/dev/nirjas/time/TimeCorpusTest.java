package dev.nirjas.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Pipeline;
import dev.nirjas.TimeMention;
import dev.nirjas.number.NumberStage;
import dev.nirjas.text.NormalizationStage;
import dev.nirjas.text.SegmentationStage;
import dev.nirjas.testing.CorpusTable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the team's corpus tables: {@code dates.tsv} (input → type, TIMEX3 value, surface,
 * attributes) and {@code not-dates.tsv} (inputs with no time mention).
 */
class TimeCorpusTest {
  static final Pipeline PIPELINE = Pipeline.builder().add(new NormalizationStage())
      .add(new SegmentationStage()).add(new NumberStage()).add(new TimeStage()).build();
  private static final Set<MentionType> TEMPORAL = EnumSet.of(MentionType.DATE, MentionType.DATE_RANGE,
      MentionType.DURATION, MentionType.SET, MentionType.TIME);

  static List<String[]> table(String name) {
    return CorpusTable.rows(TimeCorpusTest.class, name);
  }

  static Stream<Arguments> dates() {
    return CorpusTable.arguments(TimeCorpusTest.class, "dates.tsv");
  }

  static Stream<Arguments> notDates() {
    return CorpusTable.arguments(TimeCorpusTest.class, "not-dates.tsv");
  }

  private static Map<String, String> attributes(String column) {
    Map<String, String> out = new HashMap<>();
    if (!column.equals("-")) {
      for (String kv : column.split(";")) {
        String[] p = kv.split("=", 2);
        out.put(p[0], p.length > 1 ? p[1] : "true");
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void readsTheTimeExpression(String[] row) {
    String input = row[1];
    MentionType type = MentionType.valueOf(row[2]);
    String value = row[3].equals("-") ? null : row[3];
    String surface = row[4].equals("=") ? input : row[4];
    Map<String, String> attrs = attributes(row[5]);
    LocalDate ref = attrs.containsKey("ref") ? LocalDate.parse(attrs.get("ref")) : null;
    Annotation a = PIPELINE.annotate(new Document("t", input, ref));
    List<TimeMention> at = a.mentions().stream()
        .filter(m -> m instanceof TimeMention && m.text().equals(surface)).map(m -> (TimeMention) m).toList();
    assertThat(at).as("a time mention '%s' in %s; found %s", surface, input,
        a.mentions().stream().map(m -> m.type() + ":" + m.text() + "=" + m.value()).toList()).hasSize(1);
    TimeMention m = at.get(0);
    assertThat(m.type()).as("type").isEqualTo(type);
    assertThat(m.value()).as("value").isEqualTo(value);
    assertThat(m.offset()).as("offset").isEqualTo(attrs.get("offset"));
    assertThat(m.anchor()).as("anchor").isEqualTo(attrs.get("anchor"));
    assertThat(m.calendar()).as("calendar").isEqualTo(attrs.get("calendar"));
    assertThat(m.original()).as("original").isEqualTo(attrs.get("original"));
    assertThat(m.freq()).as("freq").isEqualTo(attrs.get("freq"));
    assertThat(m.approx()).as("approx").isEqualTo(attrs.containsKey("approx"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notDates")
  void findsNoTimeExpression(String[] row) {
    List<Mention> found = PIPELINE.annotate(Document.of("t", row[1])).mentions().stream()
        .filter(m -> TEMPORAL.contains(m.type())).toList();
    assertThat(found).as("time mentions in %s (%s)", row[1], row[2]).isEmpty();
  }
}

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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
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

  static List<String[]> table(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TimeCorpusTest.class.getResourceAsStream(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String[] withLine = new String[cols.length + 1];
        withLine[0] = name + ":" + n;
        System.arraycopy(cols, 0, withLine, 1, cols.length);
        rows.add(withLine);
      }
    }
    return rows;
  }

  static Stream<Arguments> dates() throws IOException {
    return table("dates.tsv").stream().map(c -> Arguments.of(Named.of(c[0] + " " + c[1], c)));
  }

  static Stream<Arguments> notDates() throws IOException {
    return table("not-dates.tsv").stream().map(c -> Arguments.of(Named.of(c[0] + " " + c[1], c)));
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

package dev.nirjas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.cli.CliRun.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** {@code --format csv}, read back with Jackson's CSV parser as a user's tool would read it. */
class CsvOutputTest {
  private static final CsvMapper CSV = new CsvMapper();

  @TempDir Path dir;

  private List<Map<String, String>> csv(String... args) throws IOException {
    Path out = dir.resolve("out.csv");
    List<String> all = new ArrayList<>(List.of("extract", "--format=csv", "--output=" + out));
    all.addAll(List.of(args));
    Run r = CliRun.run(out, InputStream.nullInputStream(), all.toArray(String[]::new));
    assertThat(r.text()).startsWith(String.join(",", CsvFormat.COLUMNS) + "\r\n");
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(r.text())) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void aMentionIsARowWithItsSentenceSpanAndValue() throws IOException {
    Path in = CliRun.file(dir, "in.txt", "২০০২ সালে দাম ছিল ৫০০ টাকা। শেষ বাক্য।\n");
    List<Map<String, String>> rows = csv("--input-format=lines", in.toString());
    // record, id, kind, sentence, type, start, end, text, value: counted by hand
    assertThat(rows).extracting(r -> List.of(r.get("record"), r.get("id"), r.get("kind"), r.get("sentence"),
        r.get("type"), r.get("start"), r.get("end"), r.get("text"), r.get("value"), r.get("event")))
        .containsExactly(
            List.of("1", "1", "mention", "0", "DATE", "0", "9", "২০০২ সালে", "2002", ""),
            List.of("1", "1", "mention", "0", "MONEY", "18", "26", "৫০০ টাকা", "500 BDT", ""));
  }

  @Test
  void anEventArgumentIsARowWithTheEventsColumns() throws IOException {
    Path in = CliRun.file(dir, "in.txt", "১৯৯১ সালের এপ্রিলে চীনের প্রধানমন্ত্রী লি পেং বেলজিয়াম সফর করেন।\n");
    List<Map<String, String>> args = csv("--input-format=lines", in.toString()).stream()
        .filter(r -> r.get("kind").equals("argument")).toList();
    // the visit's trigger সফর (56-59), CAMEO 042; its date and its origin, by hand
    assertThat(args).allSatisfy(r -> {
      assertThat(List.of(r.get("type"), r.get("event"), r.get("trigger_start"), r.get("trigger_end"),
          r.get("trigger"), r.get("cameo"), r.get("negated"), r.get("sentence")))
          .isEqualTo(List.of("VISIT", "0", "56", "59", "সফর", "042", "false", "0"));
    });
    assertThat(args).filteredOn(r -> r.get("role").equals("date"))
        .extracting(r -> List.of(r.get("start"), r.get("end"), r.get("text"), r.get("value")))
        .containsExactly(List.of("0", "18", "১৯৯১ সালের এপ্রিলে", "1991-04"));
    assertThat(args).filteredOn(r -> r.get("role").equals("origin"))
        .extracting(r -> List.of(r.get("text"), r.get("value")))
        .containsExactly(List.of("চীনের", "চীন"));
  }

  @Test
  void quotesCommasAndLineBreaksComeBackAsTheyWere() throws IOException {
    Path in = CliRun.file(dir, "in.jsonl", String.join("\n",
        "{\"id\":\"a,\\\"b\\\"\\nc\",\"text\":\"১৯৭১ সালে\"}",
        "{\"id\":\"e\"}") + "\n");
    List<Map<String, String>> rows = csv("--input-format=jsonl", in.toString());
    assertThat(rows).extracting(r -> List.of(r.get("record"), r.get("id"), r.get("kind"), r.get("error")))
        .containsExactly(
            List.of("1", "a,\"b\"\nc", "mention", ""),
            List.of("2", "e", "error", "missing \"text\""));
  }

  @Test
  void everyMentionAndArgumentOfTheJsonIsARowOverTheSamples() throws IOException {
    Path in = CliRun.file(dir, "in.txt", TestRecords.sentenceLines(TestRecords.sentences().size()));
    List<Map<String, String>> rows = csv("--input-format=lines", in.toString());
    Run json = CliRun.extract(dir, "--input-format=lines", in.toString());
    List<List<String>> expected = new ArrayList<>();
    for (JsonNode record : json.records()) {
      String id = record.get("id").asString();
      for (JsonNode m : record.get("mentions")) {
        expected.add(List.of(id, "mention", m.get("type").asString(), m.get("start").asString(),
            m.get("text").asString(), m.path("value").asString("")));
      }
      for (JsonNode e : record.get("events")) {
        if (e.get("arguments").isEmpty()) { // an event without arguments has a row of its own
          expected.add(List.of(id, "event", e.get("type").asString(), "", "", ""));
        }
        for (Map.Entry<String, JsonNode> role : e.get("arguments").properties()) {
          for (JsonNode arg : role.getValue().isArray() ? role.getValue() : List.of(role.getValue())) {
            expected.add(List.of(id, "argument", e.get("type").asString(), arg.get("start").asString(),
                arg.get("text").asString(), arg.path("value").asString("")));
          }
        }
      }
    }
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(rows).extracting(r -> List.of(r.get("id"), r.get("kind"), r.get("type"), r.get("start"),
        r.get("text"), r.get("value"))).containsExactlyElementsOf(expected);
  }
}

package dev.nirjas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code samples/records/samples.jsonl} (the records the CLI's class-data archive is trained on)
 * holds the texts of {@code samples/texts/} as they are, one record each, named by file: an edited
 * sample text must be edited there too.
 */
class SampleRecordsTest {

  @Test
  void theRecordsAreTheSampleTexts() throws IOException {
    Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
    List<String> texts;
    try (Stream<Path> files = Files.list(samples.resolve("texts"))) {
      texts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    }
    List<String> ids = new ArrayList<>();
    JsonMapper json = JsonMapper.builder().build();
    for (String line : Files.readAllLines(samples.resolve("records/samples.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode record = json.readTree(line);
      String id = record.get("id").asString();
      ids.add(id + ".txt");
      assertThat(record.get("text").asString()).as(id)
          .isEqualTo(Files.readString(samples.resolve("texts/" + id + ".txt"), StandardCharsets.UTF_8));
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(texts).hasSize(4);
  }
}

package dev.nirjas.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import dev.nirjas.json.AnnotationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job, run in the tests' local[2] session. */
class ExtractJobTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  @Test
  void jsonLinesInGiveTheContractsLinesOut() throws IOException {
    List<SampleDocuments.Doc> docs = SampleDocuments.documents(40, 7);
    StringBuilder in = new StringBuilder();
    for (SampleDocuments.Doc d : docs) {
      in.append("{\"id\":\"").append(d.id()).append("\",\"text\":\"").append(d.text()).append('"')
          .append(d.date() == null ? "" : ",\"date\":\"" + d.date() + "\"").append("}\n");
    }
    in.append("{\"id\":\"wb\",\"text\":\"দাম ৫০০ টাকা।\",\"currency\":\"INR\"}\n");
    in.append("{\"id\":\"no-text\"}\n");
    in.append("{broken\n");
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, in);
    Path output = dir.resolve("out");

    long[] counts = ExtractJob.run(spark, "--input", input.toString(), "--format", "jsonl",
        "--output", output.toString(), "--output-format", "jsonl", "--partitions", "3");

    assertThat(counts).containsExactly(43, 2);
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(output)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    Map<String, String> byId = new HashMap<>();
    List<String> errors = new ArrayList<>();
    for (String line : lines) {
      if (line.contains("\"error\"")) {
        errors.add(line);
      } else {
        byId.put(line.substring(7, line.indexOf('"', 7)), line); // {"id":"…"
      }
    }
    try (Pipeline cli = Pipeline.standard()) {
      for (SampleDocuments.Doc d : docs) {
        Document doc = new Document(d.id(), d.text(), d.date() == null ? null : LocalDate.parse(d.date()));
        assertThat(byId.get(d.id())).isEqualTo(AnnotationJson.write(cli.annotate(doc), AnnotationJson.Options.DEFAULT));
      }
    }
    assertThat(byId.get("wb")).contains("\"currency\":\"INR\"");
    assertThat(errors).containsExactlyInAnyOrder("{\"id\":\"no-text\",\"error\":\"no text\"}",
        "{\"id\":\"\",\"error\":\"malformed JSON record\"}");
  }

  @Test
  void parquetColumnsAreNamedByTheOptions() throws IOException {
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("key", org.apache.spark.sql.types.DataTypes.LongType)
        .add("body", org.apache.spark.sql.types.DataTypes.StringType)
        .add("published", org.apache.spark.sql.types.DataTypes.DateType);
    Path input = dir.resolve("in.parquet");
    spark.createDataFrame(List.of(
        org.apache.spark.sql.RowFactory.create(1L, "গত বছর বন্যা হয়েছিল।", java.sql.Date.valueOf("2024-05-15")),
        org.apache.spark.sql.RowFactory.create(2L, "গত বছর বন্যা হয়েছিল।", null)), schema)
        .coalesce(1).write().parquet(input.toString());
    Path output = dir.resolve("out");
    ExtractJob.run(spark, "--input", input.toString(), "--format", "parquet", "--text-col", "body",
        "--id-col", "key", "--date-col", "published", "--output", output.toString(), "--output-format", "parquet");
    List<Row> rows = spark.read().parquet(output.toString()).orderBy("id").select("id", "mentions").collectAsList();
    // গত বছর: a year before the reference date 2024-05-15; no value without one
    assertThat(rows).extracting(r -> r.getString(0)).containsExactly("1", "2");
    Row dated = rows.get(0).<Row>getList(1).get(0);
    Row undated = rows.get(1).<Row>getList(1).get(0);
    assertThat(List.of(dated.<String>getAs("type"), dated.<String>getAs("value"), dated.<String>getAs("offset")))
        .containsExactly("DATE", "2023", "-P1Y");
    assertThat(undated.<String>getAs("value")).isNull();
  }

  @Test
  void aFolderOfTextsGivesParquetOfTypedRows() throws IOException {
    Path output = dir.resolve("out.parquet");
    long[] counts = ExtractJob.run(spark, "--input", SampleDocuments.TEXTS.toAbsolutePath().toString(),
        "--format", "text", "--output", output.toString());
    assertThat(counts).containsExactly(4, 0);
    List<Row> rows = spark.read().parquet(output.toString()).select("id", "mentions", "error").collectAsList();
    assertThat(rows).extracting(r -> Path.of(r.getString(0)).getFileName().toString())
        .containsExactlyInAnyOrder("budget-news.txt", "china-belgium.txt", "cricket-news.txt", "flood-news.txt");
    Row flood = rows.stream().filter(r -> r.getString(0).endsWith("flood-news.txt")).findFirst().orElseThrow();
    String text = Files.readString(SampleDocuments.TEXTS.resolve("flood-news.txt"));
    try (Pipeline cli = Pipeline.standard()) {
      assertThat(flood.getList(1)).hasSize(cli.annotate(Document.of("f", text)).mentions().size());
    }
    assertThat(flood.isNullAt(2)).isTrue();
  }
}

package dev.nirjas.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import dev.nirjas.json.AnnotationJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transformer in local[2]: the CLI's results, bad rows, the schema, an ML Pipeline saved and loaded. */
class NirjasTransformerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StructType INPUT = new StructType().add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType).add("date", DataTypes.StringType);

  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static Dataset<Row> frame(List<SampleDocuments.Doc> docs) {
    List<Row> rows = docs.stream().map(d -> RowFactory.create(d.id(), d.text(), d.date())).toList();
    return spark.createDataFrame(rows, INPUT);
  }

  @Test
  void givesTheMentionsAndEventsOfTheCliOnAFewHundredDocuments() throws Exception {
    List<SampleDocuments.Doc> docs = SampleDocuments.documents(300, 42);
    Dataset<Row> out = new NirjasTransformer().setIdCol("id").setReferenceDateCol("date")
        .transform(frame(docs).repartition(4));
    List<Row> rows = out.select(functions.col("id"), functions.to_json(functions.col("nirjas"))).collectAsList();
    assertThat(rows).hasSize(300);
    Map<String, String> sparkJson = new java.util.HashMap<>();
    rows.forEach(r -> sparkJson.put(r.getString(0), r.getString(1)));
    int mentions = 0;
    int events = 0;
    try (Pipeline cli = Pipeline.standard()) {
      for (SampleDocuments.Doc d : docs) {
        // what nirjas extract writes for the record {"id", "text", "date"}
        Document doc = new Document(d.id(), d.text(), d.date() == null ? null : LocalDate.parse(d.date()));
        JsonNode expected = JSON.readTree(AnnotationJson.write(cli.annotate(doc), AnnotationJson.Options.DEFAULT));
        JsonNode actual = JSON.readTree(sparkJson.get(d.id()));
        assertThat(actual.get("id").asText()).isEqualTo(d.id());
        assertThat(actual.has("error")).isFalse();
        assertThat(withoutFalse(actual.get("mentions"))).as(d.id()).isEqualTo(expected.get("mentions"));
        assertThat(withoutFalse(actual.get("events"))).as(d.id()).isEqualTo(asLists(expected.get("events")));
        assertThat(withoutFalse(actual.get("sentences"))).as(d.id()).isEqualTo(expected.get("sentences"));
        mentions += expected.get("mentions").size();
        events += expected.get("events").size();
      }
    }
    assertThat(mentions).isGreaterThan(500);
    assertThat(events).isGreaterThan(20);
    assertThat(ExecutorPipeline.builds()).as("one pipeline for the executor JVM").isEqualTo(1);
  }

  /** Spark writes a false flag; the contract leaves it out (and an empty attributes map). */
  private static JsonNode withoutFalse(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> drop = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (e.getValue().isBoolean() && !e.getValue().booleanValue()
            || e.getKey().equals("attributes") && e.getValue().isEmpty()) {
          drop.add(e.getKey());
        } else {
          strip(e.getValue());
        }
      }
      o.remove(drop);
    } else if (node instanceof ArrayNode a) {
      a.forEach(NirjasTransformerTest::strip);
    }
  }

  /** The contract writes a role with one argument as an object (parties always a list); Spark always a list. */
  private static JsonNode asLists(JsonNode events) {
    ArrayNode copy = (ArrayNode) events.deepCopy();
    for (JsonNode e : copy) {
      ObjectNode args = (ObjectNode) e.get("arguments");
      List<String> roles = new ArrayList<>();
      args.fieldNames().forEachRemaining(roles::add);
      for (String role : roles) {
        if (!args.get(role).isArray()) {
          args.set(role, JSON.createArrayNode().add(args.get(role)));
        }
      }
    }
    return copy;
  }

  @Test
  void badRowsBecomeRowsWithAnError() {
    List<Row> rows = List.of(RowFactory.create("ok", "১৯৭১ সালে।", null),
        RowFactory.create("no-text", null, null),
        RowFactory.create("bad-date", "আজ।", "31/12/2024"),
        RowFactory.create(null, "৫০০ টাকা", "2024-12-31"));
    List<Row> out = new NirjasTransformer().setIdCol("id").setReferenceDateCol("date")
        .transform(spark.createDataFrame(rows, INPUT))
        .select("nirjas.id", "nirjas.error", "nirjas.mentions").collectAsList();
    assertThat(out).extracting(r -> r.getString(0)).containsExactly("ok", "no-text", "bad-date", "");
    assertThat(out).extracting(r -> r.getString(1)).containsExactly(null, "no text",
        "the reference date must be YYYY-MM-DD, not 31/12/2024", null);
    assertThat(out.get(1).isNullAt(2)).isTrue();
    assertThat(out.get(3).getList(2)).hasSize(1);
  }

  @Test
  void theOutputColumnIsATypedStructAfterTheInputColumns() {
    StructType schema = new NirjasTransformer().setOutputCol("ann").transformSchema(INPUT);
    assertThat(schema.fieldNames()).containsExactly("id", "text", "date", "ann");
    assertThat(schema.apply("ann").dataType()).isEqualTo(AnnotationRows.SCHEMA);
    assertThat(AnnotationRows.SCHEMA.simpleString())
        .contains("mentions:array<struct<type:string,start:int,end:int,text:string,value:string,approx:boolean")
        .contains("arguments:map<string,array<struct<start:int,end:int,text:string,value:string");
    assertThatThrownBy(() -> new NirjasTransformer().setInputCol("body").transformSchema(INPUT))
        .hasMessageContaining("no input column 'body'");
    assertThatThrownBy(() -> new NirjasTransformer().setOutputCol("text").transformSchema(INPUT))
        .hasMessageContaining("already an input column");
    assertThatThrownBy(() -> new NirjasTransformer().setDefaultCurrency("taka").transformSchema(INPUT))
        .hasMessageContaining("ISO 4217");
  }

  @Test
  void anMlPipelineWithItSavesAndLoads() throws Exception {
    StructType body = new StructType().add("key", DataTypes.LongType).add("body", DataTypes.StringType);
    Dataset<Row> in = spark.createDataFrame(List.of(RowFactory.create(7L, "দাম ৫০০ টাকা।")), body);
    NirjasTransformer nirjas = new NirjasTransformer().setInputCol("body").setOutputCol("ann")
        .setIdCol("key").setDefaultCurrency("INR");
    PipelineModel model = new org.apache.spark.ml.Pipeline().setStages(new PipelineStage[] {nirjas}).fit(in);
    String path = dir.resolve("model").toString();
    model.write().overwrite().save(path);
    PipelineModel loaded = PipelineModel.load(path);

    NirjasTransformer back = (NirjasTransformer) loaded.stages()[0];
    assertThat(back.uid()).isEqualTo(nirjas.uid());
    assertThat(back.getOrDefault(back.inputCol())).isEqualTo("body");
    assertThat(back.getOrDefault(back.defaultCurrency())).isEqualTo("INR");
    Row r = loaded.transform(in).select("ann.id", "ann.mentions").first();
    assertThat(r.getString(0)).isEqualTo("7");
    Row money = r.<Row>getList(1).get(0);
    assertThat(money.<String>getAs("value")).isEqualTo("500 INR");

    String alone = dir.resolve("alone").toString();
    nirjas.write().save(alone);
    assertThat(NirjasTransformer.load(alone).getOrDefault(nirjas.idCol())).isEqualTo("key");
  }
}

package dev.nirjas.spark;

import dev.nirjas.json.AnnotationJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The {@code spark-submit} job: reads texts, annotates them on the cluster, writes Parquet (the
 * typed struct of {@link AnnotationRows#SCHEMA}, one row per document) or JSON Lines (the output
 * contract, what {@code nirjas extract} writes).
 *
 * <pre>
 * spark-submit --class dev.nirjas.spark.ExtractJob nirjas-spark-VERSION-all.jar \
 *     --input hdfs:///news/*.jsonl --format jsonl --output hdfs:///news-nirjas --output-format parquet
 * </pre>
 *
 * <p>Options: {@code --input PATH} (repeatable; files, directories or globs), {@code --format
 * text|jsonl|parquet} (text: a file is a document, its id the file's path; jsonl: lines
 * {@code {"id","text","date","currency"}}; parquet: columns {@code --text-col}, {@code --id-col},
 * {@code --date-col}), {@code --output PATH}, {@code --output-format parquet|jsonl},
 * {@code --default-currency CODE}, {@code --partitions N} (spread the input over N partitions
 * first), {@code --master URL} (to run without spark-submit). A record that cannot be processed
 * is written as an error record; the job does not fail for it.
 */
public final class ExtractJob {
  private ExtractJob() {}

  /**
   * Runs the job in a Spark session of its own.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    Map<String, List<String>> options = options(args);
    SparkSession.Builder builder = SparkSession.builder().appName("nirjas extract");
    if (options.containsKey("master")) {
      builder.master(one(options, "master", null));
    }
    SparkSession spark = builder.getOrCreate();
    try {
      long start = System.nanoTime();
      long[] counts = run(spark, args);
      System.err.printf(java.util.Locale.ROOT, "nirjas: %,d records written, %,d of them error records, in %.1f s%n",
          counts[0], counts[1], (System.nanoTime() - start) / 1e9);
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session the caller owns.
   *
   * @param spark the session
   * @param args the options of {@link #main(String[])} ({@code --master} is ignored)
   * @return how many records were written, and how many of them are errors: {@code {records, errors}}
   *     (a task that Spark runs again counts again)
   * @throws IllegalArgumentException for a missing or unknown option, or a column the input lacks
   */
  public static long[] run(SparkSession spark, String... args) {
    Map<String, List<String>> options = options(args);
    List<String> inputs = options.get("input");
    String output = one(options, "output", null);
    if (inputs == null || output == null) {
      throw new IllegalArgumentException("usage: --input PATH [--format text|jsonl|parquet] --output PATH "
          + "[--output-format parquet|jsonl] [--default-currency CODE] [--partitions N]");
    }
    String format = one(options, "format", "jsonl");
    String textCol = one(options, "text-col", "text");
    String idCol = one(options, "id-col", "id");
    String dateCol = one(options, "date-col", null);
    String currency = one(options, "default-currency", null);
    String[] paths = inputs.toArray(String[]::new);
    Dataset<Row> in;
    RowReader reader;
    switch (format) {
      case "text" -> {
        in = spark.read().option("wholetext", "true").text(paths)
            .select(functions.col("_metadata.file_path").as("id"), functions.col("value").as("text"));
        reader = new RowReader(in.schema(), "text", "id", null, currency);
      }
      case "jsonl" -> {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("date", DataTypes.StringType).add("currency", DataTypes.StringType)
            .add("_corrupt_record", DataTypes.StringType);
        in = spark.read().schema(schema).option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", "_corrupt_record").json(paths);
        reader = new RowReader(in.schema(), "text", "id", "date", "currency", "_corrupt_record", currency);
      }
      case "parquet" -> {
        in = spark.read().parquet(paths);
        reader = new RowReader(in.schema(), textCol, in.schema().getFieldIndex(idCol).isDefined() ? idCol : null,
            dateCol, currency);
      }
      default -> throw new IllegalArgumentException("--format must be text, jsonl or parquet, not " + format);
    }
    if (options.containsKey("partitions")) {
      in = in.repartition(Integer.parseInt(one(options, "partitions", null)));
    }
    String outputFormat = one(options, "output-format", "parquet");
    // counted as the rows pass (no second pass, no cache of the output); a retried task counts again
    LongAccumulator records = spark.sparkContext().longAccumulator("nirjas records");
    LongAccumulator errors = spark.sparkContext().longAccumulator("nirjas error records");
    Counted counted = new Counted(reader, records, errors);
    switch (outputFormat) {
      case "parquet" -> in.map((MapFunction<Row, Row>) row -> counted.read(row).struct(),
          Encoders.row(AnnotationRows.SCHEMA)).write().parquet(output);
      case "jsonl" -> in.map((MapFunction<Row, String>) row -> json(counted.read(row)), Encoders.STRING())
          .write().text(output);
      default -> throw new IllegalArgumentException("--output-format must be parquet or jsonl, not " + outputFormat);
    }
    return new long[] {records.value(), errors.value()};
  }

  private static Map<String, List<String>> options(String[] args) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("expected --option VALUE at '" + args[i] + "'");
      }
      options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
    }
    return options;
  }

  private static String one(Map<String, List<String>> options, String name, String fallback) {
    List<String> values = options.get(name);
    return values == null ? fallback : values.get(values.size() - 1);
  }

  private static String json(RowReader.Outcome o) {
    return o.annotation() == null ? AnnotationJson.error(o.id(), o.error())
        : AnnotationJson.write(o.annotation(), AnnotationJson.Options.DEFAULT);
  }

  /** A row reader whose outcomes are counted. */
  private record Counted(RowReader reader, LongAccumulator records, LongAccumulator errors)
      implements java.io.Serializable {
    RowReader.Outcome read(Row row) {
      RowReader.Outcome o = reader.read(row);
      records.add(1);
      if (o.annotation() == null) {
        errors.add(1);
      }
      return o;
    }
  }
}

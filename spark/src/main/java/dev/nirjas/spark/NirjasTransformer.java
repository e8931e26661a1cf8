package dev.nirjas.spark;

import java.util.Arrays;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark ML transformer that annotates a column of Bengali texts: it adds a struct column (by
 * default {@code nirjas}) of {@link AnnotationRows#SCHEMA} — the document's sentences, mentions and
 * events, typed — and keeps every input column. A row that cannot be processed gets a struct with
 * its {@code error}; the job goes on.
 *
 * <pre>{@code
 * Dataset<Row> out = new NirjasTransformer().setInputCol("text").setIdCol("id").transform(articles);
 * out.select(explode(col("nirjas.mentions")).as("m")).groupBy("m.type").count().show();
 * }</pre>
 *
 * <p>Rows stream through a row-by-row {@code map}, and each executor JVM builds one Nirjas pipeline
 * and shares it between its tasks. Usable in an ML {@code Pipeline}; saved and loaded with it
 * ({@link DefaultParamsWritable}; {@link #read()}, {@link #load(String)}).
 */
public final class NirjasTransformer extends Transformer implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  /** This stage's unique id in an ML pipeline. */
  private final String uid;
  /** The column of texts to annotate. */
  private final Param<String> inputCol;
  /** The struct column added. */
  private final Param<String> outputCol;
  /** The column of document ids, echoed in the output; none if unset. */
  private final Param<String> idCol;
  /** The column of reference dates that resolve relative expressions; none if unset. */
  private final Param<String> referenceDateCol;
  /** The currency of a bare amount when the row says none (ISO 4217). */
  private final Param<String> defaultCurrency;

  /** A transformer with a fresh uid and the default settings. */
  public NirjasTransformer() {
    this(Identifiable$.MODULE$.randomUID("nirjas"));
  }

  /**
   * A transformer with this uid (how {@link #load(String)} makes one).
   *
   * @param uid its unique id
   */
  public NirjasTransformer(String uid) {
    this.uid = uid;
    this.inputCol = new Param<>(uid, "inputCol", "the column of texts to annotate (a string)");
    this.outputCol = new Param<>(uid, "outputCol", "the struct column to add");
    this.idCol = new Param<>(uid, "idCol", "the column of document ids, echoed in the output; none if unset");
    this.referenceDateCol = new Param<>(uid, "referenceDateCol",
        "the column of reference dates (a date, or a string YYYY-MM-DD) that anchor relative dates; none if unset");
    this.defaultCurrency = new Param<>(uid, "defaultCurrency",
        "what bare টাকা means, an ISO 4217 code: INR for text from West Bengal");
    setDefault(inputCol, "text");
    setDefault(outputCol, "nirjas");
    setDefault(defaultCurrency, "BDT");
  }

  @Override
  public String uid() {
    return uid;
  }

  /**
   * The column of texts to annotate; default {@code text}.
   *
   * @return the parameter
   */
  public Param<String> inputCol() {
    return inputCol;
  }

  /**
   * The struct column added; default {@code nirjas}.
   *
   * @return the parameter
   */
  public Param<String> outputCol() {
    return outputCol;
  }

  /**
   * The column of ids, written as text into the struct's {@code id}; unset: empty ids.
   *
   * @return the parameter
   */
  public Param<String> idCol() {
    return idCol;
  }

  /**
   * The column of reference dates; unset: relative dates resolve only against earlier dates.
   *
   * @return the parameter
   */
  public Param<String> referenceDateCol() {
    return referenceDateCol;
  }

  /**
   * What bare টাকা means; default {@code BDT}.
   *
   * @return the parameter
   */
  public Param<String> defaultCurrency() {
    return defaultCurrency;
  }

  /**
   * Sets the column of texts.
   *
   * @param column a string column of the input
   * @return this transformer
   */
  public NirjasTransformer setInputCol(String column) {
    set(inputCol, column);
    return this;
  }

  /**
   * Sets the column to add.
   *
   * @param column a name not yet among the input's columns
   * @return this transformer
   */
  public NirjasTransformer setOutputCol(String column) {
    set(outputCol, column);
    return this;
  }

  /**
   * Sets the column of ids.
   *
   * @param column a column of the input, of any type
   * @return this transformer
   */
  public NirjasTransformer setIdCol(String column) {
    set(idCol, column);
    return this;
  }

  /**
   * Sets the column of reference dates.
   *
   * @param column a date column of the input, or a string column of YYYY-MM-DD
   * @return this transformer
   */
  public NirjasTransformer setReferenceDateCol(String column) {
    set(referenceDateCol, column);
    return this;
  }

  /**
   * Sets what bare টাকা means.
   *
   * @param code an ISO 4217 code, such as INR
   * @return this transformer
   */
  public NirjasTransformer setDefaultCurrency(String code) {
    set(defaultCurrency, code);
    return this;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    reader(schema); // checks the input columns and the currency
    String out = $(outputCol);
    if (Arrays.asList(schema.fieldNames()).contains(out)) {
      throw new IllegalArgumentException("the output column '" + out + "' is already an input column");
    }
    return schema.add(new StructField(out, AnnotationRows.SCHEMA, true, org.apache.spark.sql.types.Metadata.empty()));
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    StructType out = transformSchema(dataset.schema());
    RowReader reader = reader(dataset.schema());
    return dataset.toDF().map((MapFunction<Row, Row>) in -> append(in, reader.read(in).struct()),
        Encoders.row(out));
  }

  /** The input row with the struct after its columns. */
  private static Row append(Row in, Row struct) {
    Object[] values = new Object[in.length() + 1];
    for (int i = 0; i < in.length(); i++) {
      values[i] = in.get(i);
    }
    values[in.length()] = struct;
    return RowFactory.create(values);
  }

  private RowReader reader(StructType schema) {
    return new RowReader(schema, $(inputCol), isDefined(idCol) ? $(idCol) : null,
        isDefined(referenceDateCol) ? $(referenceDateCol) : null, $(defaultCurrency));
  }

  @Override
  public NirjasTransformer copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /**
   * Reads a saved transformer (how an ML {@code Pipeline} loads it).
   *
   * @return the reader
   */
  public static MLReader<NirjasTransformer> read() {
    return new DefaultParamsReader<>();
  }

  /**
   * Loads a transformer saved with {@code write().save(path)}.
   *
   * @param path where it was saved
   * @return the transformer, its settings as saved
   */
  public static NirjasTransformer load(String path) {
    return read().load(path);
  }
}

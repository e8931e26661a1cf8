package dev.nirjas.spark;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one input row into a document and annotates it with {@link ExecutorPipeline}; a row that
 * cannot be (no text, a bad date, a failing stage) gives an error instead, never an exception: a
 * bad row must not fail the job. Sent to the executors: holds column indexes and settings only.
 */
final class RowReader implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An annotation, or why there is none. */
  record Outcome(String id, Annotation annotation, String error) {
    /** This outcome as a row of {@link AnnotationRows#SCHEMA}. */
    Row struct() {
      return annotation == null ? AnnotationRows.error(id, error) : AnnotationRows.of(annotation, true);
    }
  }

  private final int text;
  private final int id;
  private final int date;
  private final int currencyColumn;
  private final int corrupt;
  private final String currency;

  /**
   * @param schema the input's schema
   * @param textCol the column of the texts (a string)
   * @param idCol the column of the ids (any type, written as text), or null for none
   * @param dateCol the column of reference dates (a date, or a string YYYY-MM-DD), or null
   * @param currency what bare টাকা means (ISO 4217), or null for the pipeline's default
   * @throws IllegalArgumentException when a column is missing or of the wrong type
   */
  RowReader(StructType schema, String textCol, String idCol, String dateCol, String currency) {
    this(schema, textCol, idCol, dateCol, null, null, currency);
  }

  /**
   * As the other constructor, with two columns of a JSON Lines input.
   *
   * @param currencyCol a column of per-document currency codes that override {@code currency}, or null
   * @param corruptCol the column where Spark's JSON reader puts a line it could not parse, or null
   */
  RowReader(StructType schema, String textCol, String idCol, String dateCol, String currencyCol,
      String corruptCol, String currency) {
    this.text = index(schema, textCol);
    if (!schema.fields()[text].dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("input column '" + textCol + "' must be a string, not "
          + schema.fields()[text].dataType().simpleString());
    }
    this.id = idCol == null ? -1 : index(schema, idCol);
    this.date = dateCol == null ? -1 : index(schema, dateCol);
    if (date >= 0) {
      var type = schema.fields()[date].dataType();
      if (!type.equals(DataTypes.DateType) && !type.equals(DataTypes.StringType)) {
        throw new IllegalArgumentException("reference date column '" + dateCol + "' must be a date or a "
            + "string YYYY-MM-DD, not " + type.simpleString());
      }
    }
    this.currencyColumn = currencyCol == null ? -1 : index(schema, currencyCol);
    this.corrupt = corruptCol == null ? -1 : index(schema, corruptCol);
    if (currency != null && !Document.isCurrencyCode(currency)) {
      throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
    }
    this.currency = currency;
  }

  private static int index(StructType schema, String column) {
    for (int i = 0; i < schema.fields().length; i++) {
      if (schema.fields()[i].name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no input column '" + column + "' among " + String.join(", ", schema.fieldNames()));
  }

  Outcome read(Row row) {
    String docId = id < 0 || row.isNullAt(id) ? "" : String.valueOf(row.get(id));
    if (corrupt >= 0 && !row.isNullAt(corrupt)) {
      return new Outcome(docId, null, "malformed JSON record");
    }
    if (row.isNullAt(text)) {
      return new Outcome(docId, null, "no text");
    }
    LocalDate reference = null;
    if (date >= 0 && !row.isNullAt(date)) {
      Object d = row.get(date);
      try {
        reference = d instanceof java.sql.Date sql ? sql.toLocalDate()
            : d instanceof LocalDate local ? local : LocalDate.parse(d.toString());
      } catch (DateTimeParseException e) {
        return new Outcome(docId, null, "the reference date must be YYYY-MM-DD, not " + d);
      }
    }
    String docCurrency = currency;
    if (currencyColumn >= 0 && !row.isNullAt(currencyColumn)) {
      docCurrency = row.get(currencyColumn).toString();
      if (!Document.isCurrencyCode(docCurrency)) {
        return new Outcome(docId, null, "the currency must be an ISO 4217 code such as INR, not " + docCurrency);
      }
    }
    try {
      Document doc = new Document(docId, row.getString(text), reference, docCurrency);
      return new Outcome(docId, ExecutorPipeline.get().annotate(doc), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(docId, null, "could not be processed: " + e);
    }
  }
}

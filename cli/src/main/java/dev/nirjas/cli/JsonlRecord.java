package dev.nirjas.cli;

import dev.nirjas.Document;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * One jsonl input record, {@code {"id", "text", "date", "currency", …}}, read into a document and
 * the fields it does not take. Thread-safe.
 *
 * <p>Read by Jackson's streaming parser, field by field, rather than into a tree: the tree's mapper
 * loaded and set up some 450 classes at the first record (~60 ms before a run's first output), and
 * built a node per value of every record. The record is read to its end before any field is
 * judged, so a record both malformed and wrong in a field is reported as malformed, as a tree
 * would have it.
 *
 * @param document the document
 * @param meta the other fields (a title, a URL) as a JSON object, or null when there are none
 */
record JsonlRecord(Document document, String meta) {
  /** Duplicate keys are an error: last-wins would silently drop a record's other text or id. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * Reads a record.
   *
   * @param fallbackId the id when the record has none (its line number)
   * @param date the reference date unless the record has its own
   * @param currency the default currency unless the record has its own (null: the pipeline's)
   * @throws IllegalArgumentException with what is wrong with the record, for its error record
   */
  static JsonlRecord parse(String json, String fallbackId, LocalDate date, String currency) {
    return parse(json.toCharArray(), 0, json.length(), fallbackId, date, currency);
  }

  /**
   * Reads a record from {@code json[offset, offset + length)}, which it keeps no reference to.
   *
   * @param fallbackId the id when the record has none (its line number)
   * @param date the reference date unless the record has its own
   * @param currency the default currency unless the record has its own (null: the pipeline's)
   * @throws IllegalArgumentException with what is wrong with the record, for its error record
   */
  static JsonlRecord parse(char[] json, int offset, int length, String fallbackId, LocalDate date, String currency) {
    Fields f;
    try {
      f = Fields.read(json, offset, length);
    } catch (StreamReadException e) {
      String m = e.getOriginalMessage();
      throw new IllegalArgumentException(m.startsWith("Duplicate") ? "duplicate key: " + m : "malformed JSON: " + m);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
    }
    if (!f.object) {
      throw new IllegalArgumentException("a record must be a JSON object");
    }
    String docId = f.id == null || f.id == JsonToken.VALUE_NULL ? fallbackId
        : f.id == JsonToken.VALUE_STRING || f.id.isNumeric() ? f.idText : null; // a number as written
    if (docId == null) {
      throw new IllegalArgumentException("\"id\" must be a string or a number");
    }
    if (f.text == null || f.text != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException(f.text == null ? "missing \"text\"" : "\"text\" must be a string");
    }
    LocalDate docDate = date;
    if (f.date != null && f.date != JsonToken.VALUE_NULL) {
      try {
        docDate = LocalDate.parse(f.dateText);
        if (docDate.getYear() < 1 || docDate.getYear() > 9999) {
          throw new DateTimeParseException("year out of 1-9999", f.dateText, 0);
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD, not " + f.json(f.date, f.dateText, f.dateJson));
      }
    }
    String docCurrency = currency;
    if (f.currency != null && f.currency != JsonToken.VALUE_NULL) {
      if (f.currency != JsonToken.VALUE_STRING || !Document.isCurrencyCode(f.currencyText)) {
        throw new IllegalArgumentException("\"currency\" must be an ISO 4217 code such as INR, not "
            + f.json(f.currency, f.currencyText, f.currencyJson));
      }
      docCurrency = f.currencyText;
    }
    return new JsonlRecord(new Document(docId, f.textValue, docDate, docCurrency), f.meta());
  }

  /**
   * The record's "id" for its error record, when it has a usable one (a string, or a number as
   * written) and the record is well-formed JSON; else the fallback.
   */
  static String idOf(String json, String fallback) {
    try {
      Fields f = Fields.read(json.toCharArray(), 0, json.length());
      return f.object && (f.id == JsonToken.VALUE_STRING || f.id != null && f.id.isNumeric()) ? f.idText : fallback;
    } catch (JacksonException e) {
      return fallback; // malformed: the line number stands in
    }
  }

  /** What a record holds: the four fields it may set (each its token, its text), and the rest as JSON. */
  private static final class Fields {
    boolean object;
    JsonToken id;
    String idText;
    JsonToken text;
    String textValue;
    JsonToken date;
    String dateText;
    String dateJson;
    JsonToken currency;
    String currencyText;
    String currencyJson;
    private StringWriter metaText;
    private JsonGenerator metaJson;

    /** Reads the whole record: a malformed or doubled key anywhere fails here, before any field is judged. */
    static Fields read(char[] json, int offset, int length) {
      Fields f = new Fields();
      try (JsonParser p = JSON.createParser(json, offset, length)) {
        JsonToken first = p.nextToken();
        if (first == null) {
          return f; // nothing but white space: no object
        }
        if (first != JsonToken.START_OBJECT) {
          p.skipChildren(); // read to its end all the same: a malformed array is malformed
          trailing(p);
          return f;
        }
        f.object = true;
        for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          switch (name) {
            case "id" -> {
              f.id = value;
              f.idText = value == JsonToken.VALUE_STRING || value.isNumeric() ? p.getString() : null;
              p.skipChildren();
            }
            case "text" -> {
              f.text = value;
              f.textValue = value == JsonToken.VALUE_STRING ? p.getString() : null;
              p.skipChildren();
            }
            case "date" -> {
              f.date = value;
              f.dateText = value.isScalarValue() ? p.getString() : ""; // no date: refused below
              f.dateJson = value == JsonToken.VALUE_STRING ? null : asJson(p);
            }
            case "currency" -> {
              f.currency = value;
              f.currencyText = value == JsonToken.VALUE_STRING ? p.getString() : null;
              f.currencyJson = value == JsonToken.VALUE_STRING ? null : asJson(p);
            }
            default -> f.addMeta(name, p);
          }
        }
        trailing(p);
        return f;
      }
    }

    /** Fails when anything but white space follows the record's value. */
    private static void trailing(JsonParser p) {
      JsonToken after = p.nextToken(); // a malformed token fails here, as the parser words it
      if (after != null) {
        throw new StreamReadException(p, "Trailing token (`JsonToken." + after.name() + "`) found after the record's value");
      }
    }

    /** The current value (and what it holds) as compact JSON: for a message that quotes it. */
    private static String asJson(JsonParser p) {
      StringWriter w = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(w)) {
        g.copyCurrentStructure(p);
      }
      return w.toString();
    }

    /**
     * Copies a field the document does not take into the meta object, as a tree read and written
     * back would give it: numbers through their parsed value (1.50 as 1.5, 1E2 as 100.0).
     */
    private void addMeta(String name, JsonParser p) {
      if (metaJson == null) {
        metaText = new StringWriter();
        metaJson = JSON.createGenerator(metaText);
        metaJson.writeStartObject();
      }
      metaJson.writeName(name);
      metaJson.copyCurrentStructure(p);
    }

    /** A field's value as JSON, for a message: a string quoted and escaped, anything else as read. */
    String json(JsonToken token, String text, String json) {
      if (token != JsonToken.VALUE_STRING) {
        return json;
      }
      StringWriter w = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(w)) {
        g.writeString(text);
      }
      return w.toString();
    }

    /** The other fields as one JSON object, or null when there were none. */
    String meta() {
      if (metaJson == null) {
        return null;
      }
      metaJson.writeEndObject();
      metaJson.close();
      return metaText.toString();
    }
  }
}

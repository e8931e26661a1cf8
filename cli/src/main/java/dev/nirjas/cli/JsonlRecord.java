package dev.nirjas.cli;

import dev.nirjas.Document;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One jsonl input record, {@code {"id", "text", "date", "currency", …}}, read into a document and
 * the fields it does not take. Thread-safe.
 *
 * @param document the document
 * @param meta the other fields (a title, a URL) as a JSON object, or null when there are none
 */
record JsonlRecord(Document document, String meta) {
  /** Duplicate keys are an error: last-wins would silently drop a record's other text or id. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
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
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (StreamReadException e) {
      String m = e.getOriginalMessage();
      throw new IllegalArgumentException(m.startsWith("Duplicate") ? "duplicate key: " + m : "malformed JSON: " + m);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a record must be a JSON object");
    }
    JsonNode id = node.get("id");
    String docId = id == null || id.isNull() ? fallbackId
        : id.isString() ? id.asString() : id.isNumber() ? numberText(json) : null;
    if (docId == null) {
      throw new IllegalArgumentException("\"id\" must be a string or a number");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isString()) {
      throw new IllegalArgumentException(text == null ? "missing \"text\"" : "\"text\" must be a string");
    }
    LocalDate docDate = date;
    JsonNode d = node.get("date");
    if (d != null && !d.isNull()) {
      try {
        docDate = LocalDate.parse(d.asString());
        if (docDate.getYear() < 1 || docDate.getYear() > 9999) {
          throw new DateTimeParseException("year out of 1-9999", d.asString(), 0);
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD, not " + d);
      }
    }
    String docCurrency = currency;
    JsonNode c = node.get("currency");
    if (c != null && !c.isNull()) {
      if (!c.isString() || !Document.isCurrencyCode(c.asString())) {
        throw new IllegalArgumentException("\"currency\" must be an ISO 4217 code such as INR, not " + c);
      }
      docCurrency = c.asString();
    }
    ObjectNode rest = (ObjectNode) node; // parsed for this call only: no copy needed
    rest.remove(List.of("id", "text", "date", "currency"));
    String meta = rest.isEmpty() ? null : MAPPER.writeValueAsString(rest);
    return new JsonlRecord(new Document(docId, text.asString(), docDate, docCurrency), meta);
  }

  /** The record's "id" for its error record, when it has a usable one; else the fallback. */
  static String idOf(String json, String fallback) {
    try {
      JsonNode id = MAPPER.readTree(json).get("id");
      if (id != null && id.isString()) {
        return id.asString();
      }
      if (id != null && id.isNumber()) {
        return numberText(json);
      }
    } catch (JacksonException | NullPointerException e) {
      // malformed: the line number stands in
    }
    return fallback;
  }

  /**
   * The JSON text of a record's numeric {@code "id"}, exactly as written: the tree keeps only a
   * double (1E2 would come back as "100.0", 1e400 as "Infinity").
   */
  static String numberText(String json) {
    try (JsonParser p = MAPPER.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("id") && value.isNumeric()) {
          return p.getString();
        }
        p.skipChildren();
      }
    }
    return null;
  }
}

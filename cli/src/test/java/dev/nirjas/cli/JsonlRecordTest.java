package dev.nirjas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link JsonlRecord} reads a record field by field with the streaming parser; these rows check
 * that it reads what a tree of the record says (databind's {@code readTree}, as the command line
 * read records before): the document's fields, the rest under meta, and the same error for a bad
 * record, but for one wording (a token after the record's value).
 */
class JsonlRecordTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "{\"text\":\"চীন\"}",
      "{\"id\":\"a\",\"text\":\"চীন ও বেলজিয়াম\",\"date\":\"2018-04-14\",\"currency\":\"INR\"}",
      "{\"id\":7,\"text\":\"x\"}",
      "{\"id\":1E2,\"text\":\"x\"}",
      "{\"id\":12345678901234567890123.5,\"text\":\"x\"}",
      "{\"id\":-0.0,\"text\":\"x\",\"date\":null,\"currency\":null}",
      "{\"id\":null,\"text\":\"x\"}",
      "{\"title\":\"বাজেট\",\"text\":\"x\",\"url\":\"https://example.com/1\",\"tags\":[\"x\",2,{\"k\":null}],\"n\":1.50}",
      "{\"text\":\"x\",\"big\":123456789012345678901234567890,\"e\":1e2,\"inf\":1E400,\"t\":true,\"esc\":\"a\\\"b\\\\c\\u00e9\\u2028/\"}",
      "  {\"text\":\"a\\ud800b\",\"title\":\"\\ud800 শিরোনাম\"}  ",
      // bad records: the error each way
      "{\"text\":5}",
      "{\"id\":\"a\"}",
      "{\"id\":true,\"text\":\"x\"}",
      "{\"id\":[1],\"text\":\"x\"}",
      "{\"text\":\"x\",\"date\":\"2018-13-01\"}",
      "{\"text\":\"x\",\"date\":\"14/04/2018\"}",
      "{\"text\":\"x\",\"date\":20180414}",
      "{\"text\":\"x\",\"date\":1.50}",
      "{\"text\":\"x\",\"date\":{\"y\":2018}}",
      "{\"text\":\"x\",\"date\":\"0000-01-01\"}",
      "{\"text\":\"x\",\"currency\":\"XXX\"}",
      "{\"text\":\"x\",\"currency\":\"inr\\\"\"}",
      "{\"text\":\"x\",\"currency\":356}",
      "{\"text\":\"x\",\"text\":\"y\"}",
      "{\"id\":\"b\",\"id\":\"c\",\"text\":\"x\"}",
      "{\"text\":\"x\",\"meta\":{\"x\":1,\"x\":2}}",
      "{\"text\":\"x\",\"date\":\"bad\"",
      "{\"text\":\"x\" \"id\":1}",
      "{\"text\":\"x\"} x",
      "[1, 2",
      "[1, 2]",
      "\"just a string\"",
      "null",
      "",
      "   ",
      "{\"text\":\"x\",\"date\":\"2018-13-01\",\"id\":tru}"})
  void readsWhatATreeOfTheRecordSays(String json) {
    Result tree = Result.of(() -> byTree(json));
    Result stream = Result.of(() -> JsonlRecord.parse(json, "line 1", DAY, null));
    assertThat(stream).as(json).isEqualTo(tree);
    assertThat(JsonlRecord.idOf(json, "line 1")).as(json).isEqualTo(idByTree(json, "line 1"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {"text":"x"} {}       | malformed JSON: Trailing token (`JsonToken.START_OBJECT`) found after the record's value
      {"text":"x"} 5        | malformed JSON: Trailing token (`JsonToken.VALUE_NUMBER_INT`) found after the record's value
      5 6                   | malformed JSON: Trailing token (`JsonToken.VALUE_NUMBER_INT`) found after the record's value
      """)
  void aValueAfterTheRecordIsMalformedJson(String json, String message) {
    assertThatThrownBy(() -> JsonlRecord.parse(json, "line 1", DAY, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(JsonlRecord.idOf(json, "line 1")).isEqualTo("line 1");
  }

  /** A record read, or the message it was refused with. */
  private record Result(String id, String text, LocalDate date, String currency, String meta, String error) {
    static Result of(java.util.function.Supplier<JsonlRecord> read) {
      try {
        JsonlRecord r = read.get();
        return new Result(r.document().id(), r.document().text(), r.document().referenceDate(),
            r.document().defaultCurrency(), r.meta(), null);
      } catch (IllegalArgumentException e) {
        return new Result(null, null, null, null, null, e.getMessage());
      }
    }
  }

  // The reference: how the command line read a record before, through databind's tree.

  private static final ObjectMapper TREE = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static JsonlRecord byTree(String json) {
    JsonNode node;
    try {
      node = TREE.readTree(json);
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
    String docId = id == null || id.isNull() ? "line 1"
        : id.isString() ? id.asString() : id.isNumber() ? numberText(json) : null;
    if (docId == null) {
      throw new IllegalArgumentException("\"id\" must be a string or a number");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isString()) {
      throw new IllegalArgumentException(text == null ? "missing \"text\"" : "\"text\" must be a string");
    }
    LocalDate docDate = DAY;
    JsonNode d = node.get("date");
    if (d != null && !d.isNull()) {
      try {
        // a date that is an object or array: refused as any other no-date (the tree reader threw
        // an exception of its own there, which the command line did not expect)
        docDate = LocalDate.parse(d.isContainer() ? "" : d.asString());
        if (docDate.getYear() < 1 || docDate.getYear() > 9999) {
          throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD, not " + d);
        }
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD, not " + d);
      }
    }
    String docCurrency = null;
    JsonNode c = node.get("currency");
    if (c != null && !c.isNull()) {
      if (!c.isString() || !dev.nirjas.Document.isCurrencyCode(c.asString())) {
        throw new IllegalArgumentException("\"currency\" must be an ISO 4217 code such as INR, not " + c);
      }
      docCurrency = c.asString();
    }
    ObjectNode rest = (ObjectNode) node;
    rest.remove(List.of("id", "text", "date", "currency"));
    String meta = rest.isEmpty() ? null : TREE.writeValueAsString(rest);
    return new JsonlRecord(new dev.nirjas.Document(docId, text.asString(), docDate, docCurrency), meta);
  }

  /** A numeric id as written (the tree keeps only a double). */
  private static String numberText(String json) {
    try (tools.jackson.core.JsonParser p = TREE.createParser(json)) {
      p.nextToken();
      for (tools.jackson.core.JsonToken t = p.nextToken(); t == tools.jackson.core.JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        tools.jackson.core.JsonToken value = p.nextToken();
        if (name.equals("id") && value.isNumeric()) {
          return p.getString();
        }
        p.skipChildren();
      }
    }
    return null;
  }

  private static String idByTree(String json, String fallback) {
    try {
      JsonNode id = TREE.readTree(json).get("id");
      if (id != null && id.isString()) {
        return id.asString();
      }
      if (id != null && id.isNumber()) {
        return numberText(json);
      }
    } catch (JacksonException | NullPointerException e) {
      // malformed: the fallback
    }
    return fallback;
  }
}

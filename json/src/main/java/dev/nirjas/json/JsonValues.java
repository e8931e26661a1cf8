package dev.nirjas.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one JSON value with Jackson's streaming parser into plain Java values: {@link Map} (in
 * property order), {@link List}, {@link String}, {@link BigDecimal} or {@link Integer},
 * {@link Boolean} and null.
 *
 * <p>Why not a databind tree: jackson-databind 3 depends on jackson-annotations 2.x, which clashes
 * with the Jackson 2 that applications such as Spring Boot 3 manage; jackson-core alone has no
 * dependency, and the contract's objects are small enough that a map is all a reader needs.
 */
final class JsonValues {
  private JsonValues() {}

  /**
   * Parses {@code json}, which must hold exactly one value.
   *
   * @throws tools.jackson.core.JacksonException if it is not JSON
   * @throws IllegalArgumentException if something follows the value
   */
  static Object parse(JsonFactory factory, String json) {
    try (JsonParser p = factory.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("empty input");
      }
      Object value = read(p, first);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("more than one value");
      }
      return value;
    }
  }

  private static Object read(JsonParser p, JsonToken t) {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          object.put(name, read(p, p.nextToken()));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          array.add(read(p, n));
        }
        return array;
      }
      case VALUE_STRING -> {
        return p.getString();
      }
      case VALUE_NUMBER_INT -> {
        return p.getNumberType() == JsonParser.NumberType.INT ? (Object) p.getIntValue()
            : p.getDecimalValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDecimalValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalArgumentException("unexpected " + t);
    }
  }
}

package dev.nirjas.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/** A text value written by {@link TextValues} reads as Jackson's own {@code writeString} writes it. */
class TextValuesTest {
  /** The byte generator as AnnotationJson sets it up: surrogates escaped, one by one. */
  private static final JsonFactory BYTES = JsonFactory.builder()
      .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  private static final JsonFactory CHARS = JsonFactory.builder().build();

  /**
   * Each value (in Java's escapes: \\uXXXX, \\n, \\t, \\\\, \\") and the JSON it becomes, checked
   * by hand: as written, but <XXXX> for the raw char U+XXXX.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      abc                    | "abc"
      ঢাকা                   | "ঢাকা"
      ৫১ কোটি ৭৬ লাখ টাকা     | "৫১ কোটি ৭৬ লাখ টাকা"
      say \\"hi\\" \\\\ now   | "say \\"hi\\" \\\\ now"
      a\\nb\\tc              | "a\\nb\\tc"
      \\u0001\\u001F         | "\\u0001\\u001F"
      é ß \\u07FF            | "é ß <07FF>"
      \\u0800 \\uFFFD \\uFFFF | "<0800> <FFFD> <FFFF>"
      a \\uD83D\\uDE00 b     | "a \\uD83D\\uDE00 b"
      lone \\uD800           | "lone \\uD800"
      ''                     | ""
      """)
  void aValueIsWrittenAsJacksonWritesIt(String escaped, String json) {
    String value = unescape(escaped);
    assertThat(new String(bytes(value), StandardCharsets.UTF_8)).isEqualTo(raw(json));
    assertThat(chars(value)).isEqualTo(jacksonChars(value));
  }

  /** Random strings of ASCII, JSON's specials, Bengali, the two-byte range and surrogates: the same bytes as writeString's. */
  @Test
  void randomValuesGiveWriteStringsBytes() {
    Random r = new Random(20261206);
    char[] pool = {'a', ' ', '"', '\\', '\n', '\u0000', '\u007F', '\u00E9', '\u07FF', '\u0800', '\u0995', '\u09CD',
        '\u09BC', '\u0964', '\u200C', '\uFEFF', '\uFFFF', '\uD83D', '\uDE00', '\uDBFF', '\uDC00'};
    for (int k = 0; k < 20_000; k++) {
      char[] c = new char[r.nextInt(40)];
      for (int i = 0; i < c.length; i++) {
        c[i] = pool[r.nextInt(pool.length)];
      }
      String value = new String(c);
      assertThat(bytes(value)).as("%s", value.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(jacksonBytes(value));
    }
  }

  /** A value longer than the arrays it starts with grows them, and the next, shorter one is still right. */
  @Test
  void longValuesGrowTheArrays() {
    String longText = "বাংলা ".repeat(2_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextValues texts = new TextValues(true);
    try (JsonGenerator g = BYTES.createGenerator(out)) {
      g.writeStartArray();
      texts.write(g, longText);
      texts.write(g, "ক\"খ");
      g.writeEndArray();
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\"" + longText + "\",\"ক\\\"খ\"]");
  }

  private static byte[] bytes(String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = BYTES.createGenerator(out)) {
      new TextValues(true).write(g, value);
    }
    return out.toByteArray();
  }

  private static byte[] jacksonBytes(String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = BYTES.createGenerator(out)) {
      g.writeString(value);
    }
    return out.toByteArray();
  }

  private static String jacksonChars(String value) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = CHARS.createGenerator(w)) {
      g.writeString(value);
    }
    return w.toString();
  }

  /** The table's JSON with each <XXXX> as its char. */
  private static String raw(String json) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '<' && i + 5 < json.length() && json.charAt(i + 5) == '>') {
        b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
        i += 5;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String chars(String value) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = CHARS.createGenerator(w)) {
      new TextValues(false).write(g, value);
    }
    return w.toString();
  }

  /** The table's Java escapes: \\uXXXX, \\n, \\t, \\\\ and \\". */
  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        default -> b.append(e);
      }
    }
    return b.toString();
  }
}

package dev.nirjas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A record's bytes read as UTF-8: what is UTF-8 comes back as text, anything else as null. */
class InputsTest {
  private static byte[] hex(String h) {
    return HexFormat.of().parseHex(h.replace(" ", ""));
  }

  @Test
  void validUtf8IsItsText() {
    String[][] rows = {
        // bytes (hex) → text
        {"", ""},
        {"e0a6a2 e0a6be e0a695 e0a6be", "ঢাকা"},
        {"e0a6af e0a6bc", "য\u09BC"}, // য + nukta, as typed
        {"e0a7a7e0a7afe0a7ade0a7a7 2c 31 39 37 31", "১৯৭১,1971"},
        {"efbfbd", "\uFFFD"}, // a replacement char the input really has is kept
        {"61 efbfbd 62", "a\uFFFDb"},
        {"f09f9880", "\uD83D\uDE00"}, // four bytes: a surrogate pair
    };
    for (String[] row : rows) {
      byte[] bytes = hex(row[0]);
      assertThat(Inputs.utf8(bytes, bytes.length)).as(row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void whatIsNotUtf8IsNull() {
    String[] rows = {
        "c3 28", // a lead byte without its continuation
        "80", // a continuation without a lead
        "e0 a6", // cut short
        "ed a0 80", // a surrogate encoded on its own (CESU-8)
        "c0 af", // overlong '/'
        "f8 88 80 80 80", // five bytes
        "ff",
        "efbfbd c3 28", // a real U+FFFD, then a bad byte
    };
    for (String row : rows) {
      byte[] bytes = hex(row);
      assertThat(Inputs.utf8(bytes, bytes.length)).as(row).isNull();
    }
  }

  /**
   * The thread's kept chars serve record after record: a long one (past the room kept, and within
   * it), a bad one, then short ones, each its own text.
   */
  @Test
  void recordsOneAfterAnotherAreEachTheirOwn() {
    String[] texts = {"ঢাকা ".repeat(300_000), "চীন", "বাংলা ".repeat(2_000), null, "ক", ""};
    for (String t : texts) {
      byte[] bytes = t == null ? hex("e0a6 ff 61") : t.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(Inputs.utf8(bytes, bytes.length)).isEqualTo(t);
    }
  }

  @Test
  void onlyTheFirstLengthBytesCount() {
    byte[] bytes = hex("e0a6a2 e0a6be ff ff");
    assertThat(Inputs.utf8(bytes, 6)).isEqualTo("ঢা");
    assertThat(Inputs.utf8(bytes, 7)).isNull();
  }

  /** Blank as {@link String#isBlank} has it, from an offset (past a byte-order mark). */
  @Test
  void blankCharsAreWhiteSpaceFromTheOffsetOn() {
    Object[][] rows = {
        // text, from → blank
        {"", 0, true},
        {" \t\r\u2003", 0, true}, // an em space is white space too
        {"\uFEFF ", 1, true}, // a byte-order mark, then a space
        {"\uFEFF ", 0, false}, // the mark itself is no white space
        {"\u00A0", 0, false}, // no-break space: not white space for isBlank either
        {" {}", 0, false},
        {"x ", 1, true},
    };
    for (Object[] row : rows) {
      String text = (String) row[0];
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Inputs.Chars chars = Inputs.utf8Chars(bytes, bytes.length);
      assertThat(chars.isBlank((int) row[1])).as(text).isEqualTo(row[2])
          .isEqualTo(text.substring((int) row[1]).isBlank());
      assertThat(chars.toString((int) row[1])).isEqualTo(text.substring((int) row[1]));
    }
  }
}

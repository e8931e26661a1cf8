package dev.nirjas.json;

import dev.nirjas.Sentence;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the long string values of an annotation — the sentences' texts, the mentions' and the
 * events' — from an array, and to a UTF-8 generator as UTF-8 bytes encoded here.
 *
 * <p>Why: a generator reads a {@link String} through {@code charAt}, a call and its checks a char
 * under the command line's first-tier JIT; and Jackson's UTF-8 generator encodes each char above
 * U+007F through a call of its own. Bengali text is nearly all such chars, and the texts are most
 * of the output. Encoded in one loop here, a text is handed over as it is ({@link
 * JsonGenerator#writeRawUTF8String}) when it has nothing JSON escapes, else with {@link
 * JsonGenerator#writeUTF8String}, which escapes the quotes and control chars as {@code
 * writeString} does. The bytes are the same: a text with a surrogate (an emoji, a lone one), which
 * the UTF-8 generator writes as {@code \\uXXXX} escapes, goes to {@code writeString} as before.
 * For a generator that escapes what JSON requires and nothing more (Jackson's default).
 *
 * <p>Not thread-safe: one per object written, its arrays reused value after value.
 */
final class TextValues {
  private final boolean utf8;
  private char[] chars = new char[256];
  private byte[] bytes;

  /** @param utf8 whether the generator writes UTF-8 bytes (else chars) */
  TextValues(boolean utf8) {
    this.utf8 = utf8;
    this.bytes = utf8 ? new byte[3 * chars.length] : null;
  }

  /** Writes {@code value} as a string value, as {@code g.writeString(value)} would. */
  void write(JsonGenerator g, String value) {
    int n = value.length();
    room(n);
    value.getChars(0, n, chars, 0);
    write(g, n);
  }

  /**
   * Writes a sentence's text as a string value, as {@code g.writeString(s.text())} would, without
   * the text made as a string: the sentences' texts were a sixteenth of a corpus run's allocation.
   */
  void write(JsonGenerator g, Sentence s) {
    int n = s.end() - s.start(); // its text's length (Sentence)
    room(n);
    s.getChars(chars, 0);
    write(g, n);
  }

  private void room(int n) {
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
      bytes = utf8 ? new byte[3 * chars.length] : null;
    }
  }

  /** Writes {@code chars[0, n)} as a string value. */
  private void write(JsonGenerator g, int n) {
    int length = utf8 ? utf8(chars, n, bytes) : SURROGATE;
    if (length == SURROGATE) {
      g.writeString(chars, 0, n);
    } else if (length < 0) {
      g.writeUTF8String(bytes, 0, ~length); // the generator escapes the quote or control char
    } else {
      g.writeRawUTF8String(bytes, 0, length); // nothing to escape: the bytes as they are
    }
  }

  /** What {@link #utf8} returns for a text with a surrogate. */
  static final int SURROGATE = Integer.MIN_VALUE;

  /**
   * Encodes {@code chars[0, n)} as UTF-8 into {@code out} (room for three bytes a char), each char
   * in one to three bytes as the UTF-8 charset encodes it, and returns how many bytes that took;
   * {@code ~length} when the text holds a char JSON escapes (a quote, a backslash, a control
   * char); {@link #SURROGATE} at its first surrogate (the text is then left to the generator).
   * Written here rather than through the JDK's UTF-8 encoder because one pass both encodes and
   * finds what decides the generator's call (an escape, a surrogate, which the encoder would encode
   * as four bytes where the generator escapes it), and a BMP char without surrogates is all it needs.
   */
  static int utf8(char[] chars, int n, byte[] out) {
    int j = 0;
    boolean escapes = false;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[j++] = (byte) c;
        escapes |= c < 0x20 || c == '"' || c == '\\';
      } else if (c < 0x800) {
        out[j++] = (byte) (0xC0 | c >> 6);
        out[j++] = (byte) (0x80 | c & 0x3F);
      } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        return SURROGATE;
      } else {
        out[j++] = (byte) (0xE0 | c >> 12);
        out[j++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[j++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return escapes ? ~j : j;
  }
}

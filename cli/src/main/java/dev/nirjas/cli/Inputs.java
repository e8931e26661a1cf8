package dev.nirjas.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** How the command's inputs are opened. */
final class Inputs {
  private Inputs() {}

  /** The first two bytes of every gzip stream (RFC 1952). */
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  /** The bytes as UTF-8, or null when they are not valid UTF-8 (never replaced with U+FFFD). */
  static String utf8(byte[] bytes, int length) {
    Chars c = utf8Chars(bytes, length);
    return c == null ? null : c.toString();
  }

  /**
   * The bytes as UTF-8, or null when they are not valid UTF-8 (never replaced with U+FFFD), in chars
   * the calling thread keeps and decodes its next input into: for a reader that takes the chars
   * from an array (Jackson's parser), so that a JSON line is not made a string only to be copied
   * back into an array (the two copies were ~1.3 % of a corpus run's time).
   */
  static Chars utf8Chars(byte[] bytes, int length) {
    return DECODERS.get().decode(bytes, length);
  }

  /**
   * Decoded chars: {@code array[0, length)}, valid until the thread that decoded them decodes again.
   *
   * @param array the chars
   * @param length how many of them are the input's
   */
  record Chars(char[] array, int length) {
    /** {@return whether every char from {@code from} on is white space, as {@link String#isBlank}} */
    boolean isBlank(int from) {
      for (int i = from; i < length; i++) {
        if (!Character.isWhitespace(array[i])) { // no white space is outside the BMP: chars will do
          return false;
        }
      }
      return true;
    }

    /** {@return the chars from {@code from} on, as a string of their own} */
    String toString(int from) {
      return new String(array, from, length - from);
    }

    @Override
    public String toString() {
      return toString(0);
    }
  }

  /**
   * Each thread's strict decoder and the chars it decodes into, kept from record to record. Why:
   * the String constructor, which decodes straight into the string's own array, first made an
   * array of two bytes a byte of input and then a copy of it at the text's length, and replaced
   * what is not UTF-8 with U+FFFD, so a second, strict pass had to judge a text that held one: of
   * a corpus run's 550 MB of allocation, 70 MB. Now one strict pass into the kept chars, then the
   * string, or (for a JSON line) none.
   */
  private static final ThreadLocal<Utf8Decoder> DECODERS = ThreadLocal.withInitial(Utf8Decoder::new);

  private static final class Utf8Decoder {
    /** The most chars kept between records (2 MB); a longer record's are its own. */
    static final int KEPT = 1 << 20;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private char[] chars = new char[1 << 12];

    Chars decode(byte[] bytes, int length) {
      // UTF-8 never decodes to more chars than it has bytes: the room never runs out
      char[] room = chars.length >= length ? chars : new char[length];
      if (room != chars && length <= KEPT) {
        chars = room;
      }
      CharBuffer out = CharBuffer.wrap(room);
      decoder.reset();
      if (!decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, true).isUnderflow()
          || !decoder.flush(out).isUnderflow()) {
        return null;
      }
      return new Chars(room, out.position());
    }
  }

  /** Whether the argument stands for standard input. */
  static boolean isStdin(Path file) {
    return file.toString().equals("-");
  }

  /**
   * The stream, decompressed when it starts with gzip's magic bytes, whatever the file is called:
   * a gzip file without .gz read as text gave thousands of "invalid UTF-8" records. Every member of
   * a multi-member file is read (what {@code cat a.gz b.gz} and an appended {@code --resume} output
   * make).
   */
  static InputStream decompressed(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(2);
    int first = b.read();
    int second = b.read();
    b.reset();
    return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2 ? new GZIPInputStream(new Lookahead(b), 1 << 16) : b;
  }

  /**
   * Answers {@code available()} by reading a byte ahead. Java 17's GZIPInputStream looks for a next
   * member only when {@code available() > 0} after a member's trailer (JDK-7036144, fixed in Java 23),
   * and a pipe often has nothing buffered at that moment: the rest of {@code cat a.gz b.gz | nirjas}
   * would be lost without a word.
   */
  static final class Lookahead extends FilterInputStream {
    Lookahead(InputStream in) {
      super(new PushbackInputStream(in, 1));
    }

    @Override
    public int available() throws IOException {
      int n = in.available();
      if (n > 0) {
        return n;
      }
      int next = in.read(); // blocks until the next member comes, or the end
      if (next < 0) {
        return 0;
      }
      ((PushbackInputStream) in).unread(next);
      return 1;
    }
  }

  /** Whether writing failed because the reader closed the pipe (EPIPE). */
  static boolean isClosedPipe(Throwable e) {
    String m = e == null ? null : e.getMessage();
    return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed")
        || m.contains("pipe has been ended"));
  }
}

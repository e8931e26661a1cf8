package dev.nirjas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines cut from a byte stream: their bytes, their line ends, the cap, and lines longer than a read. */
class LineReaderTest {
  /** Each line as "text|rawLength", or "TOO LONG|rawLength". */
  private static List<String> lines(String input, long max, boolean byLine) throws IOException {
    return lines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), max, byLine);
  }

  private static List<String> lines(InputStream in, long max, boolean byLine) throws IOException {
    LineReader r = new LineReader(in, max, byLine);
    List<String> out = new ArrayList<>();
    for (LineReader.Line l; (l = r.next()) != null; ) {
      out.add((l.tooLong() ? "TOO LONG" : new String(l.bytes(), 0, l.length(), StandardCharsets.UTF_8))
          + "|" + l.rawLength());
    }
    return out;
  }

  @Test
  void linesAndTheirLineEnds() throws IOException {
    Object[][] rows = {
        // input, the lines read
        {"", List.of()},
        {"\n", List.of("|1")},
        {"a\nb\n", List.of("a|2", "b|2")},
        {"a\nb", List.of("a|2", "b|1")},
        {"a\r\nb\r\n", List.of("a|3", "b|3")},
        {"a\r", List.of("a|2")}, // a last line's \r goes as a line end's would
        {"a\rb\n", List.of("a\rb|4")}, // a lone \r inside is kept
        {"\n\nx\n", List.of("|1", "|1", "x|2")},
        {"ঢাকা\nচীন\n", List.of("ঢাকা|13", "চীন|10")},
    };
    for (Object[] row : rows) {
      assertThat(lines((String) row[0], 1000, true)).as("%s", row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void aLineOverTheCapIsReportedNotKept() throws IOException {
    assertThat(lines("abc\nabcdef\nab\n", 4, true)).containsExactly("abc|4", "TOO LONG|7", "ab|3");
    assertThat(lines("abcd\n", 4, true)).containsExactly("abcd|5");
    assertThat(lines("abcde", 4, true)).containsExactly("TOO LONG|5");
  }

  @Test
  void theWholeStreamAsOneLine() throws IOException {
    assertThat(lines("a\nb\r\n", 1000, false)).containsExactly("a\nb\r\n|5");
    assertThat(lines("", 1000, false)).isEmpty();
    assertThat(lines("abcdef", 3, false)).containsExactly("TOO LONG|6");
  }

  /** Lines longer than one read of the stream (64 KB), and a stream that gives a few bytes a read. */
  @Test
  void linesAcrossReads() throws IOException {
    byte[] big = new byte[200_000];
    Arrays.fill(big, (byte) 'x');
    big[100_000] = '\n';
    big[199_999] = '\n';
    List<String> read = lines(new ByteArrayInputStream(big), 1_000_000, true);
    assertThat(read).hasSize(2);
    assertThat(read.get(0)).isEqualTo("x".repeat(100_000) + "|100001");
    assertThat(read.get(1)).isEqualTo("x".repeat(99_998) + "|99999");
    assertThat(lines(new ByteArrayInputStream(big), 100_000, true)).containsExactly(
        "x".repeat(100_000) + "|100001", "x".repeat(99_998) + "|99999");
    assertThat(lines(new ByteArrayInputStream(big), 99_999, true)).containsExactly(
        "TOO LONG|100001", "x".repeat(99_998) + "|99999");

    InputStream trickle = new ByteArrayInputStream("ab\ncd\r\nef".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 2));
      }
    };
    assertThat(lines(trickle, 1000, true)).containsExactly("ab|3", "cd|4", "ef|2");
  }
}

package dev.nirjas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lexicon reader's lines and columns: as a reader's lines split at tabs would give them. */
class ResourcesTest {
  private static List<List<String>> rows(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String[] row : Resources.rows(text)) {
      rows.add(List.of(row));
    }
    return rows;
  }

  @Test
  void linesColumnsCommentsAndEscapes() {
    Object[][] table = {
        // text, rows (columns joined by |)
        {"টাকা\tBDT\nরুপি\tINR\n", List.of("টাকা|BDT", "রুপি|INR")},
        {"# a comment\n\nটাকা\tBDT", List.of("টাকা|BDT")},
        {"a\r\nb\rc\n\rd", List.of("a", "b", "c", "d")},
        {"a\t\t\n\t\n  \n x", List.of("a||", " x")}, // empty columns kept; a line of tabs and spaces is blank
        {"\\u09DF\tx\\u", List.of("\u09DF|x\\u")}, // an escape decoded, a cut one left
        {" # not a comment\n#\tnor a row", List.of(" # not a comment")},
        {"", List.of()},
        {"\n\r\n\r", List.of()},
    };
    for (Object[] row : table) {
      List<String> joined = new ArrayList<>();
      for (List<String> cols : rows((String) row[0])) {
        joined.add(String.join("|", cols));
      }
      assertThat(joined).as((String) row[0]).isEqualTo(row[1]);
    }
  }

  /** The reader before this loop (BufferedReader lines, isBlank, split at tabs) as the oracle. */
  private static List<List<String>> byLines(String text) {
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cols = new ArrayList<>();
        for (String c : line.split("\t", -1)) {
          cols.add(Resources.unescape(c));
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  @Test
  void randomTextsReadAsByLines() {
    Random random = new Random(5);
    String chars = "ab \t\n\r#u09DFক\u00A0\u2003"; // escapes: the table above
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        b.append(chars.charAt(random.nextInt(chars.length())));
      }
      String text = b.toString();
      assertThat(rows(text)).as(text).isEqualTo(byLines(text));
    }
  }

  @Test
  void aMalformedEscapeIsRefusedWithItsLine() {
    assertThatThrownBy(() -> Resources.rows("# a comment\nক\tখ\n\n\\u09DF\t\\uZZZZ\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4").hasMessageContaining("ZZZZ");
    assertThatThrownBy(() -> Resources.rows("\\u+9DF\n")) // a sign is no hex digit
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1").hasMessageContaining("+9DF");
  }
}

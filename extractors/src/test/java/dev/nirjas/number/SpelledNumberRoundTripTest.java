package dev.nirjas.number;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Document;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * For random values up to 10^15: spell the value in Bengali words the way writers do (the Indian
 * system: কোটি, লাখ, হাজার, শো), parse it back, get the value. The speller is test code with its own
 * words, taken from the team's corpus table, not from the grammar's lexicon.
 */
class SpelledNumberRoundTripTest {
  private static final Map<Integer, List<String>> WORDS = new HashMap<>();

  @BeforeAll
  static void loadWords() throws IOException {
    int firstGluedLine = 0;
    List<String> lines = java.util.Arrays.asList(new String(
        SpelledNumberRoundTripTest.class.getResourceAsStream("numbers.tsv").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).split("\n"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("# --- glued")) {
        firstGluedLine = i + 1;
        break;
      }
    }
    assertThat(firstGluedLine).isPositive();
    for (String[] row : NumberCorpusTest.table("numbers.tsv")) {
      // the two 0-99 sections, up to the "glued classifiers" section header:
      // "সাতাশ  NUMBER  27", "একাত্তর জন যাত্রী  NUMBER  71  একাত্তর"
      if (Integer.parseInt(row[0].substring(row[0].indexOf(':') + 1)) >= firstGluedLine) {
        continue;
      }
      String word = row.length > 4 && !row[4].equals("=") ? row[4] : row[1];
      if (row[2].equals("NUMBER") && row[3].matches("\\d{1,2}") && !word.contains(" ")
          && word.codePoints().allMatch(c -> c >= 0x0980 && c <= 0x09E5)
          && (row.length < 6 || row[5].isEmpty()) && !word.matches(".*[^্](টি|টা)$|.*(জন|খানা)$")) {
        WORDS.computeIfAbsent(Integer.parseInt(row[3]), k -> new ArrayList<>()).add(word);
      }
    }
    for (int i = 1; i < 100; i++) {
      assertThat(WORDS).as("a word for %d", i).containsKey(i);
    }
  }

  private static String word(int n, Random r) {
    List<String> options = WORDS.get(n);
    return options.get(r.nextInt(options.size()));
  }

  /** n in 1..99999 (below one crore … but at most 99,99,999 handled by lakhs). */
  private static void belowCrore(long n, Random r, StringBuilder out) {
    long lakhs = n / 100_000;
    long thousands = n / 1000 % 100;
    long hundreds = n / 100 % 10;
    long rest = n % 100;
    if (lakhs > 0) {
      out.append(group(lakhs, r)).append(r.nextBoolean() ? " লাখ " : " লক্ষ ");
    }
    if (thousands > 0) {
      out.append(group(thousands, r)).append(" হাজার ");
    }
    if (hundreds > 0) {
      String h = word((int) hundreds, r);
      switch (r.nextInt(3)) {
        case 0 -> out.append(h).append("শো ");
        case 1 -> out.append(h).append("শত ");
        default -> out.append(h).append(" শত ");
      }
    }
    if (rest > 0) {
      out.append(group(rest, r)).append(' ');
    }
  }

  /** A group below 100, in words or, one time in five, in digits. */
  private static String group(long n, Random r) {
    return r.nextInt(5) == 0 ? bengaliDigits(n) : word((int) n, r);
  }

  private static String bengaliDigits(long n) {
    StringBuilder b = new StringBuilder();
    for (char c : Long.toString(n).toCharArray()) {
      b.append((char) ('০' + (c - '0')));
    }
    return b.toString();
  }

  static String spell(long n, Random r) {
    StringBuilder out = new StringBuilder();
    long crores = n / 10_000_000;
    long rest = n % 10_000_000;
    if (crores > 0) {
      if (crores >= 10_000_000) {
        out.append(spell(crores, r)).append(' ');
      } else {
        belowCrore(crores, r, out);
      }
      out.append("কোটি ");
    }
    if (rest > 0) {
      belowCrore(rest, r, out);
    }
    return out.toString().strip();
  }

  @Test
  void spelledValuesParseBack() {
    Random r = new Random(15);
    int checked = 0;
    for (int i = 0; i < 3000; i++) {
      int digits = 1 + r.nextInt(15);
      long n = 1 + (long) (r.nextDouble() * Math.pow(10, digits));
      n = Math.min(n, 1_000_000_000_000_000L);
      String words = spell(n, r);
      String text = "মোট " + words + " জন।";
      List<Mention> found = NumberCorpusTest.PIPELINE.annotate(Document.of("t", text)).mentions();
      assertThat(found).as("%d spelled %s", n, words)
          .extracting(Mention::type, Mention::text, Mention::value)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(MentionType.NUMBER, words, new BigDecimal(n).toPlainString()));
      checked++;
    }
    assertThat(checked).isEqualTo(3000);
  }

  @Test
  void spellerWritesTheIndianSystem() {
    // checked by hand: 12,34,56,789 = বারো কোটি চৌত্রিশ লাখ ছাপ্পান্ন হাজার সাতশো উননব্বই
    String s = spell(123_456_789L, new Random(3)).replaceAll("[০-৯]+", "#");
    assertThat(s.split(" ")).contains("কোটি", "হাজার");
    assertThat(s).containsAnyOf("লাখ", "লক্ষ");
    assertThat(spell(100_000_000_000_000L, new Random(2))).endsWith("কোটি কোটি");
  }
}

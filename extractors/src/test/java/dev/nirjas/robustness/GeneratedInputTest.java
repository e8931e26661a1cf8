package dev.nirjas.robustness;

import dev.nirjas.Document;
import dev.nirjas.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated inputs, seeded so that a failure replays: whatever comes in, the pipeline neither
 * throws nor breaks the contract. Over 100,000 inputs a run.
 */
class GeneratedInputTest {
  static final Pipeline PIPELINE = Pipeline.standard();
  private static final String[] WORDS = {
    "এক", "দুই", "তিন", "নয়", "বার", "হাজার", "লাখ", "কোটি", "বিলিয়ন", "সাড়ে", "দেড়", "প্রায়",
    "শতাংশ", "থেকে", "সালের", "সালে", "অক্টোবর", "মার্চ", "বৈশাখ", "রমজান", "হিজরি", "বঙ্গাব্দ", "দশকে",
    "শতাব্দী", "বছর", "মাস", "দিন", "আগে", "পরে", "এর", "পরের", "প্রতি", "রাত", "সকাল", "টাকা", "ডলার",
    "মার্কিন", "৳", "$", "(", ")", "-", "–", "।", ".", ",", "%", "২৫শে", "১লা", "১৯৭১", "২০", "৪.৮৯৮",
    "১২,৩৪,৫৬৭", "০১৭১১", "১০:৩০", "৯টায়", "==", "'''", "\u200D", "\u09BC", "্", " ", " ", "\n",
    // found by review: dotted dates with long parts, counts past 2^31, direction marks, U+2212
    "২৫.১০.১৯৭১", "২০২৪.০৫.১৫১৫১৫১৫১৫", "৩০০০০০০০০০", "৪৫০ কোটি", "\u200E", "\u2060", "−", "রমজান",
    "হিজরি", "৩০", "গত", "আগামী", "পরদিন", "দশক",
    // issue 12: relative expressions at the edges of years 1-9999
    "আগামীকাল", "গতকাল", "মাসে", "০০০১ সালের ১ জানুয়ারি", "৯৯৯৯ সালের ৩১ ডিসেম্বর", "তার আগের দিন", "তার পরের দিন",
    // issue 12: words whose last letter normalization changes (ো, য়), then invisible chars or markup
    "আঠারো", "ষোলো", "পাঁচশো", "ছয়", "২য়", "\u00AD", "\u200C"
  };
  /** Reference dates at the edges of TIMEX3's years, where a shift of a day leaves them. */
  private static final java.time.LocalDate[] EDGES = {
    java.time.LocalDate.of(1, 1, 1), java.time.LocalDate.of(1, 1, 2), java.time.LocalDate.of(1, 12, 31),
    java.time.LocalDate.of(9999, 1, 1), java.time.LocalDate.of(9999, 12, 30), java.time.LocalDate.of(9999, 12, 31)
  };

  static List<String> seedSentences() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = GeneratedInputTest.class.getResourceAsStream("/dev/nirjas/number/numbers.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && line.contains("\t")) {
          out.add(line.substring(0, line.indexOf('\t')));
        }
      }
    }
    try (InputStream in = GeneratedInputTest.class.getResourceAsStream("/dev/nirjas/time/dates.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && line.contains("\t")) {
          out.add(line.substring(0, line.indexOf('\t')));
        }
      }
    }
    return out;
  }

  private static void annotateAndCheck(String text) {
    ContractChecks.check(PIPELINE.annotate(Document.of("g", text)));
  }

  /**
   * With a reference date (years 1 to 9999, a quarter of them at the edges) and a default currency,
   * so resolution is fuzzed too.
   */
  private static void annotateAndCheck(String text, Random r) {
    java.time.LocalDate reference = r.nextInt(4) == 0 ? EDGES[r.nextInt(EDGES.length)]
        : java.time.LocalDate.of(1 + r.nextInt(9999), 1 + r.nextInt(12), 1 + r.nextInt(28));
    ContractChecks.check(PIPELINE.annotate(new Document("g", text, reference, r.nextBoolean() ? "INR" : null)));
  }

  @Test
  void randomUnicodeFromAllPlanes() {
    Random r = new Random(1);
    char[] specials = {'\0', '\uFEFF', '\u200E', '\u200F', '\u202E', '\u2029', '\u0085', '\r', '\t', '\uD800', '\uDFFF', '\uFFFF'};
    for (int n = 0; n < 25_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(40); k > 0; k--) {
        switch (r.nextInt(4)) {
          case 0 -> b.append(specials[r.nextInt(specials.length)]);
          case 1 -> b.append((char) r.nextInt(0x10000)); // any UTF-16 unit, lone surrogates too
          case 2 -> {
            int cp = r.nextInt(0x110000); // any plane; surrogate code points become supplementary ones
            b.appendCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 0x10000 + r.nextInt(0x100000) : cp);
          }
          default -> b.append((char) (0x0980 + r.nextInt(0x80)));
        }
      }
      annotateAndCheck(b.toString());
    }
  }

  @Test
  void randomBengaliWordsDigitsAndPunctuation() {
    Random r = new Random(2);
    for (int n = 0; n < 35_000; n++) {
      String text = words(r);
      if (n % 2 == 0) {
        annotateAndCheck(text);
      } else {
        annotateAndCheck(text, r);
      }
    }
  }

  /** Up to 25 of {@link #WORDS}, most with a space after them. */
  static String words(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(25); k > 0; k--) {
      b.append(WORDS[r.nextInt(WORDS.length)]);
      if (r.nextInt(3) > 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  @Test
  void mutatedRealSentences() throws IOException {
    List<String> sentences = seedSentences();
    Random r = new Random(3);
    for (int n = 0; n < 45_000; n++) {
      annotateAndCheck(mutated(sentences, r), r);
    }
  }

  /** A corpus sentence with one to four edits: deletions, swaps, stray marks, words put in. */
  static String mutated(List<String> sentences, Random r) {
    StringBuilder b = new StringBuilder(sentences.get(r.nextInt(sentences.size())));
    for (int k = 1 + r.nextInt(4); k > 0 && b.length() > 0; k--) {
      int at = r.nextInt(b.length());
      switch (r.nextInt(6)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, b.charAt(at));
        case 2 -> {
          int to = r.nextInt(b.length());
          char c = b.charAt(at);
          b.setCharAt(at, b.charAt(to));
          b.setCharAt(to, c);
        }
        case 3 -> b.insert(at, r.nextBoolean() ? '\u09BC' : '\u09CD'); // a stray nukta or virama
        case 4 -> {
          char c = b.charAt(at); // a digit to the other script
          if (c >= '০' && c <= '৯') {
            b.setCharAt(at, (char) ('0' + (c - '০')));
          } else if (c >= '0' && c <= '9') {
            b.setCharAt(at, (char) ('০' + (c - '0')));
          }
        }
        default -> b.insert(at, WORDS[r.nextInt(WORDS.length)]);
      }
    }
    return b.toString();
  }
}

package dev.nirjas.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.MoneyMention;
import dev.nirjas.Pipeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random texts made of the pieces money is written with (so that a failure replays): the
 * stage never throws, and what it adds keeps the contract. And one stage shared by many threads
 * reads as it does alone.
 */
class MoneyGeneratedInputTest {
  private static final Pipeline PIPELINE = MoneyCorpusTest.PIPELINE;
  private static final String[] PIECES = {
    "৳", "$", "US", "€", "£", "¥", "₹", "Tk", "Rs", "টাঃ", "USD", "BDT", ".", ",", "(", ")", "/", "-", "=", "–",
    "৫০০", "১,২৫০", "৪.৮৯৮", "০১৭", "20", "দশ", "এক", "হাজার", "লাখ", "কোটি", "বিলিয়ন", "দেড়", "সাড়ে",
    "প্রায়", "থেকে", "পর্যন্ত", "প্রতি", "কেজি", "কেজিপ্রতি", "টাকা", "টাকার", "টাকায়", "৫০০টাকা", "ডলার",
    "ডলারের", "মার্কিন", "পাউন্ড", "ওজনের", "আলু", "রিয়াল", "কাতার", "চীনের", "পয়সা", "সেন্ট", "পেন্স",
    "রুপি", "ইউরো", "কয়েক", "শতাংশ", "সালে", "জন", "।", " ", " ", " ", "\u09BC", "\u200C", "'''"
  };

  /** Checks what a money stage may promise about one annotation. */
  static void check(Annotation a) {
    String text = a.text();
    Mention previous = null;
    for (Mention m : a.mentions()) {
      assertThat(text.substring(m.span().start(), m.span().end())).as("text of %s", m).isEqualTo(m.text());
      if (previous != null) {
        assertThat(previous.span().end()).as("%s overlaps %s", previous, m).isLessThanOrEqualTo(m.span().start());
      }
      previous = m;
      if (m instanceof MoneyMention money) {
        assertThat(money.currencyCode()).matches("[A-Z]{3}");
        assertThat(money.value()).isEqualTo(dev.nirjas.NumberMention.plain(money.amount()) + " " + money.currencyCode());
        if (money.upper() != null) {
          assertThat(money.upper()).isGreaterThan(money.amount());
        }
        assertThat(money.rule()).startsWith("money.");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void randomMoneyishTextKeepsTheContract(long seed) {
    Random r = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(24); k > 0; k--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      Annotation a = PIPELINE.annotate(Document.of("g" + seed + "-" + n, text));
      check(a);
      for (Mention m : a.mentions(MentionType.MONEY)) {
        assertThat(a.mentions()).as("number inside %s in '%s'", m, text)
            .noneMatch(x -> (x.type() == MentionType.NUMBER || x.type() == MentionType.NUMBER_RANGE)
                && x.span().overlaps(m.span()));
      }
    }
  }

  @Test
  void oneStageServesManyThreads() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (String file : List.of("money.tsv", "not-money.tsv")) {
      for (String[] row : MoneyCorpusTest.table(file)) {
        inputs.add(row[1]);
      }
    }
    List<String> expected = new ArrayList<>();
    for (String in : inputs) {
      expected.add(describe(PIPELINE.annotate(Document.of("s", in))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        runs.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (int i = 0; i < inputs.size(); i++) {
            int k = (i + offset * 37) % inputs.size(); // each thread in its own order
            out.add(k + "\t" + describe(PIPELINE.annotate(Document.of("p", inputs.get(k)))));
          }
          return out;
        }));
      }
      for (Future<List<String>> run : runs) {
        for (String line : run.get()) {
          int k = Integer.parseInt(line.substring(0, line.indexOf('\t')));
          assertThat(line.substring(line.indexOf('\t') + 1)).as(inputs.get(k)).isEqualTo(expected.get(k));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(Annotation a) {
    StringBuilder b = new StringBuilder();
    for (Mention m : a.mentions(MentionType.MONEY)) {
      MoneyMention mm = (MoneyMention) m;
      b.append(m.span()).append(m.value()).append(mm.upper()).append(mm.per()).append(mm.note()).append(';');
    }
    return b.toString();
  }

  @Test
  void longTextsAreReadInOnePass() throws IOException {
    // a money-dense document of ~0.5 MB: completes, and every table amount is still found in it
    List<String[]> rows = MoneyCorpusTest.table("money.tsv");
    StringBuilder b = new StringBuilder();
    int expected = 0;
    for (int copy = 0; copy < 40; copy++) {
      for (String[] row : rows) {
        if (row.length > 5 && row[5].contains("ref-currency")) {
          continue;
        }
        b.append(row[1]).append("। ");
        expected++;
      }
    }
    Annotation a = PIPELINE.annotate(Document.of("long", b.toString()));
    check(a);
    assertThat(a.mentions(MentionType.MONEY)).hasSize(expected);
  }
}

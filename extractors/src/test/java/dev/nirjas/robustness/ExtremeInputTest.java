package dev.nirjas.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Pipeline;
import dev.nirjas.json.AnnotationJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Very long tokens, deep nesting, huge numbers, many threads: sensible results, no failure. */
class ExtremeInputTest {
  private static final Pipeline PIPELINE = GeneratedInputTest.PIPELINE;

  private static Annotation annotate(String text) {
    Annotation a = PIPELINE.annotate(Document.of("x", text));
    ContractChecks.check(a);
    return a;
  }

  @Test
  void aMegabyteDigitRunIsAnIdentifierNotAHugeNumber() {
    Annotation a = annotate("মোট " + "৭".repeat(1_000_000) + " জন।");
    assertThat(a.mentions()).isEmpty();
    assertThat(a.tokens()).hasSize(4);
  }

  @Test
  void aHundredKilobyteWordIsOneToken() {
    Annotation a = annotate("শব্দ " + "ক".repeat(100_000) + " শেষ।");
    assertThat(a.tokens()).hasSize(4);
    assertThat(a.sentences()).hasSize(1);
  }

  @Test
  void tenThousandScaleWordsAreAnIdiomNotANumber() {
    Annotation a = annotate("কোটি ".repeat(10_000) + "মানুষ।");
    assertThat(a.mentions()).isEmpty();
  }

  @Test
  void aNumberBeforeRepeatedScalesStopsAtTheDocumentedCap() {
    Annotation a = annotate("৫ " + "কোটি ".repeat(50) + "টাকা");
    List<Mention> numbers = a.mentions();
    assertThat(numbers).isNotEmpty();
    BigDecimal first = new BigDecimal(numbers.get(0).value().split(" ")[0]);
    // 5 × 10^28 is the largest 5 × (10^7)^n not past 10^30
    assertThat(first).isEqualByComparingTo(new BigDecimal("5E+28"));
  }

  @Test
  void aFiveHundredDigitNumberIsExactWhenGroupedAndAnIdentifierWhenNot() {
    String digits = "১" + "০".repeat(499);
    assertThat(annotate("মোট " + digits + " জন").mentions()).isEmpty();
    StringBuilder grouped = new StringBuilder("১");
    for (int i = 0; i < 166; i++) {
      grouped.append(",০০০");
    }
    grouped.append("০০"); // 1 + 498 + 2: a malformed group, so no value
    assertThat(annotate("মোট " + grouped + " জন").mentions()).isEmpty();
    String western = "1" + ",000".repeat(166);
    List<Mention> m = annotate("মোট " + western + " জন").mentions();
    assertThat(m).hasSize(1);
    assertThat(m.get(0).value()).isEqualTo("1" + "0".repeat(498));
  }

  @Test
  void deepNestingNoSpacesAndNoSentenceEnds() {
    annotate("(".repeat(100_000) + "১৯৭১ সালে" + ")".repeat(100_000));
    annotate("১৯৭১সালের২৫অক্টোবরচীনএবংবেলজিয়াম".repeat(3000));
    Annotation a = annotate("১৯৭১ সালে চীন এবং বেলজিয়াম ".repeat(20_000));
    assertThat(a.sentences()).hasSize(1);
    assertThat(a.mentions(MentionType.DATE)).hasSize(20_000);
  }

  @Test
  void oneSharedPipelineOnEightThreadsGivesTheSingleThreadedResults() throws Exception {
    List<String> sentences = GeneratedInputTest.seedSentences();
    Random r = new Random(8);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + r.nextInt(4); k > 0; k--) {
        b.append(sentences.get(r.nextInt(sentences.size()))).append("। ");
      }
      docs.add(Document.of(Integer.toString(i), b.toString()));
    }
    List<String> single = new ArrayList<>();
    for (Document d : docs) {
      single.add(AnnotationJson.write(PIPELINE.annotate(d), true));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Document d : docs) {
        futures.add(pool.submit(() -> AnnotationJson.write(PIPELINE.annotate(d), true)));
      }
      for (int i = 0; i < docs.size(); i++) {
        assertThat(futures.get(i).get()).as("document %d", i).isEqualTo(single.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static String seedArticle() throws IOException {
    try (InputStream in = ExtremeInputTest.class.getResourceAsStream("/dev/nirjas/seed-china-belgium.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

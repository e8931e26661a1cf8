package dev.nirjas.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The embedding example runs on every sample text and prints what a reader expects. */
class ExtractSampleTest {

  private static String run(Path file) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      ExtractSample.main(new String[] {file.toString()});
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSeedArticle() throws Exception {
    String out = run(Path.of("texts/china-belgium.txt"));
    assertThat(out).contains("# ইতিহাস");
    assertThat(out).containsPattern("MONEY +৪\\.৮৯৮ বিলিয়ন \\(৪৮৯\\.৮ কোটি\\) মার্কিন ডলার +4898000000 USD");
    assertThat(out).containsPattern("DATE +১৯৭১ সালের ২৫ অক্টোবর +1971-10-25");
    assertThat(out).containsPattern("PERCENT +৪\\.১ শতাংশ +4\\.1");
  }

  @Test
  void theNewsSamples() throws Exception {
    String budget = run(Path.of("texts/budget-news.txt"));
    assertThat(budget).containsPattern("MONEY +সাত লাখ ৯৭ হাজার কোটি টাকা[র]? +7970000000000 BDT");
    assertThat(budget).containsPattern("DATE +৬ জুন ২০২৪ তারিখে +2024-06-06");
    assertThat(budget).containsPattern("PERCENT +প্রায় ৪\\.৬ শতাংশ +4\\.6");
    String flood = run(Path.of("texts/flood-news.txt"));
    assertThat(flood).containsPattern("MONEY +২০ কোটি টাকা +200000000 BDT");
    assertThat(flood).containsPattern("DURATION +তিন দিনের +P3D");
    assertThat(flood).containsPattern("DURATION +৪৮ ঘণ্টায় +PT48H");
    String cricket = run(Path.of("texts/cricket-news.txt"));
    assertThat(cricket).containsPattern("ORDINAL +প্রথম +1");
    assertThat(cricket).containsPattern("NUMBER +২৩৫ +235");
    for (Path p : Files.list(Path.of("texts")).toList()) {
      assertThat(run(p)).isNotBlank();
    }
  }
}

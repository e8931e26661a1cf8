package dev.nirjas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Pipeline;
import dev.nirjas.Stage;
import dev.nirjas.TimeMention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard pipeline on the article Nirjas was started from: every mention a reader finds. */
class SeedArticleTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = SeedArticleTest.class.getResourceAsStream("/dev/nirjas/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theStandardPipelineHasEveryStage() {
    assertThat(Pipeline.standard().stages()).extracting(Stage::name)
        .containsExactly("normalization", "segmentation", "numbers", "money", "times");
  }

  @Test
  void everyMentionOfTheSeedArticle() throws IOException {
    String text = resource("seed-china-belgium.txt");
    Annotation a = Pipeline.standard().annotate(Document.of("seed", text));
    List<String> expected = new ArrayList<>();
    for (String line : resource("seed-mentions.tsv").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        expected.add(line);
      }
    }
    List<String> got = new ArrayList<>();
    for (Mention m : a.mentions()) {
      List<String> attrs = new ArrayList<>();
      if (m instanceof TimeMention t && t.offset() != null) {
        attrs.add("offset=" + t.offset());
        attrs.add("anchor=" + t.anchor());
      }
      if (m.approx()) {
        attrs.add("approx");
      }
      got.add(m.type() + "\t" + m.text() + "\t" + m.value() + "\t" + (attrs.isEmpty() ? "-" : String.join(";", attrs)));
    }
    assertThat(got).containsExactlyElementsOf(expected);
  }

  @Test
  void noDigitInsideADateOrAmountIsReportedOnItsOwn() throws IOException {
    String text = resource("seed-china-belgium.txt");
    Annotation a = Pipeline.standard().annotate(Document.of("seed", text));
    // Overlaps are refused by Annotation itself; what this checks is that the digits of the dates
    // and amounts became parts of them: each subsumed number lies inside a DATE, DATE_RANGE or MONEY.
    for (Mention part : a.parts()) {
      assertThat(a.mentions()).as("%s is inside a date or an amount", part)
          .anyMatch(outer -> (outer.type() == MentionType.MONEY || outer.type() == MentionType.DATE
              || outer.type() == MentionType.DATE_RANGE) && outer.span().contains(part.span()));
    }
    assertThat(a.mentions(MentionType.NUMBER)).extracting(Mention::text)
        .doesNotContain("১৯৭১", "২৫", "১৯৭০", "৪.৮৯৮ বিলিয়ন", "৪৮৯.৮ কোটি", "২০০০ কোটি");
    assertThat(a.parts()).extracting(Mention::text)
        .contains("১৯৭১", "২৫", "৪.৮৯৮ বিলিয়ন", "৪৮৯.৮ কোটি", "২০ বিলিয়ন", "২০০০ কোটি");
  }
}

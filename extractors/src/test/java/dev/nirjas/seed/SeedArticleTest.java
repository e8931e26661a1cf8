package dev.nirjas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Document;
import dev.nirjas.EntityMention;
import dev.nirjas.Event;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Pipeline;
import dev.nirjas.Stage;
import dev.nirjas.TimeMention;
import dev.nirjas.text.TextNormalizer;
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
        .containsExactly("normalization", "segmentation", "numbers", "money", "times", "entities", "events");
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
      if (m instanceof EntityMention) {
        continue; // names: theEveryPersonAndPlace
      }
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

  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  private static String[] canonical(String... values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = NORMALIZER.lexiconForm(values[i]);
    }
    return out;
  }

  @Test
  void everyPersonAndPlaceAndNoOther() throws IOException {
    Annotation a = Pipeline.standard().annotate(Document.of("seed", resource("seed-china-belgium.txt")));
    // values are in canonical form (য় as one letter); the article writes য + ় apart
    assertThat(a.mentions(MentionType.PERSON)).extracting(Mention::value).containsExactly(canonical(
        "ঝু রঙ্গি", "কিয়ান কিচেন", "আলবার্ট", "ফিলিপ", "জ্যাঁ-লুক দেহায়েন", "গাই ভারহফস্ট্যাট",
        "শি জিনপিং", "কিয়ান জিউলিং"));
    assertThat(a.mentions(MentionType.LOCATION)).extracting(Mention::value)
        .containsOnly(canonical("চীন", "বেলজিয়াম", "সাংহাই")).contains("সাংহাই");
    assertThat(a.mentions(MentionType.LOCATION)).filteredOn(m -> m.value().equals(canonical("বেলজিয়াম")[0]))
        .extracting(m -> ((EntityMention) m).code()).containsOnly("BE");
    assertThat(a.mentions(MentionType.LOCATION)).extracting(Mention::text)
        .contains("বেলজিয়ামের", "বেলজিয়ামে", "চীনে", "চীনের", "সাংহাইতে");
    assertThat(a.mentions(MentionType.ORGANIZATION)).extracting(Mention::value)
        .containsOnly(canonical("বেলজিয়াম দূতাবাস", "চীন দূতাবাস"));
    EntityMention zhu = (EntityMention) a.mentions(MentionType.PERSON).get(0);
    assertThat(zhu.title()).isEqualTo("প্রধানমন্ত্রী");
    assertThat(zhu.affiliation()).isEqualTo("চীন");
  }

  /**
   * The events a careful reader sees, written by hand: relations established (said twice: in the
   * lead, in the 1970s, and in the history, on 25 October 1971), the visits with their visitors,
   * where they came from and went, and when (ফিলিপ's two visits are a summary sentence and then
   * one event per date), the talks শি জিনপিং held there, the two trade figures and the medal.
   */
  @Test
  void everyEventAReaderSees() throws IOException {
    Annotation a = Pipeline.standard().annotate(Document.of("seed", resource("seed-china-belgium.txt")));
    List<String> got = new ArrayList<>();
    for (Event e : a.events()) {
      StringBuilder b = new StringBuilder(e.type());
      e.arguments().forEach((role, args) -> {
        b.append(' ').append(role).append('=');
        b.append(String.join(",", args.stream().map(x -> x.value() == null ? x.text() : x.value()).toList()));
      });
      got.add(b.toString());
    }
    assertThat(got).containsExactly(canonical(
        "DIPLOMATIC_RELATIONS date=197X",
        "DIPLOMATIC_RELATIONS parties=চীন,বেলজিয়াম date=1971-10-25",
        "VISIT agent=ঝু রঙ্গি origin=চীন destination=বেলজিয়াম date=1991-04",
        "VISIT agent=কিয়ান কিচেন origin=চীন destination=বেলজিয়াম date=1992-03",
        "VISIT agent=আলবার্ট origin=বেলজিয়াম destination=চীন date=1993-05",
        "VISIT agent=ফিলিপ destination=চীন",
        "VISIT agent=ফিলিপ destination=চীন date=1996-11",
        "VISIT agent=ফিলিপ destination=চীন date=2000-05",
        "VISIT agent=জ্যাঁ-লুক দেহায়েন origin=বেলজিয়াম destination=চীন date=1998-11",
        "VISIT agent=গাই ভারহফস্ট্যাট origin=বেলজিয়াম destination=চীন date=2002-03",
        "VISIT agent=শি জিনপিং origin=চীন destination=বেলজিয়াম date=2009-10",
        "MEETING parties=শি জিনপিং place=বেলজিয়াম",
        "TRADE amount=4898000000 USD date=2002",
        "TRADE amount=20000000000 USD date=2008",
        "AWARD person=কিয়ান জিউলিং award=পদক"));
    Event philippeIn1996 = a.events().get(6);
    assertThat(philippeIn1996.argument("agent").text()).isEqualTo("তিনি");
    assertThat(philippeIn1996.argument("agent").resolved()).isEqualTo("previous-sentence");
    assertThat(a.events()).extracting(Event::cameo).startsWith("054", "054", "042");
  }
}

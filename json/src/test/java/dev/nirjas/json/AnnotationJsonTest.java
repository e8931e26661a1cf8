package dev.nirjas.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.Document;
import dev.nirjas.EntityMention;
import dev.nirjas.Event;
import dev.nirjas.GrammaticalCase;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.MoneyMention;
import dev.nirjas.NumberMention;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import dev.nirjas.TimeMention;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotationJsonTest {
  // "১৯৭১ সালে " is 10 chars, "ঢাকায় " 7 (য় typed as য + nukta), so the money starts at 17 and its
  // 18 chars (প্রায় 6, ৫ 1, কোটি 4, টাকা 4, three spaces) end at 35.
  private static final String TEXT = "১৯৭১ সালে ঢাকায় প্রায় ৫ কোটি টাকা, ৪.১ শতাংশ, ১০-১২ জন।";

  private static Span span(String surface) {
    int at = TEXT.indexOf(surface);
    return new Span(at, at + surface.length());
  }

  private static Annotation sample() {
    Document doc = Document.of("7", TEXT);
    List<Mention> mentions = List.of(
        new TimeMention(MentionType.DATE, span("১৯৭১ সালে"), "১৯৭১ সালে", "1971", null, null, null, null, false, "year-sal"),
        new EntityMention(MentionType.LOCATION, span("ঢাকায়"), "ঢাকায়", "ঢাকা", null,
            GrammaticalCase.LOCATIVE, null, null, "gazetteer"),
        new MoneyMention(span("প্রায় ৫ কোটি টাকা"), "প্রায় ৫ কোটি টাকা", new BigDecimal("5E+7"), null, "BDT", null, true, null, "amount-currency"),
        new NumberMention(MentionType.PERCENT, span("৪.১ শতাংশ"), "৪.১ শতাংশ", new BigDecimal("4.10"), null, false, "percent"),
        new NumberMention(MentionType.NUMBER_RANGE, span("১০-১২"), "১০-১২", BigDecimal.TEN, new BigDecimal(12), false, "range"));
    Event visit = new Event("VISIT", span("ঢাকায়"), "ঢাকায়", 0,
        Map.of("destination", List.of(new Argument(span("ঢাকায়"), "ঢাকায়", "ঢাকা")),
            "agent", List.of(new Argument(span("সালে"), "সালে", "শি জিনপিং", null, "উপরাষ্ট্রপতি",
                "চীন", "previous-sentence")),
            "parties", List.of(new Argument(span("১৯৭১"), "১৯৭১", null))), "042", true, Event.PLANNED);
    List<Mention> parts = List.of(new NumberMention(MentionType.NUMBER, span("১৯৭১"), "১৯৭১", new BigDecimal(1971), null, false, "digits"));
    return new Annotation(doc, List.of(new Sentence(new Span(0, TEXT.length()), 0, 0, false, TEXT)), List.of(), mentions, List.of(visit), parts);
  }

  /** A sentence made through the API with a text of its own is written with that text, to chars and to bytes alike. */
  @Test
  void aSentenceIsWrittenWithItsOwnText() {
    Document doc = Document.of("s", "ab cd");
    Annotation a = new Annotation(doc, List.of(new Sentence(new Span(0, 2), 0, 0, false, "zz"),
        Sentence.of(3, 5, 0, 0, false, doc.text())), List.of(), List.of(), List.of(), List.of());
    String chars = AnnotationJson.write(a, false);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    AnnotationJson.write(a, AnnotationJson.Options.DEFAULT, null, bytes);
    assertThat(chars).contains("{\"start\":0,\"end\":2,\"text\":\"zz\"}", "{\"start\":3,\"end\":5,\"text\":\"cd\"}");
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(chars);
  }

  @Test
  void writesTheContractForm() {
    String json = AnnotationJson.write(sample(), false);
    assertThat(json).startsWith("{\"id\":\"7\",\"sentences\":[{\"start\":0,\"end\":" + TEXT.length() + ",\"text\":");
    assertThat(json).contains("{\"type\":\"DATE\",\"start\":0,\"end\":9,\"text\":\"১৯৭১ সালে\",\"value\":\"1971\"}");
    assertThat(json).contains("\"type\":\"MONEY\",\"start\":17,\"end\":35,\"text\":\"প্রায় ৫ কোটি টাকা\",\"value\":\"50000000 BDT\",\"amount\":\"50000000\",\"currency\":\"BDT\",\"approx\":true}");
    assertThat(json).contains("\"value\":\"4.1\"");
    assertThat(json).contains("\"value\":\"10/12\"");
    assertThat(json).contains("\"parties\":[{");
    assertThat(json).contains("\"destination\":{\"start\"");
    assertThat(json).contains("\"value\":\"ঢাকা\",\"case\":\"locative\"");
    assertThat(json).contains("\"cameo\":\"042\",\"negated\":true,\"modality\":\"planned\"");
    assertThat(json).contains("\"value\":\"শি জিনপিং\",\"title\":\"উপরাষ্ট্রপতি\",\"affiliation\":\"চীন\",\"resolved\":\"previous-sentence\"}");
    assertThat(json).doesNotContain("\"rule\"").doesNotContain("\"parts\"");
    assertThat(AnnotationJson.write(sample(), true)).contains("\"rule\":\"year-sal\"").contains("\"parts\":[");
  }

  @Test
  void readsBackWhatItWrote() {
    Annotation a = sample();
    for (boolean explain : new boolean[] {false, true}) {
      String json = AnnotationJson.write(a, explain);
      Annotation back = AnnotationJson.read(json, a.document());
      assertThat(AnnotationJson.write(back, explain)).isEqualTo(json);
      assertThat(back.events()).isEqualTo(a.events());
      if (explain) {
        assertThat(back.mentions()).isEqualTo(a.mentions().stream().map(AnnotationJsonTest::plainValues).toList());
      }
    }
  }

  private static Mention plainValues(Mention m) {
    if (m instanceof MoneyMention money) {
      return new MoneyMention(money.span(), money.text(), new BigDecimal(NumberMention.plain(money.amount())),
          money.upper(), money.currencyCode(), money.per(), money.approx(), money.note(), money.rule());
    }
    if (m instanceof NumberMention n) {
      return new NumberMention(n.type(), n.span(), n.text(), new BigDecimal(NumberMention.plain(n.number())),
          n.upper() == null ? null : new BigDecimal(NumberMention.plain(n.upper())), n.unit(), n.approx(), n.rule());
    }
    return m;
  }

  /** A SET's {@code freq} and a range's {@code unit} are written where set, and read back (issue 10). */
  @Test
  void writesFreqAndUnitOnlyWhereTheyAreSet() {
    String text = "সপ্তাহে দুবার, ৫-৭%, প্রতি বছর";
    Document doc = Document.of("f", text);
    List<Mention> mentions = List.of(
        new TimeMention(MentionType.SET, new Span(0, 13), "সপ্তাহে দুবার", "P1W", null, null, null, null, "2X",
            false, "set.frequency"),
        new NumberMention(MentionType.NUMBER_RANGE, new Span(15, 19), "৫-৭%", new BigDecimal(5), new BigDecimal(7),
            NumberMention.UNIT_PERCENT, false, "number.percent-range"),
        new TimeMention(MentionType.SET, new Span(21, 30), "প্রতি বছর", "P1Y", null, null, null, null, false, "set.unit"));
    Annotation a = new Annotation(doc, List.of(new Sentence(new Span(0, text.length()), 0, 0, false, text)), List.of(),
        mentions, List.of(), List.of());
    String json = AnnotationJson.write(a, true);
    assertThat(json).contains("\"text\":\"সপ্তাহে দুবার\",\"value\":\"P1W\",\"freq\":\"2X\",\"rule\"")
        .contains("\"text\":\"৫-৭%\",\"value\":\"5/7\",\"unit\":\"percent\",\"rule\"")
        .contains("\"text\":\"প্রতি বছর\",\"value\":\"P1Y\",\"rule\"");
    assertThat(AnnotationJson.read(json, doc).mentions()).isEqualTo(mentions);
  }

  @Test
  void writingToAWriterLeavesItOpenForTheNextDocument() throws IOException {
    boolean[] closed = {false};
    StringWriter out = new StringWriter() {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    AnnotationJson.write(sample(), false, out);
    out.write('\n');
    AnnotationJson.write(sample(), AnnotationJson.Options.DEFAULT, null, out);
    assertThat(closed[0]).isFalse();
    assertThat(out.toString().split("\n")).containsExactly(AnnotationJson.write(sample(), false),
        AnnotationJson.write(sample(), false));
  }

  @Test
  void errorRecords() {
    assertThat(AnnotationJson.error("3", "malformed JSON")).isEqualTo("{\"id\":\"3\",\"error\":\"malformed JSON\"}");
    assertThatThrownBy(() -> AnnotationJson.read("{\"id\":\"3\",\"error\":\"x\"}", Document.of("3", "")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnnotationJson.read("{nope", Document.of("3", "")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Lone surrogates leave as JSON escapes, so no UTF-8 encoder turns them into '?' (issue 12). */
  private static final String SURROGATE_TEXT = "\uD800 ১৯৭১ সালে \uDFFF। \uD83D\uDE00";

  /** Two sentences and a date over a text with lone surrogates and a pair, its id ending in one. */
  private static Annotation withSurrogates() {
    String text = SURROGATE_TEXT;
    Document doc = Document.of("id\uDBFF", text);
    return new Annotation(doc, List.of(new Sentence(new Span(0, 11), 0, 0, false, text.substring(0, 11)),
        new Sentence(new Span(12, text.length()), 0, 0, false, text.substring(12))), List.of(), List.of(
        new TimeMention(MentionType.DATE, new Span(2, 11), "১৯৭১ সালে", "1971", null, null, null, null, false, "r")),
        List.of(), List.of());
  }

  @Test
  void loneSurrogatesAreEscapedInTextIdsAndErrors() {
    String text = SURROGATE_TEXT;
    Annotation a = withSurrogates();
    Document doc = a.document();
    String json = AnnotationJson.write(a, false);
    assertThat(json).contains("\\uD800", "\\uDFFF", "\\uDBFF", "\\uD83D\\uDE00")
        .doesNotContain("\uD800", "\uDFFF", "\uDBFF", "?");
    String viaUtf8 = new String(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
    Annotation back = AnnotationJson.read(viaUtf8, doc);
    assertThat(back.sentences()).extracting(s -> s.span().of(text)).containsExactly("\uD800 ১৯৭১ সালে", "\uDFFF। \uD83D\uDE00");
    assertThat(back.sentences().get(0).text()).isEqualTo("\uD800 ১৯৭১ সালে");
    String error = AnnotationJson.error("x\uD800", "bad \uDC00 record");
    assertThat(error).isEqualTo("{\"id\":\"x\\uD800\",\"error\":\"bad \\uDC00 record\"}");
  }

  /**
   * The byte form is the text form encoded: for each options and meta, hand-picked to reach every
   * branch that differs between the two generators (indentation, non-ASCII text, surrogates).
   */
  @Test
  void writingBytesGivesTheTextAsUtf8() {
    String[] metas = {null, "{\"title\":\"চীন–বেলজিয়াম সম্পর্ক\",\"n\":3}", "{\"title\":\"x\uD800y\uD83D\uDE00\"}"};
    for (Annotation a : List.of(sample(), withSurrogates())) {
      for (AnnotationJson.Options o : List.of(AnnotationJson.Options.DEFAULT, new AnnotationJson.Options(true, false, false),
          new AnnotationJson.Options(true, true, true))) {
        for (String meta : metas) {
          StringWriter text1 = new StringWriter();
          AnnotationJson.write(a, o, meta, text1);
          java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
          AnnotationJson.write(a, o, meta, bytes);
          assertThat(bytes.toByteArray()).as("%s %s", o, meta)
              .isEqualTo(text1.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** A record's other fields are written as given, but a surrogate in them leaves as an escape. */
  @Test
  void metaKeepsItsSurrogatesAsEscapes() {
    String[][] rows = {
        // meta as given → as written
        {"{\"title\":\"ঢাকা\"}", "{\"title\":\"ঢাকা\"}"},
        {"{\"title\":\"a\uD800b\"}", "{\"title\":\"a\\uD800b\"}"},
        {"{\"t\":\"\uD83D\uDE00\",\"u\":\"\uDFFF\"}", "{\"t\":\"\\uD83D\\uDE00\",\"u\":\"\\uDFFF\"}"},
    };
    for (String[] row : rows) {
      StringWriter w = new StringWriter();
      AnnotationJson.write(sample(), AnnotationJson.Options.DEFAULT, row[0], w);
      assertThat(w.toString()).as(row[0]).startsWith("{\"id\":\"7\",\"meta\":" + row[1] + ",\"sentences\":");
    }
  }
}

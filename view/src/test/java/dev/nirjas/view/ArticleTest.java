package dev.nirjas.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.Document;
import dev.nirjas.EntityMention;
import dev.nirjas.Event;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Spans that do not nest (an event trigger across a name, a name across a sentence end) still show whole. */
class ArticleTest {
  // 0         1         2         3
  // 0123456789012345678901234567890123456
  // আলফা বিটা গামা। ডেল্টা এপসিলন জেটা।
  static final String TEXT = "আলফা বিটা গামা। ডেল্টা এপসিলন জেটা।";

  private static Span span(String of, int from) {
    int start = TEXT.indexOf(of, from);
    return new Span(start, start + of.length());
  }

  @Test
  void crossingSpansAreCutAndContinuedLosingNoText() {
    Span name = span("আলফা বিটা", 0);
    Span trigger = span("বিটা গামা", 0); // crosses the name
    Span across = span("গামা। ডেল্টা", 0); // a mention across the sentence end
    Span s0 = span("আলফা বিটা গামা।", 0);
    Span s1 = span("ডেল্টা এপসিলন জেটা।", 0);
    Span pronoun = span("জেটা", 0);
    List<Mention> mentions = List.of(
        new EntityMention(MentionType.PERSON, name, name.of(TEXT), "আলফা", "test"),
        new EntityMention(MentionType.LOCATION, across, across.of(TEXT), "গামা", "test"));
    Event e = new Event("MEETING", trigger, trigger.of(TEXT), 0,
        Map.of("parties", List.of(new Argument(name, name.of(TEXT), "আলফা"), new Argument(pronoun, "জেটা", "আলফা"))), "040");
    Annotation a = new Annotation(Document.of("crossing", TEXT),
        List.of(new Sentence(s0, 0, 0, false, s0.of(TEXT)), new Sentence(s1, 0, 0, false, s1.of(TEXT))), List.of(), mentions, List.of(e), List.of());

    String html = HtmlView.render(a);
    Element article = Jsoup.parse(html).getElementById("text");
    // the parser kept our nesting: as many elements as we wrote
    assertThat(article.select("mark")).hasSize(html.split("<mark ", -1).length - 1);
    assertThat(article.wholeText().strip()).isEqualTo(TEXT);
    for (int i = 0; i < mentions.size(); i++) {
      Elements pieces = article.select("mark[data-m=" + i + "]");
      // the name opens first and stays whole; the place starts inside the trigger's rest, so it is
      // cut where the trigger ends, where its sentence ends, and where the next one starts
      assertThat(pieces.size()).as("pieces of mention %d", i).isEqualTo(i == 0 ? 1 : 4);
      assertThat(String.join("", whole(pieces))).isEqualTo(mentions.get(i).text());
      // one id and one tab stop, on the first piece
      assertThat(pieces.stream().filter(p -> p.hasAttr("id"))).containsExactly(pieces.first());
      assertThat(pieces.stream().filter(p -> p.hasAttr("tabindex"))).containsExactly(pieces.first());
    }
    // the trigger that crosses the name is cut where the name ends
    assertThat(whole(article.select("mark.ev"))).containsExactly("বিটা", " গামা");
    assertThat(article.getElementById("e0").wholeText()).isEqualTo("বিটা");
    assertThat(article.select("mark.ref").text()).isEqualTo("জেটা");
    assertThat(String.join("", whole(article.select(".s"))).replace(" ", ""))
        .isEqualTo(TEXT.replace(" ", ""));
  }

  private static List<String> whole(Elements es) {
    return es.stream().map(Element::wholeText).toList();
  }

  @Test
  void aTextWithoutSentencesIsOneParagraphAndAnEmptyOneNone() {
    Annotation bare = new Annotation(Document.of("bare", "কিছু লেখা"), List.of(), List.of(), List.of(), List.of(), List.of());
    Element article = Jsoup.parse(HtmlView.render(bare)).getElementById("text");
    assertThat(article.select("p").eachText()).containsExactly("কিছু লেখা");
    Annotation empty = new Annotation(Document.of("empty", ""), List.of(), List.of(), List.of(), List.of(), List.of());
    Element none = Jsoup.parse(HtmlView.render(empty)).getElementById("text");
    assertThat(none.children()).isEmpty();
    assertThat(Jsoup.parse(HtmlView.render(empty)).getElementById("timeline").text()).contains("No events found.");
  }

  @Test
  void lineBreaksMakeParagraphs() {
    String text = "প্রথম কথা। আরও কথা।\n\nদ্বিতীয় অনুচ্ছেদ।";
    Annotation a = Samples.PIPELINE.annotate(Document.of("p", text));
    Element article = Jsoup.parse(HtmlView.render(a)).getElementById("text");
    assertThat(article.select("p").eachText()).containsExactly("প্রথম কথা। আরও কথা।", "দ্বিতীয় অনুচ্ছেদ।");
  }
}

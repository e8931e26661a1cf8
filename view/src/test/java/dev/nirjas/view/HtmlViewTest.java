package dev.nirjas.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.Event;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page of the sample article, read back with an HTML5 parser: everything is there and links. */
class HtmlViewTest {
  static Annotation a;
  static String html;
  static org.jsoup.nodes.Document page;
  static Element article;

  @BeforeAll
  static void render() {
    a = Samples.article();
    html = HtmlView.render(a);
    page = Jsoup.parse(html);
    article = page.getElementById("text");
  }

  @Test
  void theSampleHasWhatTheTestsCheck() {
    // so that the checks below check something: the article has all kinds of thing to show
    assertThat(a.mentions()).hasSizeGreaterThan(50);
    assertThat(a.events()).hasSizeGreaterThan(10);
    assertThat(a.mentions(MentionType.MONEY)).hasSize(2);
    assertThat(a.events()).anyMatch(e -> e.argument("date") == null);
  }

  @Test
  void everyMentionIsHighlightedWithItsTypeAndText() {
    List<Mention> ms = a.mentions();
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      Elements found = article.select("mark[data-m=" + i + "]");
      // no highlight of the sample is cut in pieces (ArticleTest covers the spans that would be)
      assertThat(found).as("mention %d %s", i, m).hasSize(1);
      Element e = found.first();
      assertThat(e.id()).isEqualTo("m" + i);
      assertThat(e.hasClass("t-" + m.type().name())).as("type class of %s", m).isTrue();
      assertThat(e.wholeText()).isEqualTo(m.text());
      assertThat(e.attr("tabindex")).isEqualTo("0");
      assertThat(e.attr("data-tip")).startsWith(m.type().name() + "\n");
    }
    assertThat(article.select("mark.m")).hasSize(ms.size());
  }

  @Test
  void everyEventIsMarkedAtItsTriggerWithItsArgumentsLinked() {
    List<Event> events = a.events();
    for (int j = 0; j < events.size(); j++) {
      Event e = events.get(j);
      Elements triggers = article.select("mark.ev[data-ev~=^(.* )?" + j + "( .*)?$]");
      assertThat(triggers).as("trigger of event %d", j).hasSize(1);
      assertThat(triggers.first().wholeText()).isEqualTo(e.text());
      assertThat(triggers.first().attr("data-tip")).contains(e.type());
      for (Map.Entry<String, List<Argument>> role : e.arguments().entrySet()) {
        for (Argument arg : role.getValue()) {
          List<Element> marks = new ArrayList<>();
          for (Element m : article.select("mark[data-of]")) {
            if (Arrays.asList(m.attr("data-of").split(" ")).contains(Integer.toString(j))
                && m.wholeText().equals(arg.text())) {
              marks.add(m);
            }
          }
          assertThat(marks).as("%s of event %d: %s", role.getKey(), j, arg.text()).isNotEmpty();
          assertThat(String.join("\n", marks.stream().map(m -> m.attr("data-tip")).toList()))
              .contains(role.getKey() + " of " + e.type());
        }
      }
    }
    // a pronoun argument is no mention, yet it is marked (তিনি for ফিলিপ)
    assertThat(article.select("mark.ref")).isNotEmpty().allMatch(m -> m.hasAttr("data-of"));
  }

  @Test
  void theTextIsAllThereAndHeadingsAreHeadings() {
    String shown = article.wholeText().replaceAll("\\s+", "");
    String original = a.text().replace("=", "").replaceAll("\\s+", "");
    assertThat(shown).isEqualTo(original);
    List<String> headings = a.sentences().stream().filter(Sentence::heading)
        .map(s -> s.span().of(a.text())).toList();
    assertThat(article.select("h2").eachText()).containsExactlyElementsOf(headings);
    for (int i = 0; i < a.sentences().size(); i++) {
      assertThat(article.getElementById("s" + i).wholeText()).isEqualTo(a.sentences().get(i).span().of(a.text()));
    }
    assertThat(article.select("p")).hasSizeGreaterThan(3);
  }

  @Test
  void tooltipsGiveValuesInWords() {
    assertThat(tipOf("১৯৭১ সালের ২৫ অক্টোবর")).isEqualTo("DATE\n১৯৭১-১০-২৫ · 25 Oct 1971\ndate of DIPLOMATIC_RELATIONS «কূটনৈতিক»");
    assertThat(tipOf("১৯৭০ এর দশকে")).contains("১৯৭X · the 1970s");
    assertThat(tipOf("৪.৮৯৮ বিলিয়ন (৪৮৯.৮ কোটি) মার্কিন ডলার"))
        .startsWith("MONEY\n৪৮৯৮০০০০০০ USD · 4.898 billion US dollars");
    assertThat(tipOf("এর ২০ বছর আগে")).contains("relative: -P20Y from the previous date");
    assertThat(tipOf("প্রতিবছর")).contains("every year");
    assertThat(tipOf("ঝু রঙ্গি")).startsWith("PERSON\nঝু রঙ্গি\nপ্রধানমন্ত্রী · চীন");
    assertThat(article.select("mark.m").eachAttr("data-tip")).noneMatch(t -> t.contains("rule: "));
    assertThat(Jsoup.parse(HtmlView.render(a, true)).select("mark.m").eachAttr("data-tip"))
        .allMatch(t -> t.contains("\nrule: "));
  }

  private static String tipOf(String text) {
    Elements found = article.select("mark.m").stream().filter(m -> m.wholeText().equals(text))
        .collect(Elements::new, Elements::add, Elements::addAll);
    assertThat(found).as(text).isNotEmpty();
    return found.first().attr("data-tip");
  }

  @Test
  void theTimelineListsTheDatedEventsInDateOrderAndTheOthersApart() {
    Element timeline = page.getElementById("timeline");
    Elements items = timeline.select("li.tl-ev");
    assertThat(items).hasSize(a.events().size());
    List<String> starts = timeline.select("details li.tl-ev").eachAttr("data-start");
    long dated = a.events().stream().filter(e -> e.argument("date") != null && e.argument("date").value() != null).count();
    assertThat(starts).hasSize((int) dated).isSortedAccordingTo(String::compareTo);
    assertThat(starts.get(0)).isEqualTo("1970-01-01"); // the 1970s, the article's first date
    // each event once, each entry linking to its own sentence
    assertThat(items.eachAttr("data-ev")).doesNotHaveDuplicates();
    for (Element li : items) {
      Event e = a.events().get(Integer.parseInt(li.attr("data-ev")));
      assertThat(li.selectFirst("a").attr("href")).isEqualTo("#s" + e.sentence());
    }
    // the decade is a bar on the axis, the months are dots; every event has its mark
    assertThat(timeline.select("svg.axis a")).hasSize((int) dated);
    assertThat(timeline.select("svg.axis rect.span")).hasSize(1);
    assertThat(timeline.select("details.tl-group > summary .yr").eachText())
        .startsWith("১৯৭X · the 1970s", "১৯৭১ · 1971", "১৯৯১ · 1991");
    assertThat(timeline.select("#undated li.tl-ev")).hasSize(a.events().size() - (int) dated);
    // a trade's amount in words, its parties as their canonical names
    assertThat(timeline.select("li.tl-ev .arg").eachText()).contains("amount 4.898 billion US dollars");
    assertThat(timeline.select("details[open]")).hasSize(timeline.select("details").size());
  }

  @Test
  void everyLinkResolves() {
    Elements links = page.select("a[href]");
    long dated = page.select("li.tl-ev[data-start]").size();
    // the skip link, one per timeline entry, one per mark on the axis, one per amount of money
    assertThat(links).hasSize(1 + a.events().size() + (int) dated + a.mentions(MentionType.MONEY).size());
    for (Element link : links) {
      String href = link.attr("href");
      assertThat(href).as("links stay in the page").startsWith("#");
      assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
    }
  }

  @Test
  void theSummaryCountsAndTotals() {
    Element summary = page.getElementById("summary");
    assertThat(summary.select("tr.total[data-currency=USD] td").text())
        .isEqualTo("24.898 billion US dollars (24,898,000,000 USD)");
    Element dates = summary.select("table").first().select("tbody tr").stream()
        .filter(tr -> tr.selectFirst("th").text().equals("DATE")).findFirst().orElseThrow();
    assertThat(dates.selectFirst("td").text()).isEqualTo(Integer.toString(a.mentions(MentionType.DATE).size()));
    assertThat(summary.select("table").get(1).select("tfoot td").text()).isEqualTo(Integer.toString(a.events().size()));
  }

  @Test
  void thePageLoadsNothingAndCarriesItsPolicy() {
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("[src], link, iframe, object, embed, img")).isEmpty();
    String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).startsWith("default-src 'none'; script-src 'sha256-").contains("style-src 'sha256-");
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(article.attr("lang")).isEqualTo("bn");
    assertThat(page.select("style").first().data()).contains("\"Noto Sans Bengali\", \"Kalpurush\", \"SolaimanLipi\", sans-serif");
  }
}

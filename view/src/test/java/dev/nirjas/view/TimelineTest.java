package dev.nirjas.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.Document;
import dev.nirjas.Event;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A dense document: hundreds of events over a century stay in order, grouped and folded. */
class TimelineTest {

  /** {@code n} events, one a sentence, dated over 1901–2020 in days, months, years and decades; every tenth undated. */
  static Annotation dense(int n) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int start = text.length();
      text.append("সভা হয়।");
      Span trigger = new Span(start, start + 3);
      sentences.add(new Sentence(new Span(start, text.length()), 0, 0, false, text.substring(start)));
      text.append(' ');
      int year = 1901 + (i * 37) % 120;
      String value = switch (i % 4) {
        case 0 -> String.format("%d-%02d-%02d", year, i % 12 + 1, i % 28 + 1);
        case 1 -> String.format("%d-%02d", year, i % 12 + 1);
        case 2 -> Integer.toString(year);
        default -> (year / 10) + "X";
      };
      Map<String, List<Argument>> args = i % 10 == 9 ? Map.of()
          : Map.of("date", List.of(new Argument(trigger, "সভা", value)));
      events.add(new Event("MEETING", trigger, "সভা", i, args, "040"));
    }
    return new Annotation(Document.of("dense", text.toString()), sentences, List.of(), List.of(), events, List.of());
  }

  @Test
  void hundredsOfEventsStayInOrderGroupedByYearAndFolded() {
    Annotation a = dense(400);
    Timeline t = new Timeline(a);
    assertThat(t.dated()).hasSize(360);
    assertThat(t.undated()).hasSize(40).isSorted();

    Element timeline = Jsoup.parse(HtmlView.render(a)).getElementById("timeline");
    List<String> starts = timeline.select("details li.tl-ev").eachAttr("data-start");
    assertThat(starts).hasSize(360).isSortedAccordingTo(String::compareTo);
    // above the limit the groups start folded, each saying how many it holds
    assertThat(timeline.select("details.tl-group")).isNotEmpty().noneMatch(d -> d.hasAttr("open"));
    for (Element group : timeline.select("details.tl-group")) {
      assertThat(group.selectFirst("summary .n").text()).isEqualTo(Integer.toString(group.select("li.tl-ev").size()));
    }
    // one group per year of the day, month and year events, one per decade value
    Set<String> keys = new TreeSet<>();
    for (Timeline.Entry x : t.dated()) {
      keys.add(x.when().grain() == Timex.Grain.DECADE ? x.date().value() : Integer.toString(x.when().startYear()));
    }
    assertThat(timeline.select("details.tl-group")).hasSize(keys.size());
    // every dated event is on the axis, in at most MAX_LANES rows
    assertThat(timeline.select("svg.axis a")).hasSize(360);
    double lowest = timeline.select("svg.axis circle").stream().mapToDouble(c -> Double.parseDouble(c.attr("cy"))).max().orElseThrow();
    assertThat(lowest).isLessThanOrEqualTo(6 + (Timeline.MAX_LANES - 1) * 11 + 4);
    assertThat(timeline.select("#undated li.tl-ev")).hasSize(40);
  }

  @Test
  void aFewEventsStartUnfolded() {
    Element timeline = Jsoup.parse(HtmlView.render(dense(Timeline.OPEN_LIMIT))).getElementById("timeline");
    assertThat(timeline.select("details.tl-group")).isNotEmpty().allMatch(d -> d.hasAttr("open"));
  }
}

package dev.nirjas.view;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The events in time: an axis of years with every dated event on it (a dot for a day, month or
 * year, a bar for a decade, century or range), then the events in chronological order grouped by
 * year, then the undated ones in text order. Every entry links to its sentence in the text.
 *
 * <p>An event's time is the value of its {@code date} argument. Dense documents stay usable: the
 * axis stacks at most {@link #MAX_LANES} lanes of marks, and above {@link #OPEN_LIMIT} dated
 * events the year groups start folded, each showing its count.
 */
final class Timeline {
  /** Up to this many dated events the year groups start unfolded. */
  static final int OPEN_LIMIT = 60;
  /** Rows of marks on the axis before marks share a row. */
  static final int MAX_LANES = 8;

  private static final int WIDTH = 360;
  private static final int PAD = 14;
  private static final int LANE = 11;
  private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000};

  /** A dated event. */
  record Entry(int index, Event event, Argument date, Timex.Interval when) {}

  private final Annotation a;
  private final List<Entry> dated = new ArrayList<>();
  private final List<Integer> undated = new ArrayList<>();

  Timeline(Annotation a) {
    this.a = a;
    List<Event> events = a.events();
    for (int j = 0; j < events.size(); j++) {
      Event e = events.get(j);
      Argument date = e.argument("date");
      Timex.Interval when = date == null ? null : Timex.interval(date.value());
      if (when == null) {
        undated.add(j);
      } else {
        dated.add(new Entry(j, e, date, when));
      }
    }
    // earliest first; of two starting together the longer first, as it contains the shorter
    dated.sort(Comparator.comparing((Entry x) -> x.when().start())
        .thenComparing(Comparator.comparing((Entry x) -> x.when().end()).reversed())
        .thenComparingInt(Entry::index));
  }

  /** The dated events in chronological order. */
  List<Entry> dated() {
    return dated;
  }

  /** The indices of the events without a placeable date, in text order. */
  List<Integer> undated() {
    return undated;
  }

  Html render() {
    Html h = new Html();
    if (a.events().isEmpty()) {
      return h.element("p", "No events found.", "class", "empty");
    }
    if (!dated.isEmpty()) {
      h.append(axis());
      boolean open = dated.size() <= OPEN_LIMIT;
      int i = 0;
      while (i < dated.size()) {
        String key = groupKey(dated.get(i));
        int end = i;
        while (end < dated.size() && groupKey(dated.get(end)).equals(key)) {
          end++;
        }
        h.open("details", "class", "tl-group", "id", "y" + key, "open", open ? "" : null);
        h.open("summary").element("span", groupLabel(dated.get(i)), "class", "yr")
            .element("span", Integer.toString(end - i), "class", "n", "title", (end - i) + " events")
            .close("summary");
        h.open("ol");
        for (int k = i; k < end; k++) {
          Entry x = dated.get(k);
          item(h, x.index(), x.date().value(), x.when());
        }
        h.close("ol").close("details").newline();
        i = end;
      }
    }
    if (!undated.isEmpty()) {
      h.open("section", "class", "tl-undated", "id", "undated", "aria-label", "Undated events");
      h.element("h3", "Undated");
      h.open("ol");
      for (int j : undated) {
        item(h, j, null, null);
      }
      h.close("ol").close("section");
    }
    return h;
  }

  /** Events of a day, month or year group by year; coarser ones by their value (197X). */
  private static String groupKey(Entry x) {
    return switch (x.when().grain()) {
      case DAY, MONTH, YEAR -> Integer.toString(x.when().startYear());
      default -> x.date().value().replace('/', '-');
    };
  }

  private static String groupLabel(Entry x) {
    return switch (x.when().grain()) {
      case DAY, MONTH, YEAR -> {
        int y = x.when().startYear();
        String ascii = y > 0 ? Integer.toString(y) : (1 - y) + " BC";
        yield Tips.bengaliDigits(ascii) + " · " + ascii;
      }
      default -> Tips.dateValue(x.date().value());
    };
  }

  private void item(Html h, int j, String value, Timex.Interval when) {
    Event e = a.events().get(j);
    String cls = "tl-ev" + (e.negated() ? " negated" : "") + (Event.PLANNED.equals(e.modality()) ? " planned" : "");
    h.open("li", "class", cls, "id", "tl-e" + j, "data-ev", Integer.toString(j),
        "data-start", when == null ? null : when.start().toString(),
        "data-end", when == null ? null : when.end().toString());
    h.open("a", "href", "#s" + e.sentence(), "data-ev", Integer.toString(j));
    h.open("span", "class", "head");
    h.element("span", e.type(), "class", "etype");
    h.element("span", e.text(), "class", "trig", "lang", "bn");
    if (e.negated()) {
      h.element("span", "did not happen", "class", "flag");
    }
    if (e.modality() != null) {
      h.element("span", e.modality(), "class", "flag");
    }
    if (value != null) {
      // the group heading has the year in Bengali digits; the entry says when in words
      String words = Timex.words(value, false);
      h.element("span", words != null ? words : value, "class", "when", "title", Tips.dateValue(value));
    }
    h.close("span");
    h.open("span", "class", "args");
    for (Map.Entry<String, List<Argument>> role : e.arguments().entrySet()) {
      if (role.getKey().equals("date")) {
        continue;
      }
      for (Argument arg : role.getValue()) {
        h.open("span", "class", "arg").element("span", role.getKey(), "class", "role").text(" ")
            .element("span", arg.value() != null ? Tips.shortValue(arg.value()) : arg.text(), "lang", "bn")
            .close("span");
      }
    }
    h.close("span").close("a").close("li").newline();
  }

  /** The axis: an SVG of year ticks and one mark per dated event, each a link to its entry. */
  private Html axis() {
    int first = dated.stream().mapToInt(x -> x.when().startYear()).min().orElseThrow();
    int last = dated.stream().mapToInt(x -> x.when().lastYear()).max().orElseThrow();
    int span = last + 1 - first;
    int step = STEPS[STEPS.length - 1];
    for (int s : STEPS) {
      if (span / (double) s <= 6) {
        step = s;
        break;
      }
    }
    int from = Math.floorDiv(first, step) * step;
    int to = Math.floorDiv(last, step) * step + step;
    double scale = (WIDTH - 2.0 * PAD) / (to - from);

    List<double[]> lanes = new ArrayList<>(); // per lane, the right edge of its last mark
    List<String> marks = new ArrayList<>();
    Html shapes = new Html();
    int usedLanes = 1;
    for (Entry x : dated) {
      double x1 = PAD + (fractionalYear(x.when().start()) - from) * scale;
      double x2 = PAD + (fractionalYear(x.when().end()) - from) * scale;
      boolean bar = x.when().grain() == Timex.Grain.DECADE || x.when().grain() == Timex.Grain.CENTURY
          || x.when().grain() == Timex.Grain.RANGE;
      double left = bar ? x1 : (x1 + x2) / 2 - 4;
      double right = bar ? Math.max(x2, x1 + 8) : (x1 + x2) / 2 + 4;
      int lane = -1;
      for (int l = 0; l < lanes.size(); l++) {
        if (lanes.get(l)[0] + 1.5 <= left) {
          lane = l;
          break;
        }
      }
      if (lane < 0 && lanes.size() < MAX_LANES) {
        lanes.add(new double[] {Double.NEGATIVE_INFINITY});
        lane = lanes.size() - 1;
      } else if (lane < 0) { // full: share the row that frees up first
        lane = 0;
        for (int l = 1; l < lanes.size(); l++) {
          if (lanes.get(l)[0] < lanes.get(lane)[0]) {
            lane = l;
          }
        }
      }
      lanes.get(lane)[0] = right;
      usedLanes = Math.max(usedLanes, lane + 1);
      double y = 6 + lane * LANE;
      Event e = x.event();
      String title = Tips.dateValue(x.date().value()) + " — " + e.type() + " «" + e.text() + "»";
      shapes.open("a", "href", "#tl-e" + x.index(), "data-ev", Integer.toString(x.index()));
      if (bar) {
        shapes.open("rect", "class", "span", "x", num(x1), "y", num(y), "width", num(Math.max(x2 - x1, 8)),
            "height", "8", "rx", "4");
      } else {
        shapes.open("circle", "class", "dot", "cx", num((x1 + x2) / 2), "cy", num(y + 4), "r", "4");
      }
      shapes.element("title", title);
      shapes.close(bar ? "rect" : "circle").close("a");
      marks.add(title);
    }
    double axisY = 6 + usedLanes * LANE + 4;
    int height = (int) Math.ceil(axisY + 22);
    Html svg = new Html();
    svg.open("svg", "class", "axis", "viewBox", "0 0 " + WIDTH + " " + height, "role", "img",
        "aria-label", "Timeline from " + from + " to " + to + ", " + marks.size() + " dated events");
    svg.open("line", "class", "base", "x1", num(PAD), "x2", num(WIDTH - PAD), "y1", num(axisY), "y2", num(axisY)).close("line");
    for (int year = from; year <= to; year += step) {
      double x = PAD + (year - from) * scale;
      svg.open("line", "class", "tick", "x1", num(x), "x2", num(x), "y1", num(axisY), "y2", num(axisY + 4)).close("line");
      String label = year > 0 ? Integer.toString(year) : (1 - year) + " BC";
      svg.element("text", Tips.bengaliDigits(label), "x", num(x), "y", num(axisY + 16), "text-anchor", "middle");
    }
    svg.append(shapes);
    return svg.close("svg").newline();
  }

  private static double fractionalYear(LocalDate d) {
    return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}

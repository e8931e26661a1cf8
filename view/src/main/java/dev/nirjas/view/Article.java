package dev.nirjas.view;

import dev.nirjas.Annotation;
import dev.nirjas.Argument;
import dev.nirjas.Event;
import dev.nirjas.Mention;
import dev.nirjas.Sentence;
import dev.nirjas.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The original text as HTML: paragraphs and headings as blocks, each sentence an element the
 * timeline links to, and every mention, event trigger and event argument a focusable highlight.
 *
 * <p>Everything is a range of the original text: blocks hold sentences, sentences hold
 * highlights. They are written by one walk that keeps the elements properly nested: a range that
 * crosses the end of the element it opened in is cut there and continued after it, so that no
 * highlight is lost whatever the spans do. Heading markup ({@code ==}) and the white space between
 * blocks are the only original chars left out.
 */
final class Article {
  private static final int BLOCK = 0;
  private static final int SENTENCE = 1;
  private static final int MARK = 2;

  private final Annotation a;
  private final boolean explain;
  private final String text;

  Article(Annotation a, boolean explain) {
    this.a = a;
    this.explain = explain;
    this.text = a.text();
  }

  /** One range to write as an element. {@code cont} marks the continuation of a cut range. */
  private record Range(int start, int end, int level, String tag, String[] attributes, String[] continued) {
    Range cut(int at) {
      return new Range(start, at, level, tag, attributes, continued);
    }

    Range rest(int from) {
      return new Range(from, end, level, tag, continued, continued);
    }
  }

  /** What stands at one span: a mention, the triggers of events, arguments of events. */
  private static final class Mark {
    int mention = -1;
    final List<Integer> triggers = new ArrayList<>();
    final List<Integer> argumentOf = new ArrayList<>();
    final List<String> roles = new ArrayList<>();
    /** The first argument here, in words: what a pronoun stands for. */
    String argument;
  }

  Html render() {
    List<Range> ranges = new ArrayList<>();
    boolean[] hidden = new boolean[text.length()];
    blocks(ranges, hidden);
    List<Sentence> sentences = a.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String[] attrs = {"class", "s", "id", "s" + i};
      ranges.add(new Range(s.start(), s.end(), SENTENCE, "span", attrs, new String[] {"class", "s"}));
    }
    marks().forEach((span, mark) -> ranges.add(mark(span, mark)));
    return write(ranges, hidden);
  }

  /**
   * Paragraphs and headings. A heading sentence is a block of its own; body sentences share a
   * paragraph until a heading or a line break comes between them. Markup-only gaps next to a
   * heading, and white space between blocks, are hidden; any other text between blocks joins the
   * next block, so no text is dropped.
   */
  private void blocks(List<Range> ranges, boolean[] hidden) {
    List<Sentence> ss = a.sentences();
    if (ss.isEmpty()) {
      if (!text.isEmpty()) {
        ranges.add(new Range(0, text.length(), BLOCK, "p", new String[0], new String[0]));
      }
      return;
    }
    int blockStart = -1;
    boolean blockHeading = false;
    int previousEnd = 0;
    for (int i = 0; i <= ss.size(); i++) {
      Sentence s = i < ss.size() ? ss.get(i) : null;
      int gapEnd = s == null ? text.length() : s.start();
      boolean prevHeading = i > 0 && ss.get(i - 1).heading();
      boolean heading = s != null && s.heading();
      boolean markupOnly = onlyMarkup(previousEnd, gapEnd);
      boolean newBlock = i == 0 || s == null || heading || prevHeading || text.substring(previousEnd, gapEnd).indexOf('\n') >= 0;
      if (newBlock && blockStart >= 0) {
        ranges.add(new Range(blockStart, previousEnd, BLOCK, blockHeading ? "h2" : "p", new String[0], new String[0]));
        blockStart = -1;
      }
      if (s == null) {
        if (!markupOnly) { // trailing text after the last sentence: a paragraph of its own
          ranges.add(new Range(firstShown(previousEnd, gapEnd), gapEnd, BLOCK, "p", new String[0], new String[0]));
        }
        hide(hidden, previousEnd, firstShown(previousEnd, gapEnd));
        break;
      }
      if (newBlock) {
        if (markupOnly) {
          hide(hidden, previousEnd, gapEnd);
          blockStart = gapEnd;
        } else {
          int first = firstShown(previousEnd, gapEnd);
          hide(hidden, previousEnd, first);
          blockStart = first;
        }
        blockHeading = heading;
      }
      previousEnd = s.end();
    }
  }

  private boolean onlyMarkup(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '=' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private int firstShown(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void hide(boolean[] hidden, int from, int to) {
    for (int i = from; i < to; i++) {
      hidden[i] = true;
    }
  }

  /** Every span that is a mention, an event trigger or an event argument, in text order. */
  private Map<Span, Mark> marks() {
    Map<Span, Mark> marks = new TreeMap<>();
    List<Mention> mentions = a.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      marks.computeIfAbsent(mentions.get(i).span(), k -> new Mark()).mention = i;
    }
    List<Event> events = a.events();
    for (int j = 0; j < events.size(); j++) {
      Event e = events.get(j);
      if (e.trigger().end() <= text.length()) {
        marks.computeIfAbsent(e.trigger(), k -> new Mark()).triggers.add(j);
      }
      for (Map.Entry<String, List<Argument>> role : e.arguments().entrySet()) {
        for (Argument arg : role.getValue()) {
          if (arg.span().end() > text.length() || arg.span().length() == 0) {
            continue;
          }
          Mark m = marks.computeIfAbsent(arg.span(), k -> new Mark());
          m.argumentOf.add(j);
          m.roles.add(role.getKey() + " of " + e.type() + " «" + e.text() + "»");
          if (m.argument == null) {
            m.argument = Tips.argument(arg, role.getKey());
          }
        }
      }
    }
    return marks;
  }

  private Range mark(Span span, Mark mark) {
    List<String> classes = new ArrayList<>();
    List<String> tip = new ArrayList<>();
    String id = null;
    String type = null;
    if (mark.mention >= 0) {
      Mention m = a.mentions().get(mark.mention);
      type = m.type().name();
      classes.add("m");
      classes.add("t-" + type);
      id = "m" + mark.mention;
      tip.add(Tips.mention(m, mark.roles, explain));
    } else if (!mark.argumentOf.isEmpty()) {
      classes.add("ref"); // an argument that is no mention: a pronoun, সেখানে, an award's name
      tip.add("ARGUMENT\n" + mark.argument + "\n" + String.join("\n", mark.roles));
    }
    if (!mark.triggers.isEmpty()) {
      classes.add("ev");
      if (id == null) {
        id = "e" + mark.triggers.get(0);
      }
      for (int j : mark.triggers) {
        tip.add(Tips.event(a.events().get(j)));
      }
    }
    String cls = String.join(" ", classes);
    String[] attrs = {
      "class", cls, "id", id,
      "data-m", mark.mention >= 0 ? Integer.toString(mark.mention) : null,
      "data-type", type,
      "data-ev", mark.triggers.isEmpty() ? null : join(mark.triggers),
      "data-event", mark.triggers.isEmpty() ? null
          : String.join(" ", mark.triggers.stream().map(j -> a.events().get(j).type()).distinct().toList()),
      "data-of", mark.argumentOf.isEmpty() ? null : join(mark.argumentOf),
      "data-tip", String.join("\n\n", tip),
      "tabindex", "0"};
    String[] continued = {
      "class", cls + " cont",
      "data-m", mark.mention >= 0 ? Integer.toString(mark.mention) : null,
      "data-type", type,
      "data-ev", mark.triggers.isEmpty() ? null : join(mark.triggers),
      "data-of", mark.argumentOf.isEmpty() ? null : join(mark.argumentOf)};
    return new Range(span.start(), span.end(), MARK, "mark", attrs, continued);
  }

  private static String join(List<Integer> ns) {
    StringBuilder b = new StringBuilder();
    for (int n : ns) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(n);
    }
    return b.toString();
  }

  /** Writes the text with the ranges as properly nested elements. */
  private Html write(List<Range> ranges, boolean[] hidden) {
    Comparator<Range> order = Comparator.comparingInt(Range::start)
        .thenComparingInt(Range::level)
        .thenComparing(Comparator.comparingInt(Range::end).reversed());
    PriorityQueue<Range> pending = new PriorityQueue<>(order);
    pending.addAll(ranges);
    Deque<Range> open = new ArrayDeque<>();
    Html h = new Html();
    int pos = 0;
    while (!pending.isEmpty() || !open.isEmpty()) {
      int nextOpen = pending.isEmpty() ? Integer.MAX_VALUE : pending.peek().start();
      int nextClose = open.isEmpty() ? Integer.MAX_VALUE : open.peek().end();
      if (nextClose <= nextOpen) {
        pos = text(h, pos, nextClose, hidden, open);
        h.close(open.pop().tag());
        continue;
      }
      Range r = pending.poll();
      pos = text(h, pos, r.start(), hidden, open);
      // an outer kind of range (a sentence) starting inside an inner one (a highlight) cuts the inner
      while (!open.isEmpty() && open.peek().level() > r.level()) {
        Range inner = open.pop();
        h.close(inner.tag());
        if (inner.end() > r.start()) {
          pending.add(inner.rest(r.start()));
        }
      }
      if (!open.isEmpty() && r.end() > open.peek().end()) {
        pending.add(r.rest(open.peek().end()));
        r = r.cut(open.peek().end());
      }
      if (r.end() <= r.start()) {
        continue;
      }
      h.open(r.tag(), r.attributes());
      open.push(r);
    }
    text(h, pos, text.length(), hidden, open);
    return h;
  }

  private int text(Html h, int from, int to, boolean[] hidden, Deque<Range> open) {
    if (to <= from) {
      return Math.max(from, to);
    }
    boolean inMark = !open.isEmpty() && open.peek().level() == MARK;
    int run = from;
    for (int i = from; i < to; i++) {
      if (hidden[i] && !inMark) {
        if (run < i) {
          h.text(text, run, i);
        }
        run = i + 1;
      }
    }
    if (run < to) {
      h.text(text, run, to);
    }
    return to;
  }
}

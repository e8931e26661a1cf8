package dev.nirjas.view;

import dev.nirjas.Annotation;
import dev.nirjas.Event;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.MoneyMention;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables under the text: mentions by type, events by type, and the amounts of money with
 * their total per currency (a range counts its lower end, as the contract's value does).
 */
final class Summary {
  private final Annotation a;

  Summary(Annotation a) {
    this.a = a;
  }

  /** How many mentions of each type, in the contract's order of types. */
  Map<MentionType, Integer> mentionsByType() {
    Map<MentionType, Integer> counts = new EnumMap<>(MentionType.class);
    for (Mention m : a.mentions()) {
      counts.merge(m.type(), 1, Integer::sum);
    }
    return counts;
  }

  /** How many events of each type, by type name. */
  Map<String, Integer> eventsByType() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Event e : a.events()) {
      counts.merge(e.type(), 1, Integer::sum);
    }
    return counts;
  }

  /** The sum of the amounts in each currency, by ISO code. */
  Map<String, BigDecimal> totals() {
    Map<String, BigDecimal> totals = new TreeMap<>();
    for (MoneyMention mm : a.mentions(MoneyMention.class)) {
      totals.merge(mm.currencyCode(), mm.amount(), BigDecimal::add);
    }
    return totals;
  }

  Html render() {
    Html h = new Html();
    h.open("div", "class", "tables");

    h.open("table").element("caption", "Mentions by type");
    h.open("thead").open("tr").element("th", "type", "scope", "col").element("th", "count", "scope", "col")
        .close("tr").close("thead").open("tbody");
    mentionsByType().forEach((type, n) -> h.open("tr")
        .open("th", "scope", "row").element("span", "", "class", "sw t-" + type.name(), "aria-hidden", "true")
        .text(type.name()).close("th")
        .element("td", Integer.toString(n), "class", "num").close("tr"));
    h.close("tbody");
    tfoot(h, a.mentions().size());
    h.close("table");

    h.open("table").element("caption", "Events by type");
    h.open("thead").open("tr").element("th", "type", "scope", "col").element("th", "count", "scope", "col")
        .close("tr").close("thead").open("tbody");
    eventsByType().forEach((type, n) -> h.open("tr").element("th", type, "scope", "row")
        .element("td", Integer.toString(n), "class", "num").close("tr"));
    h.close("tbody");
    tfoot(h, a.events().size());
    h.close("table");

    h.open("table", "class", "money").element("caption", "Amounts of money");
    h.open("thead").open("tr").element("th", "amount", "scope", "col").element("th", "value", "scope", "col")
        .close("tr").close("thead").open("tbody");
    boolean money = false;
    for (int i = 0; i < a.mentions().size(); i++) {
      if (!(a.mentions().get(i) instanceof MoneyMention mm)) {
        continue;
      }
      money = true;
      h.open("tr").open("th", "scope", "row", "lang", "bn")
          .element("a", mm.text(), "href", "#m" + i).close("th")
          .element("td", Tips.money(mm.amount(), mm.upper(), mm.currencyCode()) + " (" + mm.value() + ")")
          .close("tr");
    }
    h.close("tbody");
    if (money) {
      h.open("tfoot");
      totals().forEach((code, total) -> h.open("tr", "class", "total", "data-currency", code)
          .element("th", "total " + code, "scope", "row")
          .element("td", Tips.money(total, null, code) + " (" + Tips.grouped(total) + " " + code + ")")
          .close("tr"));
      h.close("tfoot");
    }
    h.close("table");

    return h.close("div");
  }

  private static void tfoot(Html h, int total) {
    h.open("tfoot").open("tr").element("th", "all", "scope", "row")
        .element("td", Integer.toString(total), "class", "num").close("tr").close("tfoot");
  }
}

package dev.nirjas.view;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import dev.nirjas.Argument;
import dev.nirjas.EntityMention;
import dev.nirjas.Event;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.MoneyMention;
import dev.nirjas.NumberMention;
import dev.nirjas.TimeMention;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The words a reader sees on hovering or focusing a highlight: the type, the normalized value in
 * Bengali digits and in English words ("১৯৭১-১০-২৫ · 25 Oct 1971"), what else the mention carries,
 * and (with explain) its rule. Plain text, one line per fact; escaping is the page's job.
 */
final class Tips {
  private Tips() {}

  /** ASCII digits as Bengali digits: the values read as the text they came from. */
  static String bengaliDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '0' && c <= '9' ? (char) ('০' + (c - '0')) : c);
    }
    return b.toString();
  }

  /** The normalized value and its words: "১৯৭১-১০-২৫ · 25 Oct 1971"; null when there is no value. */
  static String value(Mention m) {
    String words;
    if (m instanceof TimeMention t) {
      words = Timex.words(t.value(), t.type() == MentionType.SET);
    } else if (m instanceof MoneyMention mm) {
      words = money(mm.amount(), mm.upper(), mm.currencyCode());
    } else if (m instanceof NumberMention n) {
      words = number(n);
    } else {
      words = ((EntityMention) m).code();
    }
    if (m.value() == null) {
      return null;
    }
    String shown = m instanceof EntityMention ? m.value() : bengaliDigits(m.value());
    // words even where they repeat the value (a year): they are in ASCII digits, for readers of English
    return words == null || words.equals(shown) ? shown : shown + " · " + words;
  }

  /** The lines of a mention's tooltip; {@code roles} says which events it is an argument of. */
  static String mention(Mention m, List<String> roles, boolean explain) {
    List<String> lines = new ArrayList<>();
    lines.add(m.type().name());
    String value = value(m);
    if (value != null) {
      lines.add(value);
    }
    if (m instanceof TimeMention t) {
      if (t.offset() != null) {
        lines.add("relative: " + t.offset() + (t.anchor() == null ? ", no anchor found" : " from the " + t.anchor() + " date"));
      }
      if (t.calendar() != null) {
        lines.add(t.calendar() + " calendar" + (t.original() == null ? "" : ": " + t.original()));
      }
    } else if (m instanceof MoneyMention mm) {
      if (mm.per() != null) {
        lines.add("per " + mm.per());
      }
      if (mm.note() != null) {
        lines.add("note: " + mm.note());
      }
    } else if (m instanceof EntityMention e) {
      StringJoiner who = new StringJoiner(" · ");
      if (e.title() != null) {
        who.add(e.title());
      }
      if (e.affiliation() != null) {
        who.add(e.affiliation());
      }
      if (who.length() > 0) {
        lines.add(who.toString());
      }
    }
    if (m.approx()) {
      lines.add("approximate");
    }
    lines.addAll(roles);
    if (explain) {
      lines.add("rule: " + m.rule());
    }
    return String.join("\n", lines);
  }

  /** The lines of an event's tooltip: type, CAMEO code, modality, then one line per argument. */
  static String event(Event e) {
    List<String> lines = new ArrayList<>();
    lines.add(headline(e));
    e.arguments().forEach((role, args) -> {
      for (Argument a : args) {
        lines.add(role + ": " + argument(a, role));
      }
    });
    return String.join("\n", lines);
  }

  /** "VISIT · CAMEO 042 · planned". */
  static String headline(Event e) {
    StringJoiner s = new StringJoiner(" · ");
    s.add(e.type());
    if (e.cameo() != null) {
      s.add("CAMEO " + e.cameo());
    }
    if (e.modality() != null) {
      s.add(e.modality());
    }
    if (e.negated()) {
      s.add("did not happen");
    }
    return s.toString();
  }

  /** An argument as its text, then what it stands for where that differs. */
  static String argument(Argument a, String role) {
    StringBuilder b = new StringBuilder(a.text());
    if (a.value() != null && !a.value().equals(a.text())) {
      String v = role.equals("date") ? dateValue(a.value()) : a.value();
      b.append(" → ").append(v);
    }
    StringJoiner extra = new StringJoiner(", ");
    if (a.title() != null) {
      extra.add(a.title());
    }
    if (a.affiliation() != null) {
      extra.add(a.affiliation());
    }
    if (a.resolved() != null) {
      extra.add("resolved: " + a.resolved());
    }
    if (extra.length() > 0) {
      b.append(" (").append(extra).append(')');
    }
    return b.toString();
  }

  private static final java.util.regex.Pattern MONEY_VALUE = java.util.regex.Pattern.compile("(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");

  /**
   * An argument's value as a reader wants it: an amount of money ("4898000000 USD", the
   * contract's form) in words, anything else as it is.
   */
  static String shortValue(String value) {
    java.util.regex.Matcher m = MONEY_VALUE.matcher(value);
    return m.matches() ? money(new BigDecimal(m.group(1)), null, m.group(2)) : value;
  }

  /** A date value in Bengali digits and words. */
  static String dateValue(String timex) {
    String words = Timex.words(timex, false);
    return bengaliDigits(timex) + (words == null ? "" : " · " + words);
  }

  /** An amount in English words with the currency's name: "4.898 billion US dollars". */
  static String money(BigDecimal amount, BigDecimal upper, String currency) {
    String name = currencyName(currency, amount.compareTo(BigDecimal.ONE) == 0 && upper == null);
    return upper == null ? magnitude(amount) + " " + name
        : magnitude(amount) + " to " + magnitude(upper) + " " + name;
  }

  /** ICU's English name of a currency ("US dollars"), or the code if ICU does not know it. */
  static String currencyName(String code, boolean singular) {
    Currency c = Currency.getInstance(code);
    String name = c.getName(ULocale.ENGLISH, Currency.PLURAL_LONG_NAME, singular ? "one" : "other", null);
    return name == null || name.isEmpty() ? code : name;
  }

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final String[] SCALES = {"thousand", "million", "billion", "trillion"};

  /** 4898000000 → "4.898 billion"; below a million, grouped digits: 2,500. */
  static String magnitude(BigDecimal n) {
    BigDecimal abs = n.abs();
    int scale = -1;
    BigDecimal shown = abs;
    while (scale + 1 < SCALES.length && abs.compareTo(THOUSAND.pow(scale + 2)) >= 0) {
      scale++;
      shown = abs.divide(THOUSAND.pow(scale + 1));
    }
    if (scale < 1) { // thousands read better as digits
      return grouped(n);
    }
    String digits = shown.setScale(Math.min(shown.scale(), 3), RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    return (n.signum() < 0 ? "-" : "") + digits + " " + SCALES[scale];
  }

  /** Digits grouped by thousands: 4,898,000,000. */
  static String grouped(BigDecimal n) {
    DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    f.setMaximumFractionDigits(20);
    return f.format(n);
  }

  private static String number(NumberMention n) {
    return switch (n.type()) {
      case PERCENT -> NumberMention.plain(n.number()) + " percent";
      case ORDINAL -> ordinal(n.number());
      case NUMBER_RANGE -> grouped(n.number()) + " – " + grouped(n.upper());
      default -> n.number().abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0 ? magnitude(n.number()) : grouped(n.number());
    };
  }

  private static String ordinal(BigDecimal n) {
    String s = NumberMention.plain(n);
    if (n.scale() > 0 && n.stripTrailingZeros().scale() > 0) {
      return s;
    }
    int last2 = n.remainder(BigDecimal.valueOf(100)).intValue();
    int last = last2 % 10;
    String suffix = last2 >= 11 && last2 <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return s + suffix;
  }
}

package dev.nirjas.money;

import dev.nirjas.FormFact;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.text.Dashes;
import dev.nirjas.text.Digits;
import dev.nirjas.text.PhraseTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Bengali money grammar: reads amounts of money from tokens and the number mentions among them.
 *
 * <p>An amount of money is an amount (a NUMBER or NUMBER_RANGE mention) with a currency:
 * <ul>
 *   <li>a symbol or abbreviation before or after it: ৳৫০০, ৫০০৳, US$ ১০০, Tk. 500, ৫০০০ BDT;
 *   <li>a currency name after it, a glued case ending included: ৫০০ টাকা, ১০০ মার্কিন ডলারের,
 *       ৫০০টাকা; a lone scale word or a contextual number word before a name is an amount too
 *       (হাজার টাকার নোট, এক ইউরো), but not after a quantifier or another scale word (কয়েক হাজার
 *       টাকা, লাখ লাখ টাকা);
 *   <li>a subunit alone (৫০ পয়সা), or after the whole amount (২০ টাকা ৫০ পয়সা = 20.50);
 *   <li>the South Asian {@code /-} after the figure (৫০০/-): with no currency named, the document's
 *       default, with a note.
 * </ul>
 * Around it: an equivalent in brackets, between amount and currency (৪.৮৯৮ বিলিয়ন (৪৮৯.৮ কোটি)
 * মার্কিন ডলার) or after the currency (৫০০ কোটি টাকা (৫ বিলিয়ন)), kept as one mention with the
 * first reading, and a note when the two differ by more than 0.5%; a range with the currency on
 * both ends (৫০০ টাকা থেকে ১০০০ টাকা, $১০-$১৫); a rate (প্রতি কেজি ৫০ টাকা, কেজিপ্রতি ৫০ টাকা,
 * ৫০ টাকা প্রতি কেজি); an approximation word before a symbol (প্রায় ৳২০০০; before a number the
 * number mention already has it). বাংলাদেশী টাকা is BDT, but bare টাকা is the document's default
 * currency. A bare পাউন্ড next to a weight context (ওজন, আলু) is a weight, not money.
 *
 * <p>One left-to-right pass over a sentence's tokens with bounded look-ahead at each: linear in the
 * number of tokens, no regular expressions, no backtracking. Immutable and thread-safe.
 */
final class MoneyGrammar {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

  private final CurrencyLexicon currencies;
  private final MoneyWords words;
  /** The words that are an amount before a currency name: scale words and contextual cardinals. */
  private final FormFact<Boolean> amountWords;
  /** The tokens a reading may start at, but for a number mention's first ({@link #mayStartReading}). */
  private final FormFact<Boolean> readingStarts;

  /**
   * @param currencies the currency names, symbols and subunits
   * @param words the words read around amounts
   */
  MoneyGrammar(CurrencyLexicon currencies, MoneyWords words) {
    this.currencies = currencies;
    this.words = words;
    this.amountWords = FormFact.of(
        f -> words.scales.containsKey(f) || words.contextualCardinals.containsKey(f) ? Boolean.TRUE : null);
    this.readingStarts = FormFact.ofToken(t -> mayStartReading(t) ? Boolean.TRUE : null);
  }

  /**
   * Whether a reading may start at a token of this form and kind, as far as they tell: what each
   * path of {@code readAt} needs of its first token. A rate before the amount (প্রতি, কেজিপ্রতি),
   * an approximation word (প্রায়), a symbol's first token, a figure glued to a word, a scale or
   * contextual number word. (A number mention's first token is the one other start.) Most tokens of
   * a sentence that names money are none of these, and {@code readAt} asks several lexicons of each.
   */
  private boolean mayStartReading(Token t) {
    String f = t.form();
    if (t.kind() == TokenKind.ALPHANUMERIC || words.rateMarkers.contains(f) || words.approx.contains(f)
        || currencies.maySpellSymbol(f) || amountWords.get(t) != null) {
      return true;
    }
    if (t.kind() == TokenKind.WORD) {
      for (String marker : words.rateMarkers) {
        if (f.length() > marker.length() && f.endsWith(marker)) {
          return true; // কেজিপ্রতি: a rate glued to its unit
        }
      }
    }
    return false;
  }

  /**
   * Reads every amount of money in tokens {@code [from, to)}, left to right.
   *
   * @param defaultCode the document's default currency: what bare টাকা, টাঃ and পয়সা are
   */
  List<MoneyReading> read(List<Token> tokens, int from, int to, AmountIndex amounts, String defaultCode) {
    Window w = new Window(tokens, from, to, amounts, defaultCode);
    List<MoneyReading> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      MoneyReading r = amounts.at(i) != null || readingStarts.get(tokens.get(i)) != null ? w.readAt(i) : null;
      if (r != null) {
        out.add(r);
        i = r.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whether tokens {@code [from, to)} could name a currency at all (see {@link CurrencyLexicon#anyCue}). */
  boolean anyCue(List<Token> tokens, int from, int to) {
    return currencies.anyCue(tokens, from, to);
  }

  /**
   * Whether an amount could start anywhere in tokens {@code [from, to)}: a number mention, a figure
   * glued to a word, a scale word or a contextual number word (see {@code core} and {@code amount}).
   * Every reading has one, and most sentences with a currency cue have none (ইউরোপের, মার্কিন, The).
   */
  boolean anyAmount(List<Token> tokens, int from, int to, AmountIndex amounts) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (amounts.at(i) != null || t.kind() == TokenKind.ALPHANUMERIC || amountWords.get(t) != null) {
        return true;
      }
    }
    return false;
  }

  /** The currency chosen for one mention, with the note saying why when it was a choice. */
  private record Chosen(String code, String note) {}

  /** An amount with its currency, before the parts that may follow it. */
  private record Core(int end, int amountFirst, BigDecimal value, BigDecimal upper, boolean approx,
      Chosen currency, boolean named, boolean weight, String note, String rule) {}

  /** One sentence's tokens being read. */
  private final class Window {
    private final List<Token> tokens;
    private final int from;
    private final int to;
    private final AmountIndex amounts;
    private final String defaultCode;
    private Set<String> contexts; // computed when an ambiguous currency first needs them

    Window(List<Token> tokens, int from, int to, AmountIndex amounts, String defaultCode) {
      this.tokens = tokens;
      this.from = from;
      this.to = to;
      this.amounts = amounts;
      this.defaultCode = defaultCode;
    }

    /** The amount of money starting at token {@code i}, or null. */
    MoneyReading readAt(int i) {
      int j = i;
      String per = null;
      PhraseTable.Match<String> unit = rate(i);
      if (unit != null) {
        per = unit.value();
        j = unit.end();
      }
      boolean approxWord = false;
      Core core = core(j);
      if (core == null && isApprox(j)) {
        core = core(j + 1);
        approxWord = core != null;
      }
      if (core == null || (core.weight && nextToWeight(core))) {
        return null;
      }
      BigDecimal value = core.value;
      BigDecimal upper = core.upper;
      int end = core.end;
      String note = core.note;
      StringBuilder rule = new StringBuilder(core.rule);

      if (core.named && upper == null) {
        Amount cents = amounts.at(end);
        if (cents != null && cents.upper() == null && !cents.approx() && cents.value().signum() > 0
            && cents.value().stripTrailingZeros().scale() <= 0) {
          PhraseTable.Match<Subunit> sub = currencies.subunitAt(tokens, cents.end(), to);
          if (sub != null && sub.value().divides().contains(core.currency.code)
              && cents.value().compareTo(sub.value().limit()) < 0) {
            value = value.add(cents.value().multiply(sub.value().factor()));
            end = sub.end();
            rule.append("+subunit");
          }
        }
      }

      if (isToken(end, "(")) {
        // an equivalent after the currency: ৫০০ কোটি টাকা (৫ বিলিয়ন), ১০,০০০ টাকা (দশ হাজার টাকা)
        Core inner = core(end + 1);
        Amount bare = inner == null ? amounts.at(end + 1) : null;
        int close = inner != null ? inner.end : bare != null ? bare.end() : -1;
        if (close > 0 && isToken(close, ")")) {
          BigDecimal iv = inner != null ? inner.value : bare.value();
          BigDecimal iu = inner != null ? inner.upper : bare.upper();
          boolean agree = agrees(value, upper, iv, iu);
          // a bare number in brackets that disagrees may be anything (a count, a footnote)
          if ((inner != null && inner.currency.code.equals(core.currency.code)) || (bare != null && agree)) {
            end = close + 1;
            rule.append("+parenthetical");
            if (!agree) {
              note = join(note, disagreement(value, upper, iv, iu));
            }
          }
        }
      }

      if (upper == null && isConnector(end)) {
        Core second = core(end + 1);
        if (second != null && second.upper == null && second.currency.code.equals(core.currency.code)
            && second.value.compareTo(value) > 0) {
          upper = second.value;
          end = second.end;
          if (note == null) {
            note = second.note;
          }
          if (end < to && words.rangeClosers.contains(form(end))) {
            end++;
          }
          rule.append("+range");
        }
      }

      if (per == null) {
        unit = rate(end);
        if (unit != null) {
          per = unit.value();
          end = unit.end();
        }
      }
      if (per != null) {
        rule.append("+per");
      }
      if (approxWord) {
        rule.append("+approx");
      }
      return new MoneyReading(i, end, value, upper, core.currency.code, per, core.approx || approxWord, note,
          rule.toString());
    }

    /** An amount and its currency starting at token {@code j}, or null. */
    private Core core(int j) {
      if (j >= to) {
        return null;
      }
      Core glued = glued(j);
      if (glued != null) {
        return glued;
      }
      CurrencyLexicon.SymbolMatch sym = currencies.symbolAt(tokens, j, to);
      if (sym != null) {
        Amount a = amounts.at(sym.end());
        if (a == null || a.end() > to) {
          return null;
        }
        Chosen c = choose(sym.entry());
        int end = slashDash(a.end());
        // ৳ ৫০০ টাকা: the name repeats the symbol's currency and belongs to the mention
        PhraseTable.Match<CurrencyEntry> name = currencies.nameAt(tokens, end, to);
        if (name != null && choose(name.value()).code.equals(c.code)) {
          end = name.end();
        }
        return new Core(end, a.first(), a.value(), a.upper(), a.approx(), c, false, false, c.note,
            "money.symbol+amount");
      }
      Amount a = amount(j);
      if (a == null) {
        return null;
      }
      if (a.lexical()) {
        PhraseTable.Match<CurrencyEntry> name = currencies.nameAt(tokens, a.end(), to);
        if (name == null) {
          return null;
        }
        Chosen c = choose(name.value());
        return new Core(name.end(), j, a.value(), null, false, c, true, isWeightUnit(name.phrase()), c.note,
            words.scales.containsKey(form(j)) ? "money.scale+currency" : "money.word+currency");
      }
      int k = slashDash(a.end());
      boolean slash = k != a.end();
      if (!slash) {
        Core p = parenthetical(a);
        if (p != null) {
          return p;
        }
      }
      PhraseTable.Match<CurrencyEntry> name = currencies.nameAt(tokens, k, to);
      if (name != null) {
        if (!slash && yearBeforeEvent(a, name)) {
          return null; // ২০২৪ ইউরোর ফাইনালে: the championship of that year, not euros
        }
        Chosen c = choose(name.value());
        return new Core(name.end(), j, a.value(), a.upper(), a.approx(), c, true, isWeightUnit(name.phrase()),
            c.note, "money.amount+currency");
      }
      CurrencyLexicon.SymbolMatch after = symbolAfter(k);
      if (after != null) {
        Chosen c = choose(after.entry());
        return new Core(after.end(), j, a.value(), a.upper(), a.approx(), c, false, false, c.note,
            "money.amount+symbol");
      }
      if (!slash) {
        PhraseTable.Match<Subunit> sub = currencies.subunitAt(tokens, k, to);
        return sub == null ? null : subunitOnly(sub.value(), sub.end(), j, a.value(), a.upper(), a.approx());
      }
      String note = "no currency is named; /- marks an amount of money: assumed " + defaultCode;
      return new Core(k, j, a.value(), a.upper(), a.approx(), new Chosen(defaultCode, note), false, false, note,
          "money.amount+slash-dash");
    }

    /**
     * ৫০ পয়সা, ৯৯ সেন্ট: an amount of subunits alone. A hundred or more subunits are written in the
     * main unit, so such a count is no amount: "১৯৪৮ সেন্ট মরিজ" is a year and St. Moritz.
     */
    private Core subunitOnly(Subunit s, int end, int first, BigDecimal value, BigDecimal upper, boolean approx) {
      BigDecimal largest = upper == null ? value : upper;
      if (largest.compareTo(BigDecimal.ONE.divide(s.factor())) >= 0) {
        return null;
      }
      String code = s.bareCode() != null ? s.bareCode() : defaultCode;
      return new Core(end, first, value.multiply(s.factor()), upper == null ? null : upper.multiply(s.factor()),
          approx, new Chosen(code, null), false, false, null, "money.subunit");
    }

    /** A number and a currency name in one token: ৫০০টাকা, ১০০ডলারের, ৫০পয়সা. */
    private Core glued(int j) {
      Token t = tokens.get(j);
      if (t.kind() != TokenKind.ALPHANUMERIC || amounts.covered(j)) {
        return null;
      }
      String f = t.form();
      int p = Digits.figureLength(f);
      if (p == 0 || p == f.length() || (p > 1 && Digits.value(f.charAt(0)) == 0 && f.charAt(1) != '.')) {
        return null; // no digits, no word, or a leading zero (an identifier, as for the number grammar)
      }
      BigDecimal v = Digits.parse(f.substring(0, p));
      if (v == null) {
        return null;
      }
      String rest = f.substring(p);
      PhraseTable.Match<CurrencyEntry> name = currencies.nameWord(rest);
      if (name != null) {
        Chosen c = choose(name.value());
        return new Core(j + 1, j, v, null, false, c, true, isWeightUnit(name.phrase()), c.note,
            "money.glued-amount+currency");
      }
      PhraseTable.Match<Subunit> sub = currencies.subunitWord(rest);
      return sub == null ? null : subunitOnly(sub.value(), j + 1, j, v, null, false);
    }

    /** Amount ( amount ) currency: ৪.৮৯৮ বিলিয়ন (৪৮৯.৮ কোটি) মার্কিন ডলার. */
    private Core parenthetical(Amount a) {
      int open = a.end();
      if (!isToken(open, "(")) {
        return null;
      }
      Amount b = amounts.at(open + 1);
      if (b == null || !isToken(b.end(), ")")) {
        return null;
      }
      int after = b.end() + 1;
      Chosen c;
      int end;
      boolean named;
      boolean weight = false;
      PhraseTable.Match<CurrencyEntry> name = currencies.nameAt(tokens, after, to);
      if (name != null) {
        c = choose(name.value());
        end = name.end();
        named = true;
        weight = isWeightUnit(name.phrase());
      } else {
        CurrencyLexicon.SymbolMatch s = symbolAfter(after);
        if (s == null) {
          return null;
        }
        c = choose(s.entry());
        end = s.end();
        named = false;
      }
      String note = c.note;
      if (!agrees(a.value(), a.upper(), b.value(), b.upper())) {
        note = join(note, disagreement(a.value(), a.upper(), b.value(), b.upper()));
      }
      return new Core(end, a.first(), a.value(), a.upper(), a.approx(), c, named, weight, note,
          "money.parenthetical");
    }

    /**
     * The amount at token {@code j}: a number mention, or a lone scale word (হাজার টাকার নোট) or a
     * contextual number word (এক ইউরো) that counts only before a currency name; or null.
     */
    private Amount amount(int j) {
      Amount a = amounts.at(j);
      if (a != null) {
        // কয়েক হাজার কোটি: the number grammar reads the bare scales as one of each
        return words.scales.containsKey(form(j)) && isIndefinite(j - 1) ? null : a;
      }
      if (amounts.covered(j)) {
        return null;
      }
      String f = form(j);
      BigDecimal scale = words.scales.get(f);
      if (scale != null) {
        if (j > from) {
          Token prev = tokens.get(j - 1);
          String p = prev.form();
          if (prev.kind() == TokenKind.NUMBER || prev.kind() == TokenKind.ALPHANUMERIC || words.scales.containsKey(p)
              || words.indefinite.contains(p) || words.contextualCardinals.containsKey(p)) {
            return null; // লাখ লাখ টাকা, কয়েক হাজার টাকা: no amount
          }
        }
        return new Amount(j, j + 1, scale, null, false, true);
      }
      BigDecimal word = words.contextualCardinals.get(f);
      return word == null ? null : new Amount(j, j + 1, word, null, false, true);
    }

    /**
     * Whether an amount and a currency name are a year and an event of the same name: four plain
     * digits in the years a bare year may have, before a currency that names an event too (ইউরো)
     * and a word of the tournament after it (২০২৪ ইউরোর ফাইনালে, ২০১৬ ইউরো চ্যাম্পিয়নশিপে).
     */
    private boolean yearBeforeEvent(Amount a, PhraseTable.Match<CurrencyEntry> name) {
      if (a.upper() != null || a.end() != a.first() + 1 || !words.eventCurrencies.contains(name.phrase())
          || name.end() >= to || !words.isEventContext(form(name.end()))) {
        return false;
      }
      Token t = tokens.get(a.first());
      return t.kind() == TokenKind.NUMBER && t.form().length() == 4 && Digits.allDigits(t.form())
          && a.value().compareTo(BigDecimal.valueOf(1000)) >= 0 && a.value().compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    /** A symbol after an amount, unless it is spaced from it and glued to the next amount. */
    private CurrencyLexicon.SymbolMatch symbolAfter(int k) {
      CurrencyLexicon.SymbolMatch s = currencies.symbolAt(tokens, k, to);
      if (s == null) {
        return null;
      }
      boolean spacedBefore = tokens.get(k - 1).end() != tokens.get(k).start();
      boolean leadsNext = s.end() < to && tokens.get(s.end() - 1).end() == tokens.get(s.end()).start()
          && amounts.at(s.end()) != null;
      return spacedBefore && leadsNext ? null : s;
    }

    /** প্রতি কেজি, কেজিপ্রতি, প্রতি ডলার at token {@code i}: the unit and where it ends; or null. */
    private PhraseTable.Match<String> rate(int i) {
      if (i >= to) {
        return null;
      }
      String f = form(i);
      if (words.rateMarkers.contains(f)) {
        PhraseTable.Match<String> u = words.rateUnitAt(tokens, i + 1, to);
        if (u != null) {
          return u;
        }
        PhraseTable.Match<CurrencyEntry> c = currencies.nameAt(tokens, i + 1, to);
        return c == null ? null : new PhraseTable.Match<>(c.phrase(), c.phrase(), c.end(), "");
      }
      if (tokens.get(i).kind() != TokenKind.WORD) {
        return null;
      }
      for (String marker : words.rateMarkers) {
        if (f.length() > marker.length() && f.endsWith(marker)) {
          String stem = f.substring(0, f.length() - marker.length());
          PhraseTable.Match<String> u = words.rateUnitWord(stem);
          String unit = u != null ? u.value() : null;
          if (unit == null) {
            PhraseTable.Match<CurrencyEntry> c = currencies.nameWord(stem);
            unit = c == null ? null : c.phrase();
          }
          if (unit != null) {
            return new PhraseTable.Match<>(unit, unit, i + 1, "");
          }
        }
      }
      return null;
    }

    /** Chooses the code of a currency entry, by the document default and the sentence's context. */
    private Chosen choose(CurrencyEntry e) {
      String code = e.code() == null ? defaultCode : e.code();
      String because = null;
      for (Map.Entry<String, String> alt : e.alternatives().entrySet()) {
        if (contexts().contains(alt.getKey())) {
          code = alt.getValue();
          because = alt.getKey();
          break;
        }
      }
      if (e.note() == null && because == null) {
        return new Chosen(code, null);
      }
      String why = "read as " + code + (because == null ? "" : " because the sentence speaks of " + because);
      return new Chosen(code, e.note() == null ? why : e.note() + ": " + why);
    }

    private Set<String> contexts() {
      if (contexts == null) {
        Set<String> found = new HashSet<>();
        for (int k = from; k < to; k++) {
          if (tokens.get(k).kind() == TokenKind.WORD) {
            String c = words.contextOf(form(k));
            if (c != null) {
              found.add(c);
            }
          }
        }
        contexts = found;
      }
      return contexts;
    }

    /** Whether a weight word stands right after the currency or right before the number. */
    private boolean nextToWeight(Core core) {
      return (core.end < to && words.isWeightContext(form(core.end)))
          || (core.amountFirst > from && words.isWeightContext(form(core.amountFirst - 1)));
    }

    private boolean isWeightUnit(String phrase) {
      return words.weightUnits.contains(phrase);
    }

    private boolean isApprox(int j) {
      return j < to && words.approx.contains(form(j));
    }

    private boolean isIndefinite(int j) {
      return j >= from && j < to && words.indefinite.contains(form(j));
    }

    /** "৫০০/-", "৫০০/=": the mark glued after a figure; returns where it ends, or {@code k}. */
    private int slashDash(int k) {
      if (k + 1 < to && isToken(k, "/") && glued(k - 1, k) && glued(k, k + 1)) {
        String mark = form(k + 1);
        if (mark.equals("-") || mark.equals("=") || mark.equals("\u2013")) {
          return k + 2;
        }
      }
      return k;
    }

    /** A dash or a range word (থেকে, হতে) at token {@code k}. */
    private boolean isConnector(int k) {
      if (k >= to) {
        return false;
      }
      Token t = tokens.get(k);
      String f = t.form();
      if (f.length() == 1 && Dashes.isDash(f.charAt(0))) {
        return true;
      }
      return words.rangeConnectors.contains(f);
    }

    private boolean glued(int a, int b) {
      return a >= from && b < to && tokens.get(a).end() == tokens.get(b).start();
    }

    private boolean isToken(int k, String form) {
      return k >= from && k < to && tokens.get(k).form().equals(form);
    }

    private String form(int k) {
      return tokens.get(k).form();
    }
  }

  private static boolean agrees(BigDecimal v, BigDecimal u, BigDecimal iv, BigDecimal iu) {
    if ((u == null) != (iu == null)) {
      return false;
    }
    return close(v, iv) && (u == null || close(u, iu));
  }

  private static boolean close(BigDecimal a, BigDecimal b) {
    BigDecimal scale = a.abs().max(b.abs());
    return a.subtract(b).abs().compareTo(scale.multiply(TOLERANCE)) <= 0;
  }

  private static String disagreement(BigDecimal v, BigDecimal u, BigDecimal iv, BigDecimal iu) {
    return "the equivalent in brackets (" + range(iv, iu) + ") differs from " + range(v, u)
        + " by more than 0.5%; the first reading is kept";
  }

  private static String range(BigDecimal v, BigDecimal u) {
    return u == null ? NumberMention.plain(v) : NumberMention.plain(v) + "/" + NumberMention.plain(u);
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + "; " + b;
  }
}

package dev.nirjas.money;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import dev.nirjas.text.IcuSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What CLDR (through ICU4J) knows about a set of currencies: their Bengali names and their symbols.
 *
 * <p>ICU gives the long names in Bengali (USD মার্কিন ডলার, CAD কানাডিয়ান ডলার, RUB রাশিয়ান
 * রুবেল) and the plural forms (INR's is "ভারতীয় টাকা", which is why bare টাকা is never taken from
 * ICU but from the document's default). Its symbols include signs several currencies share (the
 * narrow $ of USD, CAD, AUD …; ¥ of JPY and CNY; Rs of PKR, NPR, LKR): only the symbols exactly one
 * of the given currencies has are returned, and the lexicon decides the shared ones by hand.
 */
final class CldrCurrencies {
  private static final ULocale BENGALI = new ULocale("bn");
  /** The resource the build writes ({@link #main}); read when the ICU on the class path made it. */
  static final String SNAPSHOT = "icu-currencies.tsv";

  private CldrCurrencies() {}

  /**
   * What ICU says of every currency it knows, read once: from the snapshot the build wrote, or from
   * ICU when there is none (opening ICU's currency data is most of a first money stage's build).
   * Rows: {@code plural-forms FORM…} (ICU's plural keywords for Bengali, in order), then for each
   * code in order {@code currency CODE LONG-NAME PLURAL-NAME…} (one per form) and {@code symbols
   * CODE} with the Bengali then the English symbol, narrow, variant and formal symbol names (null
   * where ICU has none).
   */
  private static final class Data {
    static final Data ICU = load();

    final Set<String> available = new HashSet<>();
    final Map<String, String[]> names = new HashMap<>(); // code -> long name, plural names
    final Map<String, String[]> symbols = new HashMap<>(); // code -> bn then en symbols

    private static Data load() {
      List<String[]> rows = IcuSnapshot.read(CldrCurrencies.class, SNAPSHOT);
      Data d = new Data();
      for (String[] row : rows != null ? rows : fromIcu()) {
        String[] values = Arrays.copyOfRange(row, 2, row.length);
        switch (row[0]) {
          case "plural-forms" -> { } // names the plural columns of the rows after it; read by position
          case "currency" -> {
            d.available.add(row[1]);
            d.names.put(row[1], values);
          }
          case "symbols" -> d.symbols.put(row[1], values);
          default -> throw new IllegalStateException(SNAPSHOT + ": unknown row " + row[0]);
        }
      }
      return d;
    }
  }

  /** ICU's data, as the snapshot holds it. */
  static List<String[]> fromIcu() {
    List<String[]> rows = new ArrayList<>();
    List<String> forms = new ArrayList<>(new TreeSet<>(PluralRules.forLocale(BENGALI).getKeywords()));
    List<String> formRow = new ArrayList<>(List.of("plural-forms"));
    formRow.addAll(forms);
    rows.add(formRow.toArray(new String[0]));
    Map<String, Currency> byCode = new TreeMap<>();
    for (Currency c : Currency.getAvailableCurrencies()) {
      byCode.put(c.getCurrencyCode(), c);
    }
    boolean[] isChoiceFormat = new boolean[1];
    for (Map.Entry<String, Currency> e : byCode.entrySet()) {
      String code = e.getKey();
      Currency c = e.getValue();
      List<String> names = new ArrayList<>(List.of("currency", code, c.getName(BENGALI, Currency.LONG_NAME, isChoiceFormat)));
      for (String form : forms) {
        names.add(c.getName(BENGALI, Currency.PLURAL_LONG_NAME, form, isChoiceFormat));
      }
      rows.add(names.toArray(new String[0]));
      List<String> symbols = new ArrayList<>(List.of("symbols", code));
      for (ULocale locale : new ULocale[] {BENGALI, ULocale.ENGLISH}) {
        symbols.add(c.getSymbol(locale));
        symbols.add(c.getName(locale, Currency.NARROW_SYMBOL_NAME, isChoiceFormat));
        symbols.add(c.getName(locale, Currency.VARIANT_SYMBOL_NAME, isChoiceFormat));
        symbols.add(c.getName(locale, Currency.FORMAL_SYMBOL_NAME, isChoiceFormat));
      }
      rows.add(symbols.toArray(new String[0]));
    }
    return rows;
  }

  /**
   * Writes the snapshot (the build runs this after compiling).
   *
   * @param args the classes directory
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    IcuSnapshot.write(Path.of(args[0]), CldrCurrencies.class, SNAPSHOT, fromIcu());
  }

  /**
   * Checks that ICU knows every code.
   *
   * @throws IllegalStateException naming the codes ICU does not know
   */
  static void requireKnown(Set<String> codes) {
    Set<String> unknown = new TreeSet<>(codes);
    unknown.removeAll(Data.ICU.available);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("currency codes unknown to ICU: " + unknown);
    }
  }

  /** Whether ICU knows {@code code} as a currency. */
  static boolean known(String code) {
    return Data.ICU.available.contains(code);
  }

  /** The Bengali long and plural names of each code, name → code, in code order. */
  static Map<String, String> bengaliNames(Set<String> codes) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : new TreeSet<>(codes)) {
      String[] n = Data.ICU.names.get(code);
      for (String name : n) { // the long name, then one per plural form in the forms' order
        names.putIfAbsent(name, code);
      }
    }
    names.keySet().removeIf(name -> codes.contains(name)); // ICU falls back to the code itself
    return names;
  }

  /**
   * The symbols of the codes in Bengali and English (standard, narrow and variant forms) that
   * exactly one of the codes has, symbol → code.
   */
  static Map<String, String> uniqueSymbols(Set<String> codes) {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (String code : codes) {
      for (String s : Data.ICU.symbols.get(code)) {
        if (s != null && !s.isBlank() && !s.contains(" ")) {
          owners.computeIfAbsent(s, k -> new HashSet<>()).add(code);
        }
      }
    }
    Map<String, String> unique = new LinkedHashMap<>();
    owners.forEach((symbol, who) -> {
      if (who.size() == 1) {
        unique.put(symbol, who.iterator().next());
      }
    });
    return unique;
  }
}

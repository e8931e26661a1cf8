package dev.nirjas.money;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
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

  private CldrCurrencies() {}

  /**
   * Checks that ICU knows every code.
   *
   * @throws IllegalStateException naming the codes ICU does not know
   */
  static void requireKnown(Set<String> codes) {
    Set<String> available = new HashSet<>();
    for (Currency c : Currency.getAvailableCurrencies()) {
      available.add(c.getCurrencyCode());
    }
    Set<String> unknown = new TreeSet<>(codes);
    unknown.removeAll(available);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("currency codes unknown to ICU: " + unknown);
    }
  }

  /** Whether ICU knows {@code code} as a currency. */
  static boolean known(String code) {
    for (Currency c : Currency.getAvailableCurrencies()) {
      if (c.getCurrencyCode().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** The Bengali long and plural names of each code, name → code, in code order. */
  static Map<String, String> bengaliNames(Set<String> codes) {
    Set<String> pluralForms = PluralRules.forLocale(BENGALI).getKeywords();
    Map<String, String> names = new LinkedHashMap<>();
    boolean[] isChoiceFormat = new boolean[1];
    for (String code : new TreeSet<>(codes)) {
      Currency c = Currency.getInstance(code);
      names.putIfAbsent(c.getName(BENGALI, Currency.LONG_NAME, isChoiceFormat), code);
      for (String form : new TreeSet<>(pluralForms)) {
        names.putIfAbsent(c.getName(BENGALI, Currency.PLURAL_LONG_NAME, form, isChoiceFormat), code);
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
    boolean[] isChoiceFormat = new boolean[1];
    for (String code : codes) {
      Currency c = Currency.getInstance(code);
      for (ULocale locale : new ULocale[] {BENGALI, ULocale.ENGLISH}) {
        for (String s : new String[] {
            c.getSymbol(locale),
            c.getName(locale, Currency.NARROW_SYMBOL_NAME, isChoiceFormat),
            c.getName(locale, Currency.VARIANT_SYMBOL_NAME, isChoiceFormat),
            c.getName(locale, Currency.FORMAL_SYMBOL_NAME, isChoiceFormat)}) {
          if (s != null && !s.isBlank() && !s.contains(" ")) {
            owners.computeIfAbsent(s, k -> new HashSet<>()).add(code);
          }
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

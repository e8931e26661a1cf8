package dev.nirjas.money;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a currency name or symbol stands for.
 *
 * @param code the ISO 4217 code, or null for the document's default currency (টাকা, টাঃ)
 * @param alternatives context name → the code to read instead when the sentence speaks of that
 *     context (¥ in a sentence about China is the yuan); in the lexicon's order
 * @param note for a word or symbol that names several currencies, what the reader should know;
 *     else null
 */
record CurrencyEntry(String code, Map<String, String> alternatives, String note) {

  /** Copies the alternatives. */
  CurrencyEntry {
    Objects.requireNonNull(alternatives, "alternatives");
    alternatives = Collections.unmodifiableMap(new LinkedHashMap<>(alternatives));
  }

  /** An unambiguous entry. */
  static CurrencyEntry of(String code) {
    return new CurrencyEntry(code, Map.of(), null);
  }
}

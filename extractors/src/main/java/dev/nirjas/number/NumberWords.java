package dev.nirjas.number;

import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The number grammar's word lists that other stages read around numbers too (the money stage:
 * প্রায় before a symbol, থেকে between two amounts, হাজার before a currency), so that one list
 * serves both. All forms are canonical (nukta letters composed). Immutable.
 */
public final class NumberWords {
  private final Set<String> approximation = new HashSet<>();
  private final Set<String> rangeConnectors = new HashSet<>();
  private final Set<String> rangeClosers = new HashSet<>();
  private final Map<String, BigDecimal> scales = new HashMap<>();
  private final Map<String, BigDecimal> ambiguousCardinals = new HashMap<>();
  private final Set<String> counted = new HashSet<>();

  /** Reads the lists from the number grammar's lexicon files. */
  public NumberWords() {
    TextNormalizer normalizer = TextNormalizer.standard();
    for (String[] row : Resources.table(NumberWords.class, "words.tsv")) {
      String form = normalizer.lexiconForm(row[0]);
      switch (row[1].strip()) {
        case "approx" -> approximation.add(form);
        case "range" -> rangeConnectors.add(form);
        case "range-close" -> rangeClosers.add(form);
        case "counted", "counted-noun" -> counted.add(form);
        default -> { }
      }
    }
    for (String[] row : Resources.table(NumberWords.class, "scales.tsv")) {
      if (row[2].strip().equals("scale")) {
        scales.putIfAbsent(normalizer.lexiconForm(row[0]), new BigDecimal(row[1].strip()));
      }
    }
    for (String[] row : Resources.table(NumberWords.class, "cardinals.tsv")) {
      if (row.length > 2 && !row[2].isBlank()) {
        ambiguousCardinals.putIfAbsent(normalizer.lexiconForm(row[0]), new BigDecimal(row[1].strip()));
      }
    }
  }

  /** {@return words that make a following number approximate: প্রায়, আনুমানিক …} */
  public Set<String> approximationWords() {
    return Set.copyOf(approximation);
  }

  /** {@return words between the two ends of a range: থেকে, হতে} */
  public Set<String> rangeConnectors() {
    return Set.copyOf(rangeConnectors);
  }

  /** {@return words that close a range: পর্যন্ত} */
  public Set<String> rangeClosers() {
    return Set.copyOf(rangeClosers);
  }

  /**
   * {@return units, classifiers and nouns that show the number before them is a count:
   * জন, টাকা, রান …}
   */
  public Set<String> countedWords() {
    return Set.copyOf(counted);
  }

  /** {@return scale words with their values: হাজার 1000, লাখ 100000, কোটি 10000000 …} */
  public Map<String, BigDecimal> scaleWords() {
    return Map.copyOf(scales);
  }

  /**
   * {@return number words the grammar reads alone only in a numeric context, with their values}
   * These are এক, শূন্য, নয়, বার, দু, ছ.
   */
  public Map<String, BigDecimal> ambiguousCardinals() {
    return Map.copyOf(ambiguousCardinals);
  }
}

package dev.nirjas.entity;

import com.ibm.icu.util.ULocale;
import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The word classes the name finder's features use (TITLE, COUNTRY, ORGWORD, PLACEWORD), until the
 * entity stage's own lexicon is on main.
 *
 * <p>For the lead: this is a stand-in. When {@code EntityLexicon.wordClass} exists, make
 * {@link #standard()} return it and retrain the model ({@code bench/train-names}): a model has
 * weights for the classes it was trained with, so a lookup swapped without a retrain changes its
 * input under it.
 *
 * <p>Built from {@code name-word-classes.tsv} (titles, organization and place head words) and
 * ICU's Bengali country names (one-word names only: the features look at one token at a time).
 * Every entry in canonical form, as token forms are. Immutable.
 */
final class WordClasses {
  private WordClasses() {}

  /** The lookup from a normalized form to its class, or null; loaded once. */
  static Function<String, String> standard() {
    return Holder.CLASSES::get;
  }

  private static final class Holder {
    static final Map<String, String> CLASSES = load();
  }

  private static Map<String, String> load() {
    TextNormalizer normalizer = new TextNormalizer();
    Map<String, String> classes = new HashMap<>();
    for (String[] row : Resources.table(WordClasses.class, "name-word-classes.tsv")) {
      if (row.length < 2 || row[1].isBlank()) {
        throw new IllegalStateException("name-word-classes.tsv: no class in " + String.join("\t", row));
      }
      classes.putIfAbsent(normalizer.lexiconForm(row[0]), row[1].strip());
    }
    ULocale bengali = new ULocale("bn");
    for (String code : ULocale.getISOCountries()) {
      String name = new ULocale("", code).getDisplayCountry(bengali);
      // ICU falls back to the code where it has no Bengali name; several-word names
      // (মার্কিন যুক্তরাষ্ট্র) are not one token's class.
      if (name.isEmpty() || name.equals(code) || name.indexOf(' ') >= 0) {
        continue;
      }
      classes.putIfAbsent(normalizer.lexiconForm(name), "COUNTRY");
    }
    return Map.copyOf(classes);
  }
}

package dev.nirjas.entity;

import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The word classes the name finder's features use: the entity stage's lexicon
 * ({@link EntityLexicon#wordClass}: COUNTRY, PLACE, DEMONYM, TITLE, ORGWORD, COMMON) and, where it
 * knows no class, NAMEPART for the words of {@code name-parts.tsv}.
 *
 * <p>A model has weights for the classes it was trained with: when the lexicon changes, retrain
 * ({@code bench/train-names}) so that the model sees at run time the features it learnt from.
 */
final class WordClasses {
  private WordClasses() {}

  /** The lookup from a normalized form to its class, or null; loaded once. */
  static Function<String, String> standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Function<String, String> STANDARD = of(EntityLexicon.standard(), nameParts());
  }

  /** The lexicon's class of a form, else NAMEPART for a name part, else null. */
  static Function<String, String> of(EntityLexicon lexicon, Set<String> nameParts) {
    return form -> {
      String c = lexicon.wordClass(form);
      return c != null ? c : nameParts.contains(form) ? "NAMEPART" : null;
    };
  }

  private static Set<String> nameParts() {
    TextNormalizer normalizer = TextNormalizer.standard();
    Set<String> parts = new HashSet<>();
    for (String[] row : Resources.table(WordClasses.class, "name-parts.tsv")) {
      parts.add(normalizer.lexiconForm(row[0]));
    }
    return Set.copyOf(parts);
  }
}

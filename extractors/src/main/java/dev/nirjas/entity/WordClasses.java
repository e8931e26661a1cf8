package dev.nirjas.entity;

import dev.nirjas.Token;
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
    return new Lookup(lexicon, nameParts);
  }

  /**
   * The lookup, which also answers for a token from what its lexicon already knows of the token's
   * form ({@link #ofToken}).
   */
  static final class Lookup implements Function<String, String> {
    private final EntityLexicon lexicon;
    private final Set<String> nameParts;

    private Lookup(EntityLexicon lexicon, Set<String> nameParts) {
      this.lexicon = lexicon;
      this.nameParts = nameParts;
    }

    @Override
    public String apply(String form) {
      String c = lexicon.wordClass(form);
      return c != null ? c : nameParts.contains(form) ? "NAMEPART" : null;
    }

    /**
     * {@return {@link #apply} of the token's form} From the lexicon's facts of the form ({@link
     * EntityLexicon#facts}), which hold its class: the entity stage asks for them at every token of
     * the sentences it reads, so they are mostly there, and the name finder's first look at a form
     * no longer walks the lexicon's tables again (a seventh of that look's time).
     */
    String ofToken(Token token) {
      String c = lexicon.facts(token).wordClass();
      return !c.isEmpty() ? c : nameParts.contains(token.form()) ? "NAMEPART" : null;
    }
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

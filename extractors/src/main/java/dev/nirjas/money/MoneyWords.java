package dev.nirjas.money;

import dev.nirjas.Token;
import dev.nirjas.number.NumberWords;
import dev.nirjas.text.PhraseTable;
import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import dev.nirjas.time.TimeStage;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the money grammar reads around amounts and currencies: rate words (প্রতি কেজি), weight
 * contexts (৫ পাউন্ড ওজনের), indefinite quantifiers (কয়েক হাজার), the contexts that decide an
 * ambiguous currency (চীন for ¥), and the glued endings.
 *
 * <p>The money files ({@code words.tsv}, {@code endings.tsv} beside this class) hold what is
 * particular to money. Approximation words, range connectors, scale words and the number words the
 * number grammar reads only in context (এক, নয়) come from {@link NumberWords}, so that one list
 * serves both stages. Immutable.
 */
final class MoneyWords {
  final Set<String> endings;
  final Set<String> rateMarkers;
  final PhraseTable<String> rateUnits;
  final Set<String> weightUnits;
  final PhraseTable<Boolean> weightContexts;
  final Set<String> indefinite;
  final PhraseTable<String> contexts;
  final Set<String> approx;
  final Set<String> rangeConnectors;
  final Set<String> rangeClosers;
  final Map<String, BigDecimal> scales;
  final Map<String, BigDecimal> contextualCardinals;
  final Set<String> eventCurrencies;
  final PhraseTable<Boolean> eventContexts;

  /** Reads the word lists; every entry is brought to canonical form with {@code normalizer}. */
  MoneyWords(TextNormalizer normalizer) {
    Set<String> ends = new LinkedHashSet<>();
    for (String[] row : Resources.table(MoneyWords.class, "endings.tsv")) {
      ends.add(normalizer.lexiconForm(row[0]));
    }
    this.endings = Set.copyOf(ends);

    Set<String> markers = new HashSet<>();
    Set<String> weight = new HashSet<>();
    Set<String> vague = new HashSet<>();
    PhraseTable.Builder<String> units = PhraseTable.builder(endings);
    PhraseTable.Builder<Boolean> weighty = PhraseTable.builder(endings);
    PhraseTable.Builder<String> ctx = PhraseTable.builder(endings);
    for (String[] row : Resources.table(MoneyWords.class, "words.tsv")) {
      String form = normalizer.lexiconForm(row[0]);
      String role = row[1].strip();
      switch (role) {
        case "rate-marker" -> markers.add(form);
        case "rate-unit" -> units.add(form, form);
        case "weight-unit" -> weight.add(form);
        case "weight-context" -> weighty.add(form, Boolean.TRUE);
        case "indefinite" -> vague.add(form);
        default -> {
          if (!role.startsWith("context:") || role.length() == "context:".length()) {
            throw new IllegalStateException("unknown role in money words.tsv: " + role);
          }
          ctx.add(form, role.substring("context:".length()));
        }
      }
    }
    this.rateMarkers = Set.copyOf(markers);
    this.rateUnits = units.build();
    this.weightUnits = Set.copyOf(weight);
    this.weightContexts = weighty.build();
    this.indefinite = Set.copyOf(vague);
    this.contexts = ctx.build();

    // The time grammar's names of events (dev/nirjas/time/editions.tsv): a currency name that also
    // names an event (ইউরো) and the words of a tournament after it (ফাইনাল): one list for both stages
    Set<String> events = new HashSet<>();
    PhraseTable.Builder<Boolean> tournament = PhraseTable.builder(endings);
    for (String[] row : Resources.table(TimeStage.class, "editions.tsv")) {
      String form = normalizer.lexiconForm(row[0]);
      String value = row.length > 2 ? row[2].strip() : "";
      if (row[1].strip().equals("edition") && value.equals("context")) {
        events.add(form);
      } else if (row[1].strip().equals("context") || row[1].strip().equals("edition")) {
        tournament.add(form, Boolean.TRUE);
      }
    }
    this.eventCurrencies = Set.copyOf(events);
    this.eventContexts = tournament.build();

    NumberWords numbers = new NumberWords();
    this.approx = numbers.approximationWords();
    this.rangeConnectors = numbers.rangeConnectors();
    this.rangeClosers = numbers.rangeClosers();
    this.scales = numbers.scaleWords();
    this.contextualCardinals = numbers.ambiguousCardinals();
  }

  /** The rate unit at token {@code i} ("কেজি", "মেট্রিক টন", "মাসে" → "মাস"), or null. */
  PhraseTable.Match<String> rateUnitAt(List<Token> tokens, int i, int limit) {
    return rateUnits.match(tokens, i, limit);
  }

  /** The rate unit {@code form} spells ("কেজি" in "কেজিপ্রতি"), or null. */
  PhraseTable.Match<String> rateUnitWord(String form) {
    return rateUnits.word(form);
  }

  /** Whether {@code form} is a word that makes a neighbouring পাউন্ড a weight. */
  boolean isWeightContext(String form) {
    return weightContexts.word(form) != null;
  }

  /** Whether {@code form} is a word of a tournament (ফাইনালে, বাছাইপর্বে), with a glued ending or not. */
  boolean isEventContext(String form) {
    return eventContexts.word(form) != null;
  }

  /** The context {@code form} names ("চীনের" → china), or null. */
  String contextOf(String form) {
    PhraseTable.Match<String> m = contexts.word(form);
    return m == null ? null : m.value();
  }
}

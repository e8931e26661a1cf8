package dev.nirjas.money;

import dev.nirjas.FormFact;
import dev.nirjas.Token;
import dev.nirjas.text.Digits;
import dev.nirjas.text.PhraseTable;
import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import dev.nirjas.text.WordTrie;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The currencies Nirjas reads: their names (after an amount: ৫০০ টাকা, ১০০ মার্কিন ডলারের), their
 * symbols and abbreviations (before or after: ৳৫০০, ৫০০৳, US$ ১০০, Tk. 500, ৫০০০ BDT) and their
 * subunits (পয়সা, সেন্ট, পেন্স).
 *
 * <p>Built once from the hand-written {@code currency-names.tsv}, {@code currency-symbols.tsv} and
 * {@code subunits.tsv} beside this class, then seeded from CLDR through {@link CldrCurrencies} for
 * every ISO code those files name: CLDR's Bengali long and plural names, its unambiguous symbols,
 * and the code itself as a symbol. Hand-written rows win over CLDR's. Every entry is brought to
 * Nirjas's canonical form, so the files may spell nukta letters either way. Immutable.
 */
final class CurrencyLexicon {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

  /** In the files, the code of the document's default currency. */
  private static final String DEFAULT = "*";
  private static final int MAX_SYMBOL_TOKENS = 4;

  /**
   * A currency symbol found in the tokens.
   *
   * @param entry what it stands for
   * @param symbol the symbol as listed
   * @param end index one past its last token
   */
  record SymbolMatch(CurrencyEntry entry, String symbol, int end) {}

  private final PhraseTable<CurrencyEntry> names;
  private final Map<String, CurrencyEntry> symbols;
  private final Set<String> symbolPrefixes;
  private final PhraseTable<Subunit> subunits;
  private final WordTrie<Boolean> cueWords;
  private final boolean[] symbolStart = new boolean[Character.MAX_VALUE + 1];

  /**
   * Reads the lexicon files.
   *
   * @param normalizer brings every entry to canonical form
   * @param endings the endings a currency word or subunit may carry glued (টাকার, পয়সায়)
   */
  CurrencyLexicon(TextNormalizer normalizer, Set<String> endings) {
    Set<String> named = new TreeSet<>();
    PhraseTable.Builder<CurrencyEntry> nameTable = PhraseTable.builder(endings);
    for (String[] row : Resources.table(CurrencyLexicon.class, "currency-names.tsv")) {
      CurrencyEntry e = entry(row, named);
      nameTable.add(normalizer.lexiconForm(row[0]), e);
    }
    Map<String, CurrencyEntry> symbolMap = new LinkedHashMap<>();
    for (String[] row : Resources.table(CurrencyLexicon.class, "currency-symbols.tsv")) {
      symbolMap.putIfAbsent(normalizer.lexiconForm(row[0]), entry(row, named));
    }
    PhraseTable.Builder<Subunit> subunitTable = PhraseTable.builder(endings);
    for (String[] row : Resources.table(CurrencyLexicon.class, "subunits.tsv")) {
      String bare = code(row[2], named);
      Set<String> divides = new LinkedHashSet<>();
      for (String c : SPACES.split(row[3].strip())) {
        divides.add(code(c, named));
      }
      subunitTable.add(normalizer.lexiconForm(row[0]),
          new Subunit(new BigDecimal(row[1].strip()), bare, Set.copyOf(divides)));
    }

    CldrCurrencies.requireKnown(named);
    CldrCurrencies.bengaliNames(named).forEach((name, code) -> {
      String form = normalizer.lexiconForm(name);
      if (!nameTable.contains(form)) {
        nameTable.add(form, CurrencyEntry.of(code));
      }
    });
    for (String code : named) {
      symbolMap.putIfAbsent(code, CurrencyEntry.of(code));
    }
    CldrCurrencies.uniqueSymbols(named).forEach((symbol, code) ->
        symbolMap.putIfAbsent(normalizer.lexiconForm(symbol), CurrencyEntry.of(code)));

    this.names = nameTable.build();
    this.subunits = subunitTable.build();
    this.symbols = new HashMap<>(symbolMap); // never changed: see EntityLexicon's word lists
    Set<String> prefixes = new HashSet<>();
    for (String s : symbolMap.keySet()) {
      for (int i = 1; i <= s.length(); i++) {
        prefixes.add(s.substring(0, i));
      }
    }
    this.symbolPrefixes = prefixes;

    Map<String, Boolean> cue = new HashMap<>();
    for (String name : nameTable.phrases()) {
      for (String word : name.split(" ")) {
        cue.put(word, Boolean.TRUE);
      }
    }
    for (String name : subunitTable.phrases()) {
      for (String word : name.split(" ")) {
        cue.put(word, Boolean.TRUE);
      }
    }
    for (String symbol : symbolMap.keySet()) {
      char c = symbol.charAt(0);
      if (c >= '\u0980' && c <= '\u09FF') {
        cue.put(symbol, Boolean.TRUE);
      } else {
        symbolStart[c] = true;
      }
    }
    symbolStart['/'] = true; // ৫০০/-: the figure mark names no currency but makes an amount
    this.cueWords = WordTrie.of(cue);
  }

  /**
   * Whether tokens {@code [from, to)} hold anything that could name a currency: a currency or
   * subunit word, or a token starting like a symbol. One trie walk a token, so that the money
   * grammar runs only on the few sentences that mention money.
   */
  boolean anyCue(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (cues.get(tokens.get(i)) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token of this form is a cue (TRUE) or not (null), asked once per form. */
  private final FormFact<Boolean> cues = FormFact.of(f -> isCue(f) ? Boolean.TRUE : null);

  private boolean isCue(String f) {
    int p = Math.min(Digits.figureLength(f), f.length() - 1); // ৫০০টাকা: currency glued to the figure
    return symbolStart[f.charAt(p)] || cueWords.prefixEnds(f, p).length > 0;
  }

  /** Whether a symbol may start with a token of this form (US$, Tk. and the like span tokens). */
  boolean maySpellSymbol(String form) {
    return symbolPrefixes.contains(form);
  }

  /** The longest currency name starting at token {@code i}, before {@code limit}; or null. */
  PhraseTable.Match<CurrencyEntry> nameAt(List<Token> tokens, int i, int limit) {
    return names.match(tokens, i, limit);
  }

  /** The one-word currency name {@code form} spells, with or without a glued ending; or null. */
  PhraseTable.Match<CurrencyEntry> nameWord(String form) {
    return names.word(form);
  }

  /** The subunit word at token {@code i}, before {@code limit}; or null. */
  PhraseTable.Match<Subunit> subunitAt(List<Token> tokens, int i, int limit) {
    return subunits.match(tokens, i, limit);
  }

  /** The one-word subunit {@code form} spells, with or without a glued ending; or null. */
  PhraseTable.Match<Subunit> subunitWord(String form) {
    return subunits.word(form);
  }

  /**
   * The longest symbol that the tokens from {@code i} spell, glued to one another (US$ is "US" and
   * "$"), before {@code limit}; or null.
   */
  SymbolMatch symbolAt(List<Token> tokens, int i, int limit) {
    if (i < 0 || i >= limit) {
      return null;
    }
    SymbolMatch best = null;
    String spelled = null;
    for (int k = i; k < limit && k < i + MAX_SYMBOL_TOKENS; k++) {
      if (k > i && tokens.get(k - 1).end() != tokens.get(k).start()) {
        break;
      }
      String form = tokens.get(k).form();
      spelled = spelled == null ? form : spelled + form;
      if (!symbolPrefixes.contains(spelled)) {
        break;
      }
      CurrencyEntry e = symbols.get(spelled);
      if (e != null) {
        best = new SymbolMatch(e, spelled, k + 1);
      }
    }
    return best;
  }

  private static CurrencyEntry entry(String[] row, Set<String> named) {
    String code = code(row[1], named);
    Map<String, String> alternatives = new LinkedHashMap<>();
    if (row.length > 2 && !row[2].isBlank()) {
      for (String alt : SPACES.split(row[2].strip())) {
        int eq = alt.indexOf('=');
        if (eq <= 0) {
          throw new IllegalStateException("bad alternative '" + alt + "' in: " + String.join("\t", row));
        }
        alternatives.put(alt.substring(0, eq), code(alt.substring(eq + 1), named));
      }
    }
    String note = row.length > 3 && !row[3].isBlank() ? row[3].strip() : null;
    return new CurrencyEntry(code, alternatives, note);
  }

  /** A code from a file: null for the default, otherwise checked and recorded. */
  private static String code(String column, Set<String> named) {
    String c = column.strip();
    if (c.equals(DEFAULT)) {
      return null;
    }
    if (!ISO_CODE.matcher(c).matches()) {
      throw new IllegalStateException("not an ISO 4217 code: '" + c + "'");
    }
    named.add(c);
    return c;
  }

}

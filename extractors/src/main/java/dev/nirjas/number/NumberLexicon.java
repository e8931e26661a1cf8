package dev.nirjas.number;

import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import dev.nirjas.text.WordTrie;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The number grammar's lexicons, read once from the resource files beside this class and compiled
 * into tries. Every word is brought to Nirjas's canonical form first, so the files may spell nukta
 * letters either way. Immutable.
 */
final class NumberLexicon {

  /** What a number word is. */
  enum Kind { CARDINAL, SCALE, HUNDRED, ORDINAL }

  /** When an ambiguous number word counts as a number. */
  enum Condition {
    /** Always. */
    ALWAYS,
    /** Not when an ordinary word follows: এক বই is "a book". */
    ARTICLE,
    /** Only before a counted word, a scale or another number: নয় জন, but সত্য নয়. */
    CONTEXT
  }

  /** A number word of the lexicon. */
  record Word(String form, Kind kind, BigDecimal value, Condition condition) {}

  /** The role of a word that the grammar reads around numbers. */
  enum Role { APPROX, NEGATIVE, DECIMAL, PERCENT, PERCENT_BEFORE, PERCENT_CLOSE, RANGE, RANGE_CLOSE, FRACTION, COUNTED, COUNTED_NOUN, QUANTIFIER }

  /** A function word with its role, and for a fraction its value. */
  record Function(Role role, BigDecimal value) {}

  final WordTrie<Word> words;
  final WordTrie<Word> hundreds;
  final WordTrie<Function> functions;
  final Set<String> glued = new HashSet<>(); // classifier, classifier + case, case
  final Set<String> classifiers = new HashSet<>();
  final Set<String> hyphenated = new HashSet<>(); // what may follow "২০১০-"
  final Set<String> digitUnits = new HashSet<>(); // glued to digits only: ৭৭৯৮বর্গকিমি
  final String ordinalEnding;
  final int longestGlued;
  private final WordTrie<Boolean> gluedTrie;
  final Map<String, int[]> digitOrdinals = new HashMap<>();

  NumberLexicon() {
    TextNormalizer normalizer = TextNormalizer.standard();
    Map<String, Word> all = new LinkedHashMap<>();
    Map<String, Word> hundredWords = new LinkedHashMap<>();
    for (String[] row : Resources.table(NumberLexicon.class, "cardinals.tsv")) {
      String form = normalizer.lexiconForm(row[0]);
      Condition c = row.length > 2 && !row[2].isBlank()
          ? Condition.valueOf(row[2].strip().toUpperCase(java.util.Locale.ROOT)) : Condition.ALWAYS;
      all.putIfAbsent(form, new Word(form, Kind.CARDINAL, new BigDecimal(row[1].strip()), c));
    }
    for (String[] row : Resources.table(NumberLexicon.class, "scales.tsv")) {
      String form = normalizer.lexiconForm(row[0]);
      boolean hundred = row[2].strip().equals("hundred");
      Word w = new Word(form, hundred ? Kind.HUNDRED : Kind.SCALE, new BigDecimal(row[1].strip()), Condition.ALWAYS);
      all.putIfAbsent(form, w);
      if (hundred) {
        hundredWords.putIfAbsent(form, w);
      }
    }
    for (String[] row : Resources.table(NumberLexicon.class, "ordinals.tsv")) {
      String form = normalizer.lexiconForm(row[0]);
      all.putIfAbsent(form, new Word(form, Kind.ORDINAL, new BigDecimal(row[1].strip()), Condition.ALWAYS));
    }
    this.words = WordTrie.of(all);
    this.hundreds = WordTrie.of(hundredWords);

    String ordinal = null;
    Set<String> cases = new HashSet<>();
    Set<String> afterClassifier = new HashSet<>();
    for (String[] row : Resources.table(NumberLexicon.class, "suffixes.tsv")) {
      String form = normalizer.lexiconForm(row[0]);
      switch (row[1].strip()) {
        case "classifier" -> classifiers.add(form);
        case "case" -> cases.add(form);
        case "classifier-case" -> afterClassifier.add(form);
        case "unit" -> digitUnits.add(form);
        case "ordinal" -> ordinal = form;
        default -> throw new IllegalStateException("unknown suffix class: " + row[1]);
      }
    }
    this.ordinalEnding = ordinal;
    glued.addAll(classifiers);
    glued.addAll(cases);
    afterClassifier.addAll(cases);
    for (String c : classifiers) {
      for (String k : afterClassifier) {
        glued.add(c + k);
      }
    }
    this.longestGlued = glued.stream().mapToInt(String::length).max().orElse(0);
    Map<String, Boolean> gluedMap = new LinkedHashMap<>();
    glued.forEach(x -> gluedMap.put(x, Boolean.TRUE));
    this.gluedTrie = WordTrie.of(gluedMap);
    hyphenated.addAll(cases);
    hyphenated.add(normalizer.lexiconForm("এ"));
    hyphenated.addAll(classifiers);

    for (String[] row : Resources.table(NumberLexicon.class, "digit-ordinals.tsv")) {
      digitOrdinals.put(normalizer.lexiconForm(row[0]),
          new int[] {Integer.parseInt(row[1].strip()), Integer.parseInt(row[2].strip())});
    }

    Map<String, Function> fns = new LinkedHashMap<>();
    for (String[] row : Resources.table(NumberLexicon.class, "words.tsv")) {
      String form = normalizer.lexiconForm(row[0]);
      String role = row[1].strip();
      BigDecimal value = null;
      if (role.startsWith("fraction:")) {
        value = new BigDecimal(role.substring("fraction:".length()));
        role = "fraction";
      }
      fns.putIfAbsent(form, new Function(Role.valueOf(role.replace('-', '_').toUpperCase(java.util.Locale.ROOT)), value));
    }
    this.functions = WordTrie.of(fns);
  }

  /** The function word {@code form} is, allowing a case ending (শতাংশের, বছরের); or null. */
  Function function(String form) {
    Function f = functions.getWithEnding(form, gluedTrie, longestGlued);
    if (f == null && form.length() > 1 && form.charAt(form.length() - 1) == '\u0987') {
      f = functions.get(form, 0, form.length() - 1); // emphatic ই: শতাংশই, থেকেই
    }
    return f;
  }
}

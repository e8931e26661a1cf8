package dev.nirjas.entity;

import dev.nirjas.FormFact;
import dev.nirjas.GrammaticalCase;
import dev.nirjas.Token;
import dev.nirjas.text.PhraseTable;
import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import dev.nirjas.text.WordTrie;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;

/**
 * The word lists the entity stage reads: places, titles, organization words, demonyms, case
 * endings and common words. Loaded once ({@link #standard()}); thread-safe, its lists immutable
 * (it keeps the word classes it has looked up, which never changes an answer).
 *
 * <p>Countries come from ICU's CLDR data: every ISO 3166-1 region's Bengali display name in
 * {@code bn} and {@code bn_IN}, long and short, with CLDR's parenthesized alternative
 * ("মায়ানমার (বার্মা)") as a name of its own; {@code country-names.tsv} adds what people write that
 * CLDR lacks (গণচীন, আমেরিকা, যুক্তরাষ্ট্র). Cities come from CLDR's exemplar city names for time
 * zones ({@link com.ibm.icu.text.TimeZoneNames#getExemplarLocationName}) and {@code places.tsv} (Bangladesh's
 * divisions and districts, India's states and cities, regions). The other lists are resource files
 * with a "why" column.
 */
public final class EntityLexicon {

  /**
   * A place in the gazetteer.
   *
   * @param canonical its canonical name: CLDR's for a country
   * @param code its ISO 3166-1 code if it is a country; else null
   * @param country the code of the country it lies in, if one; else null
   * @param ambiguous whether the name is also a common word, so that the list alone cannot decide
   */
  record Place(String canonical, String code, String country, boolean ambiguous) {}

  /** What a title word does. */
  enum TitleKind {
    /** A title or role before a name. */
    BEFORE,
    /** An honorific after a name. */
    AFTER,
    /** "then", "former": between an affiliation and a title. */
    TIME,
    /** Starts a name and belongs to it (শেখ, মো.). */
    PREFIX
  }

  /** What a word does in organization names. */
  enum OrgWord {
    /** The last word of a name (মন্ত্রণালয়, বিশ্ববিদ্যালয়). */
    HEAD,
    /** A common word that is part of names before a head (জাতীয়, পররাষ্ট্র). */
    MODIFIER,
    /** An organization by itself (জাতিসংঘ). */
    NAME
  }

  private static final class Holder {
    static final EntityLexicon STANDARD = new EntityLexicon();
  }

  // The word lists are the HashMaps and HashSets they were read into, never changed after: their
  // lookups compare hashes before strings, so a form not listed (most) compares none, where the
  // immutable copies' probes called equals at every slot they passed. The lists are asked of each
  // new form (its facts): ~1 % of a corpus run went to those probes.
  private final Map<String, GrammaticalCase> endings;
  private final PhraseTable<Place> places;
  private final PhraseTable<TitleKind> titles;
  private final PhraseTable<OrgWord> organizations;
  private final Set<String> letters;
  private final WordTrie<Boolean> letterTrie;
  private final Set<String> notAcronyms;
  private final Map<String, String> demonyms;
  private final Set<String> commonWords;
  private final Set<String> functionWords;
  private final Set<String> namesLikeEndings;
  /**
   * The facts of a token's form, kept with the form ({@link FormFact}): every token's class is
   * asked for two or three times (by the name-finder's features, the rules' gate and the rules),
   * the tables are probed at it a dozen times, and running text repeats its words, so a form is
   * looked up in the lists once.
   */
  private final FormFact<WordFacts> tokenFacts = FormFact.of(this::lookUpFacts);
  private final FormFact<String[]> acronyms = FormFact.of(this::splitAcronym);

  /**
   * What the lists say of one form alone: its class ("" for none), the phrases it may start, and
   * whether it is name-like on its own (see {@link #nameLikeForm}).
   */
  record WordFacts(String wordClass, int starts, boolean nameLike) {}

  /** A place name may start at the form ({@link #phraseStarts}). */
  static final int PLACE = 1;
  /** A title may start at the form. */
  static final int TITLE = 2;
  /** An organization word or name may start at the form. */
  static final int ORGANIZATION = 4;

  /** {@return the standard lexicon, built once per class loader} */
  public static EntityLexicon standard() {
    return Holder.STANDARD;
  }

  private EntityLexicon() {
    TextNormalizer normalizer = TextNormalizer.standard();
    Map<String, GrammaticalCase> caseOf = new LinkedHashMap<>();
    for (String[] row : Resources.table(EntityLexicon.class, "case-endings.tsv")) {
      String ending = normalizer.lexiconForm(row[0]);
      GrammaticalCase c = GrammaticalCase.valueOf(row[1]);
      caseOf.put(ending, c);
      caseOf.put(ending + "ও", c); // "also": বেলজিয়ামেও
      caseOf.put(ending + "ই", c); // emphasis: চীনেরই
    }
    this.endings = caseOf;
    Set<String> withParticles = new HashSet<>(endings.keySet());
    this.places = loadPlaces(normalizer, withParticles);
    this.titles = loadTitles(normalizer, withParticles);

    PhraseTable.Builder<OrgWord> orgs = PhraseTable.builder(withParticles);
    Set<String> letterNames = new HashSet<>();
    Set<String> notOrgs = new HashSet<>();
    for (String[] row : Resources.table(EntityLexicon.class, "organizations.tsv")) {
      String word = normalizer.lexiconForm(row[0]);
      switch (row[1]) {
        case "head" -> orgs.add(word, OrgWord.HEAD);
        case "modifier" -> orgs.add(word, OrgWord.MODIFIER);
        case "name" -> orgs.add(word, OrgWord.NAME);
        case "letter" -> letterNames.add(word);
        case "not" -> notOrgs.add(word);
        default -> throw new IllegalStateException("organizations.tsv: unknown kind " + row[1]);
      }
    }
    this.organizations = orgs.build();
    this.letters = letterNames;
    Map<String, Boolean> letterMap = new HashMap<>();
    letterNames.forEach(l -> letterMap.put(l, Boolean.TRUE));
    this.letterTrie = WordTrie.of(letterMap);
    this.notAcronyms = notOrgs;

    Map<String, String> dem = new HashMap<>();
    for (String[] row : Resources.table(EntityLexicon.class, "demonyms.tsv")) {
      dem.put(normalizer.lexiconForm(row[0]), row[1]);
    }
    this.demonyms = dem;

    Set<String> function = new HashSet<>();
    for (Object w : BengaliAnalyzer.getDefaultStopSet()) { // Lucene's Bengali stop words
      function.add(normalizer.lexiconForm(new String((char[]) w)));
    }
    this.functionWords = function;
    Set<String> common = new HashSet<>(function);
    for (String[] row : Resources.table(EntityLexicon.class, "common-words.txt")) {
      common.add(normalizer.lexiconForm(row[0]));
    }
    for (String[] row : Resources.table(EntityLexicon.class, "common-nouns.tsv")) {
      common.add(normalizer.lexiconForm(row[0]));
    }
    this.commonWords = common;
    Set<String> names = new HashSet<>();
    for (String[] row : Resources.table(EntityLexicon.class, "person-names.tsv")) {
      names.add(normalizer.lexiconForm(row[0]));
    }
    this.namesLikeEndings = names;
  }

  private static PhraseTable<Place> loadPlaces(TextNormalizer normalizer, Set<String> endings) {
    Set<String> ambiguous = new HashSet<>();
    for (String[] row : Resources.table(EntityLexicon.class, "ambiguous-places.tsv")) {
      ambiguous.add(normalizer.lexiconForm(row[0]));
    }
    PhraseTable.Builder<Place> b = PhraseTable.builder(endings);
    Map<String, String> canonicalOf = new HashMap<>();
    Map<String, String> preferred = new HashMap<>();
    for (String[] row : Resources.table(EntityLexicon.class, "country-names.tsv")) {
      if (row.length > 3 && "canonical".equals(row[3])) {
        preferred.put(row[1], normalizer.lexiconForm(row[0]));
      }
    }
    List<String[]> icu = IcuPlaceNames.load(); // CLDR's names through ICU, read at build time
    for (String[] row : icu) {
      if (!row[0].equals(IcuPlaceNames.COUNTRY)) {
        continue;
      }
      String code = row[1];
      String displayBn = row[2];
      String displayBnIn = row[3];
      String shortName = row.length > 4 ? row[4] : null;
      String canonical = countryName(normalizer, displayBn);
      if (canonical.contains("এসএআর") && shortName != null) { // "হংকং এসএআর চীনা": the short form is the name
        canonical = normalizer.lexiconForm(shortName);
      }
      canonical = preferred.getOrDefault(code, canonical);
      canonicalOf.put(code, canonical);
      for (String name : new String[] {displayBn, displayBnIn, shortName}) {
        if (name == null || name.equals(code)) {
          continue;
        }
        addCountry(b, normalizer, name, canonical, code, ambiguous);
      }
    }
    List<String[]> variants = Resources.table(EntityLexicon.class, "country-names.tsv");
    for (String[] row : variants) {
      if (canonicalOf.get(row[1]) == null) {
        throw new IllegalStateException("country-names.tsv: not an ISO 3166-1 code: " + row[1]);
      }
      String name = normalizer.lexiconForm(row[0]);
      b.add(name, new Place(canonicalOf.get(row[1]), row[1], row[1], ambiguous.contains(name)));
    }
    for (String[] row : Resources.table(EntityLexicon.class, "places.tsv")) {
      String name = normalizer.lexiconForm(row[0]);
      String country = row.length > 2 && !row[2].isEmpty() ? row[2] : null;
      b.add(name, new Place(name, null, country, ambiguous.contains(name)));
    }
    for (String[] row : icu) {
      if (!row[0].equals(IcuPlaceNames.ZONE)) {
        continue;
      }
      String id = row[1];
      if (id.startsWith("Antarctica/") || id.startsWith("Arctic/")) {
        continue; // research stations, not places people write about
      }
      String city = row.length > 3 ? row[3] : null;
      if (city == null || city.indexOf(',') >= 0 || city.indexOf('.') >= 0) {
        continue; // "মধ্য, উত্তর ডাকোটা": a county and its state, not a name people write
      }
      String name = normalizer.lexiconForm(city);
      String region = row[2];
      b.add(name, new Place(name, null, "001".equals(region) ? null : region, ambiguous.contains(name)));
    }
    return b.build();
  }

  /** CLDR's name with a parenthesized alternative taken off ("মায়ানমার (বার্মা)" → মায়ানমার). */
  private static String countryName(TextNormalizer normalizer, String display) {
    int paren = display.indexOf('(');
    return normalizer.lexiconForm(paren > 0 ? display.substring(0, paren) : display);
  }

  private static void addCountry(PhraseTable.Builder<Place> b, TextNormalizer normalizer, String display,
      String canonical, String code, Set<String> ambiguous) {
    int paren = display.indexOf('(');
    if (paren > 0 && display.indexOf(')', paren) > paren) {
      String alternative = normalizer.lexiconForm(display.substring(paren + 1, display.indexOf(')', paren)));
      b.add(alternative, new Place(canonical, code, code, ambiguous.contains(alternative)));
      display = display.substring(0, paren);
    }
    String name = normalizer.lexiconForm(display);
    b.add(name, new Place(canonical, code, code, ambiguous.contains(name)));
  }

  private static PhraseTable<TitleKind> loadTitles(TextNormalizer normalizer, Set<String> endings) {
    PhraseTable.Builder<TitleKind> b = PhraseTable.builder(endings);
    for (String[] row : Resources.table(EntityLexicon.class, "titles.tsv")) {
      String title = normalizer.lexiconForm(row[0]);
      TitleKind kind = TitleKind.valueOf(row[1].toUpperCase(Locale.ROOT));
      b.add(title, kind);
      if (title.endsWith(".")) { // "ড.", "মো.": the segmenter makes the stop a token of its own
        b.add(title.substring(0, title.length() - 1) + " .", kind);
      }
    }
    return b.build();
  }

  /** The place whose name starts at token {@code i} (the longest), or null. */
  PhraseTable.Match<Place> placeAt(List<Token> tokens, int i, int limit) {
    return places.match(tokens, i, limit);
  }

  /** The title starting at token {@code i}, or null. */
  PhraseTable.Match<TitleKind> titleAt(List<Token> tokens, int i, int limit) {
    return titles.match(tokens, i, limit);
  }

  /** The organization word or name starting at token {@code i}, or null. */
  PhraseTable.Match<OrgWord> organizationWordAt(List<Token> tokens, int i, int limit) {
    return organizations.match(tokens, i, limit);
  }

  /** The case an ending marks (empty: nominative); null if it is no case ending. */
  GrammaticalCase caseOf(String ending) {
    return ending.isEmpty() ? GrammaticalCase.NOMINATIVE : endings.get(ending);
  }

  /**
   * The country a demonym or country adjective stands for ("চীনা" → CN).
   *
   * @param form a token's normalized form
   * @return its ISO 3166-1 code, or null if it is no demonym
   */
  public String demonym(String form) {
    return demonyms.get(form);
  }

  /** Whether {@code form} is a common word, never part of a name by itself. */
  boolean isCommon(String form) {
    return commonWords.contains(form);
  }

  /** Whether {@code form} is a function word (Lucene's Bengali stop words): never inside a name. */
  boolean isFunctionWord(String form) {
    return functionWords.contains(form);
  }

  /** Whether {@code form} names a Latin letter (জে, পি): an initial in a name ("জে পি নাড্ডা"). */
  boolean isLetterName(String form) {
    return letters.contains(form);
  }

  /** Whether {@code form} is a name that ends in what looks like a case ending (কাদের). */
  boolean isNameLikeEnding(String form) {
    return namesLikeEndings.contains(form);
  }

  /** Finite verb endings: a word ending so is a verb (করেছেন, গিয়েছিলেন, বলেন is not caught). */
  private static final String[] VERB_ENDINGS = {"েছে", "েছেন", "েছিল", "েছিলেন", "ছিলেন", "চ্ছে",
      "চ্ছেন", "লেন", "বেন", "তেন", "য়েছে", "য়েছেন", "েননি", "েনি"};

  /** Whether {@code form} ends like a finite verb; names do not. */
  static boolean looksLikeVerb(String form) {
    for (String e : VERB_ENDINGS) {
      if (form.length() > e.length() + 1 && form.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code form} is an acronym written out in Bengali letter names (ডব্লিউটিও = W T O,
   * ওআইসি), of three letters or more, and not one of the acronyms that name no organization
   * (জিডিপি, এসএসসি, এমপি). One pass over the word, trying the longest letter name first.
   */
  boolean isAcronym(String form) {
    return isAcronym(form, form.length());
  }

  /** As {@link #isAcronym(String)} for the first {@code length} chars of {@code form}, without copying. */
  boolean isAcronym(String form, int length) {
    if (!lettersFrom(form, length)) {
      return false;
    }
    return length < form.length() || !notAcronyms.contains(form) && !functionWords.contains(form);
  }

  /**
   * Whether the first {@code length} chars of {@code form} spell three letter names or more. Read
   * before the lists of words that are no acronyms: most forms fail at their first letter, and a
   * form's acronym is asked at its first token.
   */
  private boolean lettersFrom(String form, int length) {
    int count = 0;
    int i = 0;
    int[] ends = new int[8];
    while (i < length) {
      int found = letterTrie.prefixEnds(form, i, ends); // one walk; shortest first
      int step = 0;
      for (int k = found - 1; k >= 0 && step == 0; k--) {
        if (ends[k] <= length) {
          step = ends[k] - i; // the longest letter name that fits
        }
      }
      if (step == 0) {
        return false;
      }
      i += step;
      count++;
    }
    return count >= 3;
  }

  private static final String[] ACRONYM_ENDINGS = {"য়ের", "ের", "র", "কে", "তে", "য়", "ে"};

  /**
   * A token's acronym and the ending glued to it (ওআইসির = ওআইসি + র, বিসিসিআইয়ের), or null;
   * looked up once per form.
   */
  String[] acronymSplit(Token token) {
    return acronyms.get(token);
  }

  private String[] splitAcronym(String form) {
    if (isAcronym(form)) {
      return new String[] {form, ""};
    }
    for (String ending : ACRONYM_ENDINGS) {
      int stem = form.length() - ending.length();
      if (stem > 2 && form.endsWith(ending) && isAcronym(form, stem)) {
        String bare = form.substring(0, stem);
        return isAcronym(bare) ? new String[] {bare, ending} : null;
      }
    }
    return null;
  }

  /**
   * A word class for features and rules: {@code COUNTRY}, {@code PLACE}, {@code DEMONYM},
   * {@code TITLE}, {@code ORGWORD}, {@code COMMON}, or null for a word no list knows. Reads the
   * word alone, with its case ending taken off.
   *
   * @param form a token's normalized form
   * @return its class, or null
   */
  public String wordClass(String form) {
    return lookUpWordClass(form);
  }

  /**
   * Which of the place, title and organization tables may have a phrase starting at a token of
   * this form ({@link #PLACE}, {@link #TITLE}, {@link #ORGANIZATION} or'd): where a bit is clear,
   * the table's lookup there finds nothing.
   */
  int phraseStarts(Token token) {
    return facts(token).starts();
  }

  /** {@return what the lists say of a token's form, looked up once per form} */
  WordFacts facts(Token token) {
    WordFacts f = tokenFacts.get(token);
    return f == null ? UNLISTED : f;
  }

  /**
   * What the lists say of most forms: nothing, and the form is name-like. Kept as no fact (null):
   * a form's null facts cost no read of its slots ({@link FormFact}), and the rules ask this of
   * every token.
   */
  private static final WordFacts UNLISTED = new WordFacts("", 0, true);

  private WordFacts lookUpFacts(String form) {
    // each table walked once for both questions, its word and the phrases it may start: a form's
    // facts are asked at its first token, and the command line meets most forms once
    PhraseTable.Match<Place> place = places.word(form);
    boolean title = titles.isWord(form);
    boolean organization = organizations.isWord(form);
    String c = wordClass(form, place, title, organization);
    int starts = (place != null || places.isFirstWord(form) ? PLACE : 0)
        | (title || titles.isFirstWord(form) ? TITLE : 0)
        | (organization || organizations.isFirstWord(form) ? ORGANIZATION : 0);
    boolean nameLike = c == null && nameLikeForm(form);
    // UNLISTED's facts, compared field by field: a record's equals went through method handles
    // under the command line's first-tier JIT
    if (c == null && starts == 0 && nameLike) {
      return null;
    }
    return new WordFacts(c == null ? "" : c, starts, nameLike);
  }

  /** Whether a word no list knows may be (part of) a name by its shape: longer than one char, no verb. */
  private static boolean nameLikeForm(String form) {
    return form.length() > 1 && !looksLikeVerb(form);
  }

  private String lookUpWordClass(String form) {
    PhraseTable.Match<Place> place = places.word(form);
    if (place != null) {
      return wordClass(form, place, false, false);
    }
    return wordClass(form, null, titles.isWord(form), organizations.isWord(form));
  }

  /** The class of a form, given its place (or null) and whether it is a title and an organization word. */
  private String wordClass(String form, PhraseTable.Match<Place> place, boolean title, boolean organization) {
    if (place != null) {
      return place.value().code() != null ? "COUNTRY" : "PLACE";
    }
    if (demonyms.containsKey(form)) {
      return "DEMONYM";
    }
    if (title) {
      return "TITLE";
    }
    if (organization) {
      return "ORGWORD";
    }
    return commonWords.contains(form) ? "COMMON" : null;
  }
}

package dev.nirjas.time;

import dev.nirjas.FormFact;
import dev.nirjas.MentionType;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.number.NumberWords;
import dev.nirjas.text.Digits;
import dev.nirjas.text.Resources;
import dev.nirjas.text.TextNormalizer;
import dev.nirjas.text.WordTrie;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The time grammar's words: Gregorian month and weekday names and the Hijri months from ICU's
 * {@code bn} and {@code bn_IN} data, the variants real text uses besides, the Bengali months, and
 * the function words of {@code time-words.tsv}; all in Nirjas's canonical form, compiled once.
 */
final class TimeLexicon {

  /** What a time word is. */
  enum Role {
    MONTH, MONTH_ABBR, BANGLA_MONTH, HIJRI_MONTH, WEEKDAY, WEEKDAY_ABBR,
    YEAR_NOUN, ERA_AD, ERA_BC, ERA_NOUN, ERA_BANGLA, ERA_BANGLA_ADJ, ERA_HIJRI, DATE_NOUN, MONTH_NOUN,
    DECADE, CENTURY, UNIT, FEW, EACH, EACH_CLOSE, BEFORE, AFTER, LAST, NEXT, THIS, TODAY, TWO_DAYS,
    NEXT_DAY, FOLLOWING, ANAPHOR, RANGE, RANGE_CLOSE, PART, OCLOCK, FIRST, BEFORE_YEAR, COUNTED, COUNT_CUE, LIFE, HALF, ONE, APPROX_COUNT, EDITION, ONCE
  }

  /** The names of events whose editions a year before them dates; the money grammar reads it too. */
  static final String EDITIONS = "editions.tsv";

  /** A named day or period (বিজয় দিবস, দ্বিতীয় বিশ্বযুদ্ধ) and its TIMEX3 value, from named-periods.tsv. */
  record NamedPeriod(List<String> words, MentionType type, String value) {}

  /** A word's role and its value: a month or weekday number, a unit letter, a day shift. */
  record Entry(Role role, String value, int parsed) {
    Entry(Role role, String value) {
      this(role, value, wholeNumber(value));
    }

    /** {@return the value as a month or weekday number, parsed once} */
    int number() {
      if (parsed < 0) {
        throw new NumberFormatException("not a number: " + value);
      }
      return parsed;
    }

    /** The value's number, or -1 where it is none. */
    private static int wholeNumber(String value) {
      if (value == null || value.isEmpty() || value.length() > 9) {
        return -1;
      }
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) < '0' || value.charAt(i) > '9') {
          return -1;
        }
      }
      return Integer.parseInt(value);
    }
  }

  private final TextNormalizer normalizer = TextNormalizer.standard();
  /** সময় ("time"), in canonical form once rather than per reading. */
  private final String timeNoun = normalizer.lexiconForm("সময়");
  final WordTrie<Entry> words;
  final Map<String, Integer> hijriTwoWord = new LinkedHashMap<>(); // "রবিউল আউয়াল"
  /** The first words of {@link #hijriTwoWord}'s names: a pair is looked up only after one. */
  final Set<String> hijriFirstWords = new HashSet<>();
  final Set<String> endings = new HashSet<>();
  private final int longestEnding;
  private final WordTrie<Boolean> endingTrie;
  private final WordTrie<Boolean> ambiguousMonths;
  private final WordTrie<Boolean> countedWords;
  private final WordTrie<Boolean> editionNames;
  private final WordTrie<Boolean> editionContexts;
  private final WordTrie<List<NamedPeriod>> namedPeriods; // by first word
  private final WordTrie<Boolean> namedEndings;
  private final int longestNamedEnding;

  TimeLexicon() {
    Map<String, Entry> all = new LinkedHashMap<>();
    Map<String, String[]> icu = IcuCalendarNames.load(); // ICU's names, read at build time
    for (String locale : IcuCalendarNames.LOCALES) {
      String[][] monthForms = {
        icu.get(locale + "/" + IcuCalendarNames.MONTHS),
        icu.get(locale + "/" + IcuCalendarNames.STANDALONE_MONTHS)
      };
      for (String[] months : monthForms) {
        for (int m = 0; m < 12; m++) {
          put(all, months[m], new Entry(Role.MONTH, Integer.toString(m + 1)));
        }
      }
      String[] shortMonths = icu.get(locale + "/" + IcuCalendarNames.SHORT_MONTHS);
      for (int m = 0; m < 12; m++) {
        // ICU's abbreviations (জানু, ফেব, এপ্রি …); a form that is a full name too stays a full name
        all.putIfAbsent(canonical(shortMonths[m]).replace(".", ""), new Entry(Role.MONTH_ABBR, Integer.toString(m + 1)));
      }
      String[] weekdays = icu.get(locale + "/" + IcuCalendarNames.WEEKDAYS); // [1] = Sunday
      for (int d = 1; d <= 7; d++) {
        int iso = d == 1 ? 7 : d - 1;
        put(all, weekdays[d], new Entry(Role.WEEKDAY, Integer.toString(iso)));
      }
      String[] hijri = icu.get(locale + "/" + IcuCalendarNames.HIJRI_MONTHS);
      for (int m = 0; m < 12; m++) {
        addHijri(all, hijri[m], m + 1);
      }
    }
    for (String[] row : Resources.table(TimeLexicon.class, "month-variants.tsv")) {
      if (row.length > 2 && row[2].strip().equals("ambiguous")) {
        continue; // a note on a name ICU gives, not a spelling
      }
      boolean abbr = row.length > 2 && row[2].strip().equals("abbr");
      put(all, row[0], new Entry(abbr ? Role.MONTH_ABBR : Role.MONTH, row[1].strip()));
    }
    for (String[] row : Resources.table(TimeLexicon.class, "bangla-months.tsv")) {
      put(all, row[0], new Entry(Role.BANGLA_MONTH, row[1].strip()));
    }
    for (String[] row : Resources.table(TimeLexicon.class, "hijri-months.tsv")) {
      addHijri(all, row[0], Integer.parseInt(row[1].strip()));
    }
    for (String[] row : Resources.table(TimeLexicon.class, "time-words.tsv")) {
      Role role = Role.valueOf(row[1].strip().replace('-', '_').toUpperCase(Locale.ROOT));
      put(all, row[0], new Entry(role, row.length > 2 ? row[2].strip() : ""));
    }
    // the names of events a year dates (editions.tsv): the edition words start no rule; the words of
    // a name and of a tournament are kept apart, as the counted words are, so that they close no other
    Map<String, Boolean> names = new LinkedHashMap<>();
    Map<String, Boolean> tournament = new LinkedHashMap<>();
    for (String[] row : Resources.table(TimeLexicon.class, EDITIONS)) {
      switch (row[1].strip()) {
        case "edition" -> put(all, row[0], new Entry(Role.EDITION, row.length > 2 ? row[2].strip() : ""));
        case "name" -> names.put(canonical(row[0]), Boolean.TRUE);
        case "context" -> tournament.put(canonical(row[0]), Boolean.TRUE);
        default -> throw new IllegalStateException("unknown role in " + EDITIONS + ": " + row[1]);
      }
    }
    this.words = WordTrie.of(all);
    for (String[] row : Resources.table(TimeLexicon.class, "time-endings.tsv")) {
      endings.add(canonical(row[0]));
    }
    this.longestEnding = endings.stream().mapToInt(String::length).max().orElse(0);
    Map<String, Boolean> endingMap = new LinkedHashMap<>();
    endings.forEach(x -> endingMap.put(x, Boolean.TRUE));
    this.endingTrie = WordTrie.of(endingMap);
    Map<String, Boolean> ambiguous = new LinkedHashMap<>();
    for (String[] row : Resources.table(TimeLexicon.class, "month-variants.tsv")) {
      if (row.length > 2 && row[2].strip().equals("ambiguous")) {
        ambiguous.put(canonical(row[0]), Boolean.TRUE);
      }
    }
    this.ambiguousMonths = WordTrie.of(ambiguous);
    this.editionNames = WordTrie.of(names);
    this.editionContexts = WordTrie.of(tournament);
    // the number grammar's counted words (জন, টাকা, রান …) show a four-digit number is a count;
    // kept apart from the time words so that they start no time rule
    Map<String, Boolean> counted = new LinkedHashMap<>();
    for (String w : new NumberWords().countedWords()) {
      counted.put(canonical(w), Boolean.TRUE);
    }
    this.countedWords = WordTrie.of(counted);
    Map<String, List<NamedPeriod>> named = new LinkedHashMap<>();
    for (String[] row : Resources.table(TimeLexicon.class, "named-periods.tsv")) {
      List<String> words = List.of(canonical(row[0]).split(" "));
      named.computeIfAbsent(words.get(0), w -> new ArrayList<>())
          .add(new NamedPeriod(words, MentionType.valueOf(row[1].strip()), row[2].strip()));
    }
    named.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size())); // longest first
    this.namedPeriods = WordTrie.of(named);
    Map<String, Boolean> namedEnd = new LinkedHashMap<>(endingMap);
    for (String e : new String[] {"কালে", "কালীন", "কালের", "চলাকালে", "চলাকালীন"}) {
      namedEnd.put(canonical(e), Boolean.TRUE); // দ্বিতীয় বিশ্বযুদ্ধকালে: during the war
    }
    this.namedEndings = WordTrie.of(namedEnd);
    this.longestNamedEnding = namedEnd.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  private void addHijri(Map<String, Entry> all, String name, int month) {
    String form = canonical(name).replace("\u2018", "").replace("\u2019", "");
    int space = form.indexOf(' ');
    if (space > 0) {
      hijriTwoWord.putIfAbsent(form, month);
      hijriFirstWords.add(form.substring(0, space));
    } else {
      put(all, form, new Entry(Role.HIJRI_MONTH, Integer.toString(month)));
    }
  }

  private void put(Map<String, Entry> all, String word, Entry e) {
    all.putIfAbsent(canonical(word), e);
  }

  String canonical(String word) {
    return normalizer.lexiconForm(word);
  }

  /** Whether a month name with a glued ending may be another word too (মার্চের: of a march). */
  boolean isAmbiguousMonth(String form) {
    return ambiguousMonths.getWithEnding(form, endingTrie, longestEnding) != null;
  }

  /** Whether a token form is a counted word of the number grammar, with a glued ending or not. */
  boolean isCounted(String form) {
    return countedWords.getWithEnding(form, endingTrie, longestEnding) != null;
  }

  /** Whether {@code form} may be a word of an event's name between a year and the edition (ফিফা, কাতার). */
  boolean isEditionName(String form) {
    return editionNames.getWithEnding(form, endingTrie, longestEnding) != null;
  }

  /** Whether {@code form} is a word of a tournament after ইউরো (ফাইনালে, বাছাইপর্বে). */
  boolean isEditionContext(String form) {
    return editionContexts.getWithEnding(form, endingTrie, longestEnding) != null;
  }

  /** The named periods whose first word is {@code form} (with an ending if it is the only word). */
  List<NamedPeriod> namedPeriods(String form) {
    return namedPeriods.getWithEnding(form, namedEndings, longestNamedEnding);
  }

  /** Whether {@code form} is সময় ("time"), alone or with an ending (মুক্তিযুদ্ধের সময়, সময় বিকেল ৩টা). */
  boolean isTimeNoun(String form) {
    return isWithEnding(form, timeNoun);
  }

  /** Whether {@code form} is {@code word}, alone or with a case ending or -কালে glued to it. */
  boolean isWithEnding(String form, String word) {
    return form.startsWith(word)
        && (form.length() == word.length() || namedEndings.get(form, word.length(), form.length()) != null);
  }

  /** A word token's entry ({@link #lookup}), once per form; null for other tokens. */
  private final FormFact<Entry> entries =
      FormFact.ofToken(t -> t.kind() == TokenKind.WORD ? lookup(t.form()) : null);
  /** A token's named periods ({@link #namedPeriods(String)}), once per form. */
  private final FormFact<List<NamedPeriod>> periods = FormFact.of(this::namedPeriods);

  /** Roles of words that never start a time expression: only rules that began before read them. */
  private static final Set<Role> CLOSING = EnumSet.of(Role.COUNTED, Role.COUNT_CUE, Role.LIFE, Role.EDITION,
      Role.APPROX_COUNT, Role.BEFORE_YEAR, Role.RANGE, Role.RANGE_CLOSE, Role.BEFORE, Role.AFTER, Role.DATE_NOUN,
      Role.YEAR_NOUN, Role.ERA_AD, Role.ERA_NOUN, Role.ERA_BANGLA, Role.ERA_BANGLA_ADJ, Role.ERA_HIJRI, Role.OCLOCK,
      Role.EACH_CLOSE, Role.DECADE, Role.CENTURY, Role.ONCE);
  /** A plain digit token's value as a year ({@link #plainYear}), once per form: boxed once, not per question. */
  private final FormFact<Integer> plainYears = FormFact.ofToken(t -> {
    String f = t.form();
    if (t.kind() != TokenKind.NUMBER || f.length() > 4 || !Digits.allDigits(f)) {
      return null;
    }
    int y = t.value().intValueExact(); // up to four digits: an integer
    return y >= 1 ? y : null;
  });

  /**
   * {@return the year a plain digit token reads as: 1-4 digits, no grouping, no decimal, not 0; or
   * null} Every date rule asks it of the tokens around a number.
   */
  Integer plainYear(Token token) {
    return plainYears.get(token);
  }

  /** {@link #mayStart}, once per form: true or null (a null fact is one shared object, not one per form). */
  private final FormFact<Boolean> starts = FormFact.ofToken(t -> formMayStart(t) ? Boolean.TRUE : null);

  /**
   * Whether a token's form may start a time expression, as far as the form tells: a digit token, a
   * time word, a প্রতি- compound, a named period's first word. A number mention starting at the
   * token may start one too, and a designation's number none ({@link TimeSentence#mayStart}).
   */
  boolean mayStart(Token token) {
    return starts.get(token) != null;
  }

  private boolean formMayStart(Token t) {
    Entry e = entry(t);
    if (e != null && !CLOSING.contains(e.role()) && (e.role() != Role.ONE || t.form().equals("এক"))) {
      return true; // a word that only closes or qualifies an expression (সাল, আগে, জন, তিনি) starts none
    }
    if (e != null && e.role() == Role.YEAR_NOUN && "fiscal".equals(e.value())) {
      return true; // অর্থবছর ২০২৩-২৪: the fiscal year named before its years
    }
    return t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.ALPHANUMERIC || t.form().startsWith("প্রতি")
        || t.kind() == TokenKind.WORD && namedPeriods(t) != null;
  }

  /** {@return the entry of a word token (see {@link #lookup}), or null for other tokens} */
  Entry entry(Token token) {
    return entries.get(token);
  }

  /** {@return the named periods a token's form starts (see {@link #namedPeriods(String)}), or null} */
  List<NamedPeriod> namedPeriods(Token token) {
    return periods.get(token);
  }

  /** The entry of a token form, allowing a glued ending (সালের, অক্টোবরে); or null. */
  Entry lookup(String form) {
    return words.getWithEnding(form, endingTrie, longestEnding);
  }
}

package dev.nirjas.entity;

import dev.nirjas.GrammaticalCase;
import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.entity.EntityLexicon.OrgWord;
import dev.nirjas.entity.EntityLexicon.Place;
import dev.nirjas.entity.EntityLexicon.TitleKind;
import dev.nirjas.text.PhraseTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The entity rules, read left to right over one sentence, and the arbitration between them and the
 * model's names. Each rule is a method named by what it reads:
 *
 * <ul>
 *   <li>{@code entity.country}, {@code entity.place}: a gazetteer name, its case ending read
 *       ("বেলজিয়ামের" → বেলজিয়াম, genitive). A name that is also a common word (মালি, চিলি) counts
 *       only where the model reads a place there too ({@code entity.place+model}).
 *   <li>{@code entity.organization.head}: words ending in an organization word, the names,
 *       places and modifiers before it belonging to the name ("ঢাকা বিশ্ববিদ্যালয়", "পররাষ্ট্র
 *       মন্ত্রণালয়"); {@code entity.organization.name} (জাতিসংঘ); {@code
 *       entity.organization.acronym} (ডব্লিউটিও, ওআইসি).
 *   <li>{@code entity.person.title}: a title and the name after it ("প্রধানমন্ত্রী, ঝু রঙ্গি"); the
 *       title and the genitive country or organization before it are kept as attributes;
 *       {@code entity.person.prefix} (শেখ হাসিনা, মো. …), {@code entity.person.honorific} (রহমান
 *       সাহেব), {@code entity.person.lifespan} (a name at the start of a sentence followed by its
 *       years in brackets: "কিয়ান জিউলিং (১৯১২-২০০৮)").
 *   <li>{@code entity.model}: a name the model found that no rule read.
 * </ul>
 *
 * <p>A name's words are "name-like": word tokens that no list knows as a common word, a title, a
 * place, a demonym or an organization word. Where the model marks a person's name right after a
 * title, its extent is the model's. Stateless after construction.
 */
final class EntityRules {
  /** Two whole years: a lifespan's TIMEX3 value (১৮৬১–১৯৪১). */
  private static final Pattern TWO_YEARS = Pattern.compile("\\d{4}/\\d{4}");

  /** Endings a person's name is written with that the word alone cannot tell from the name. */
  static final List<String> PERSON_ENDINGS_IN_CONTEXT = List.of("ের", "কে", "র");

  private final EntityLexicon lexicon;
  private final int maxNameWords;
  private final int maxOrgWords;
  private final double minModelProbability;
  /** How much surer the model must be of a one-word person than of a longer name. */
  private static final double SINGLE_WORD_MARGIN = 0.03;

  EntityRules(EntityLexicon lexicon, int maxNameWords, int maxOrgWords, double minModelProbability) {
    this.lexicon = lexicon;
    this.maxNameWords = maxNameWords;
    this.maxOrgWords = maxOrgWords;
    this.minModelProbability = minModelProbability;
  }

  /**
   * Whether the sentence has two words in a row that no list knows (and that are no verbs), one of
   * them at least in Bengali letters: where the model may find a name the rules cannot read.
   * Elsewhere its reading adds nothing a rule does not, and the stage spares its cost. A pair of
   * Latin words alone (a citation's title in a Bengali sentence) is not the model's: it learned
   * Bengali names, and in the corpus's sentences it read only for such pairs it found 74 names, some
   * 66 wrong ("Online news" and "political opposition" as persons, আরবি as an organization, a
   * table's letters "জ ঝ" as a person).
   */
  boolean mayHoldUnlistedName(SentenceView s) {
    boolean previous = false;
    boolean previousBengali = false;
    for (int j = 0; j < s.size(); j++) {
      boolean unknown = nameLike(s, j);
      boolean bengali = unknown && bengaliLetters(s.form(j));
      if (unknown && previous && (bengali || previousBengali)) {
        return true;
      }
      previous = unknown;
      previousBengali = bengali;
    }
    return false;
  }

  /** Whether {@code form} has a Bengali letter or sign (a char of the block that is no digit or currency sign). */
  private static boolean bengaliLetters(String form) {
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c >= '\u0980' && c <= '\u09E5') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence is written in Bengali: a token of it has a char of the Bengali script (a
   * letter, a sign or a digit). The rules and the model read only such sentences: their lists hold
   * Bengali words and the model learned Bengali text. In a sentence of English or Persian alone (a
   * citation, a title, a table's row copied in: a quarter of a Wikipedia article's sentences) what
   * they found was wrong: in the corpus's 61,332 such sentences, 25 persons, each a country's code
   * or an empire before its years ("HOK (1960–1968)", "Seljuk Empire (1037–1194)"), and the model
   * nothing. Bengali digits are the Bengali writer's: "Nizami Ganjavi (১১৪১–১২০৯)" in a list of
   * poets is read.
   */
  static boolean writtenInBengali(List<Token> tokens) {
    for (int j = 0; j < tokens.size(); j++) {
      String form = tokens.get(j).form();
      for (int i = 0; i < form.length(); i++) {
        char c = form.charAt(i);
        if (c >= '\u0980' && c <= '\u09FF') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The names in one sentence, in text order, never overlapping.
   *
   * @param candidates a list to gather them in, emptied first: one a document, not one a sentence;
   *     what is returned may be this list, so read it before the next sentence
   */
  List<Candidate> find(SentenceView s, List<NameSpan> model, List<Candidate> candidates) {
    candidates.clear();
    int n = s.size();
    // persons after titles first: an organization's name may not run back into them
    // ("অধ্যাপক আনিসুজ্জামান বাংলা একাডেমির")
    for (int i = 0; i < n; i++) {
      if (!s.blocked(i) && s.token(i).kind() == TokenKind.WORD) {
        title(s, i, model, candidates);
      }
    }
    boolean[] claimed = candidates.isEmpty() ? null : new boolean[n]; // null: nothing claimed (most sentences)
    for (int ci = 0; ci < candidates.size(); ci++) {
      Candidate c = candidates.get(ci);
      for (int j = c.first(); j < c.end(); j++) {
        claimed[j] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (s.blocked(i) || s.token(i).kind() != TokenKind.WORD) {
        continue;
      }
      place(s, i, model, candidates);
      organization(s, i, claimed, candidates);
    }
    lifespan(s, candidates);
    affiliated(s, candidates);
    for (int m = 0; m < model.size(); m++) {
      NameSpan name = model.get(m);
      Candidate c = fromModel(s, name);
      if (c != null) {
        candidates.add(c);
      }
    }
    return arbitrate(s, candidates);
  }

  private void place(SentenceView s, int i, List<NameSpan> model, List<Candidate> out) {
    PhraseTable.Match<Place> m = placeAt(s, i, s.size());
    if (m == null) {
      return;
    }
    Ending e = ending(s, m.end(), m.ending());
    if (e == null || s.blocked(i, e.end)) {
      return;
    }
    Place p = m.value();
    String rule = p.code() != null ? "entity.country" : "entity.place";
    if (p.ambiguous()) {
      if (!modelSays(model, i, e.end, MentionType.LOCATION)) {
        return;
      }
      rule = "entity.place+model";
    }
    out.add(new Candidate(i, e.end, MentionType.LOCATION, p.canonical(), p.code(), e.grammaticalCase,
        null, null, rule, false));
  }

  private void organization(SentenceView s, int i, boolean[] claimed, List<Candidate> out) { // claimed: null for none
    PhraseTable.Match<OrgWord> m = organizationWordAt(s, i, s.size());
    if (m == null) {
      String[] split = lexicon.acronymSplit(s.token(i));
      if (split != null) {
        Ending e = ending(s, i + 1, split[1]);
        if (e != null) {
          out.add(new Candidate(i, e.end, MentionType.ORGANIZATION, split[0], null,
              e.grammaticalCase, null, null, "entity.organization.acronym", false));
        }
      }
      return;
    }
    Ending e = ending(s, m.end(), m.ending());
    if (e == null || s.blocked(i, e.end)) {
      return;
    }
    if (m.value() == OrgWord.NAME) {
      out.add(new Candidate(i, e.end, MentionType.ORGANIZATION, m.phrase(), null, e.grammaticalCase,
          null, null, "entity.organization.name", false));
    } else if (m.value() == OrgWord.HEAD) {
      int first = i;
      int unknown = 0;
      boolean known = false;
      while (first > 0 && i - first < maxOrgWords - 1 && (claimed == null || !claimed[first - 1])
          && partOfOrganizationName(s, first - 1)) {
        if (nameLike(s, first - 1)) {
          if (known || ++unknown > 2) {
            break; // words no list knows before a modifier ("জাঙ্কার ইউরোপীয় কমিশন"): a person's name
          }
        } else {
          known = true;
        }
        if (first > 1 && s.gluedToNext(first - 2)) {
          break; // the word before is half of a hyphenated word ("জ্যাঁ-ক্লদ"): someone else's name
        }
        first--;
        if (placeAt(s, first, first + 1) != null) {
          break; // a place starts the name ("চীন দূতাবাস"): a place before it is another mention
        }
      }
      if (first < i) {
        String canonical = join(s, first, i, m.phrase());
        out.add(new Candidate(first, e.end, MentionType.ORGANIZATION, canonical, null,
            e.grammaticalCase, null, null, "entity.organization.head", false));
      }
    }
  }

  /** A word before an organization's head word that belongs to its name. */
  private boolean partOfOrganizationName(SentenceView s, int j) {
    if (s.blocked(j) || s.token(j).kind() != TokenKind.WORD) {
      return false;
    }
    String form = s.form(j);
    PhraseTable.Match<OrgWord> org = organizationWordAt(s, j, j + 1);
    if (org != null) {
      return org.ending().isEmpty() && org.value() != OrgWord.HEAD;
    }
    PhraseTable.Match<Place> place = placeAt(s, j, j + 1);
    if (place != null) {
      return place.ending().isEmpty(); // "বাংলাদেশের পররাষ্ট্র মন্ত্রণালয়": the genitive is outside
    }
    if (hasCaseEnding(form)) {
      return false; // "দাভোসে বিশ্ব অর্থনৈতিক ফোরাম": a word in the locative or genitive is outside
    }
    // common nouns belong to names ("বিশ্ব স্বাস্থ্য সংস্থা", "পরিসংখ্যান ব্যুরো"); function words
    // and verbs end them ("কাটিয়েছে দল" is no party)
    return lexicon.demonym(form) != null || nameLike(s, j)
        || (!lexicon.isFunctionWord(form) && !EntityLexicon.looksLikeVerb(form)
            && titleAt(s, j, j + 1) == null);
  }

  /**
   * Whether a word carries a glued genitive or locative (-ের, -তে, -য় after া or ো, -ে after a
   * consonant), which ends an organization's name before its head ("দাভোসে", "সকালে").
   */
  private static boolean hasCaseEnding(String w) {
    int n = w.length();
    if (n < 4) {
      return false;
    }
    if (w.endsWith("ের") || w.endsWith("তে") || (w.endsWith("য়") && "াো".indexOf(w.charAt(n - 2)) >= 0)) {
      return true;
    }
    return w.charAt(n - 1) == 'ে' && !isVowelSign(w.charAt(n - 2)) && w.charAt(n - 2) != '্';
  }

  private void title(SentenceView s, int i, List<NameSpan> model, List<Candidate> out) {
    PhraseTable.Match<TitleKind> t = titleAt(s, i, s.size());
    if (t == null || !t.ending().isEmpty() && t.value() != TitleKind.AFTER) {
      return; // "প্রধানমন্ত্রীর কার্যালয়": a title in the genitive is followed by what it has
    }
    switch (t.value()) {
      case BEFORE -> {
        int k = t.end();
        if (k < s.size() && ",".equals(s.form(k))) {
          k++;
        }
        int end = nameEnd(s, k, model);
        if (end > k) {
          out.add(person(s, k, end, "entity.person.title", t.phrase(), affiliation(s, i)));
        }
      }
      case PREFIX -> {
        int end = nameEnd(s, t.end(), model);
        if (end > t.end()) {
          out.add(person(s, i, end, "entity.person.prefix", null, null));
        }
      }
      case AFTER -> {
        int first = i;
        while (first > 0 && i - first < maxNameWords && nameLike(s, first - 1)) {
          first--;
        }
        if (first < i) {
          Candidate p = person(s, first, i, "entity.person.honorific", null, null);
          Ending e = ending(s, t.end(), t.ending()); // "রতন বাবুর": the ending on the honorific is the name's
          out.add(new Candidate(p.first(), p.end(), p.type(), p.canonical(), null,
              e == null ? p.grammaticalCase() : e.grammaticalCase, null, null, p.rule(), false));
        }
      }
      case TIME -> { }
    }
  }

  /**
   * Where a name starting at token {@code k} ends: the model's extent if it marks a person there,
   * else the run of name-like words (joined by hyphens written without spaces).
   */
  private int nameEnd(SentenceView s, int k, List<NameSpan> model) {
    for (int m = 0; m < model.size(); m++) {
      NameSpan name = model.get(m);
      if (name.first() == k && name.type() == MentionType.PERSON && name.end() - k <= maxNameWords + 2
          && !s.blocked(k, name.end())) {
        return name.end();
      }
    }
    int end = k;
    int words = 0;
    int prefixEnd = prefixEnd(s, k);
    if (prefixEnd > k) {
      end = prefixEnd; // "মো. সাহাবুদ্দিন": the prefix belongs to the name
    }
    while (end < s.size() && words < maxNameWords) {
      if (words > 0 && startsOrganization(s, end)) {
        break; // "মুহাম্মদ ইউনূস গ্রামীণ ব্যাংকের": the word before a head word is the organization's
      }
      if ((nameLike(s, end) || lexicon.isLetterName(s.form(end))) && !endsLikePlaceCase(s.form(end))) {
        end++;
        words++;
        if (endsLikePossessive(s.form(end - 1))) {
          break; // "শি জিনপিংয়ের সঙ্গে": the genitive closes the name
        }
      } else if (words > 0 && "-".equals(s.form(end)) && s.gluedToNext(end - 1) && s.gluedToNext(end)
          && end + 1 < s.size() && nameLike(s, end + 1)) {
        end += 2; // জ্যাঁ-লুক
        words++;
      } else {
        break;
      }
    }
    return words == 0 ? k : end;
  }

  /** Whether the word at {@code j} is followed by an organization's head word. */
  private boolean startsOrganization(SentenceView s, int j) {
    if (j + 1 >= s.size()) {
      return false;
    }
    PhraseTable.Match<OrgWord> next = organizationWordAt(s, j + 1, s.size());
    return next != null && next.value() == OrgWord.HEAD;
  }

  /** Where a name prefix (শেখ, মো.) starting at {@code j} ends; {@code j} if none starts there. */
  private int prefixEnd(SentenceView s, int j) {
    PhraseTable.Match<TitleKind> t = j < s.size() ? titleAt(s, j, s.size()) : null;
    return t != null && t.value() == TitleKind.PREFIX && t.ending().isEmpty() ? t.end() : j;
  }

  private boolean isPrefix(SentenceView s, int j) {
    return prefixEnd(s, j) > j;
  }

  /**
   * Whether a word ends in the locative -তে: people are not written in the locative, so such a word
   * ends a person's name ("স্টারমার অভিবাসন নীতিতে"). The other locative endings are left alone:
   * names end in -য় (বন্দ্যোপাধ্যায়, রায়) and -ে (ভোসলে) as often as places take them.
   */
  private static boolean endsLikePlaceCase(String w) {
    return w.length() > 3 && w.endsWith("তে");
  }

  private boolean endsLikePossessive(String w) {
    return w.length() > 3 && (w.endsWith("ের") || w.endsWith("কে")) && !lexicon.isNameLikeEnding(w);
  }

  /** The genitive country or organization before a title, skipping "then"/"former" and commas. */
  private String affiliation(SentenceView s, int titleStart) {
    int j = titleStart - 1;
    while (j >= 0) {
      PhraseTable.Match<TitleKind> t = titleAt(s, j, titleStart);
      if (t != null && t.value() == TitleKind.TIME || ",".equals(s.form(j))) {
        j--;
      } else {
        break;
      }
    }
    if (j < 0) {
      return null;
    }
    for (int from = Math.max(0, j - 3); from <= j; from++) { // a name of up to four words ending at j
      PhraseTable.Match<Place> p = placeAt(s, from, j + 1);
      if (p != null && p.end() == j + 1 && lexicon.caseOf(p.ending()) == GrammaticalCase.GENITIVE
          && !p.value().ambiguous()) {
        return p.value().canonical();
      }
    }
    return null;
  }

  /**
   * A person named with a country before and a place after, no title: "চীনের কিয়ান কিচেন বেলজিয়াম
   * সফরে যান", "ভারতের নরেন্দ্র মোদি ঢাকায় আসেন". Two or three words no list knows between a country
   * in the genitive and a place are a name: a common noun there would be in the lists, or carry an
   * ending.
   */
  private void affiliated(SentenceView s, List<Candidate> out) {
    for (int i = 0; i < s.size(); i++) {
      PhraseTable.Match<Place> country = s.blocked(i) ? null : placeAt(s, i, s.size());
      if (country == null || country.value().code() == null || country.value().ambiguous()
          || lexicon.caseOf(country.ending()) != GrammaticalCase.GENITIVE) {
        continue;
      }
      int first = country.end();
      int end = first;
      while (end < s.size() && end - first < 3 && nameLike(s, end) && !endsLikePlaceCase(s.form(end))
          && !endsLikePossessive(s.form(end))) {
        end++;
      }
      if (end - first >= 2 && end < s.size() && placeAt(s, end, s.size()) != null) {
        Candidate p = person(s, first, end, "entity.person.affiliation", null, null);
        out.add(p.withAffiliation(country.value().canonical()));
      }
    }
  }

  /** A name at the start of a sentence followed by its years in brackets: "নাম (১৯১২-২০০৮)". */
  private void lifespan(SentenceView s, List<Candidate> out) {
    int end = 0;
    while (end < s.size() && end < maxNameWords && nameLike(s, end)) {
      end++;
    }
    if (end == 0 || end + 2 >= s.size() || !"(".equals(s.form(end))) {
      return;
    }
    Mention years = s.mentionAt(end + 1);
    if (years != null && years.type() == MentionType.DATE_RANGE && years.value() != null
        && TWO_YEARS.matcher(years.value()).matches()) { // two whole years: a lifespan, not a book's dates
      out.add(person(s, 0, end, "entity.person.lifespan", null, null));
    }
  }

  private Candidate fromModel(SentenceView s, NameSpan name) {
    if (name.end() > s.size() || s.blocked(name.first(), name.end())
        || name.probability() < minModelProbability) {
      return null;
    }
    boolean anyName = false;
    for (int j = name.first(); j < name.end(); j++) {
      TokenKind kind = s.token(j).kind();
      String form = s.form(j);
      if (kind == TokenKind.PUNCTUATION && !"-".equals(form) && !".".equals(form)) {
        return null;
      }
      if (lexicon.demonym(form) != null || (j < name.end() - 1 && form.length() > 3 && form.endsWith("ের"))) {
        return null; // "ভারতীয় পর্যটকের", "নাসার জেমস ওয়েব টেলিস্কোপ": an adjective or a genitive inside
      }
      if (kind == TokenKind.WORD && !lexicon.isCommon(form) && !lexicon.isCommon(splitEnding(form)[0])
          && titleAt(s, j, j + 1) == null) { // "দেশের" is দেশ + ের, a common noun
        anyName = true;
      }
    }
    if (!anyName) {
      return null; // a title alone, common words: noise in the model's training data
    }
    if (name.type() == MentionType.ORGANIZATION) {
      PhraseTable.Match<OrgWord> last = organizationWordAt(s, name.end() - 1, name.end());
      if (last != null && last.value() == OrgWord.MODIFIER) {
        return null; // "মানবসম্পদ উন্নয়ন": modifiers come before a head word, a name does not end in one
      }
    }
    if (name.type() == MentionType.PERSON && name.end() - name.first() == 1
        && name.probability() < minModelProbability + SINGLE_WORD_MARGIN) {
      return null; // one word the model calls a person (সাগর, শিমুল): many are also common nouns
    }
    int first = name.first();
    if (name.type() == MentionType.PERSON) {
      while (first < name.end() - 1 && titleAt(s, first, first + 1) != null
          && !isPrefix(s, first)) {
        first++; // the model often takes the title into the name, as its training data does
      }
    }
    String[] split = splitEnding(s.form(name.end() - 1));
    String canonical = first == name.end() - 1 ? split[0] : join(s, first, name.end() - 1, split[0]);
    GrammaticalCase c = lexicon.caseOf(split[1]);
    return new Candidate(first, name.end(), name.type(), canonical, null,
        c == null ? GrammaticalCase.NOMINATIVE : c, null, null, "entity.model", true);
  }

  /**
   * A word split into name and case ending where the ending is unambiguous (ের, কে, তে after a
   * vowel, র and য় after া ো ু ূ); otherwise the whole word and "".
   */
  private static String[] splitEnding(String w) {
    int n = w.length();
    if (n > 3 && (w.endsWith("ের") || w.endsWith("কে"))) {
      return new String[] {w.substring(0, n - 2), w.substring(n - 2)};
    }
    if (n > 3 && w.endsWith("তে") && isVowelSign(w.charAt(n - 3))) {
      return new String[] {w.substring(0, n - 2), "তে"};
    }
    if (n > 2 && (w.endsWith("র") || w.endsWith("য়")) && "াোুূ".indexOf(w.charAt(n - 2)) >= 0) {
      return new String[] {w.substring(0, n - 1), w.substring(n - 1)};
    }
    return new String[] {w, ""};
  }

  private static boolean isVowelSign(char c) {
    return c >= '\u09BE' && c <= '\u09CC';
  }

  private Candidate person(SentenceView s, int first, int end, String rule, String title, String affiliation) {
    String last = s.form(end - 1);
    String[] split = endsLikePossessive(last) ? splitEnding(last) : new String[] {last, ""};
    if (last.length() > 4 && last.endsWith("য়ের")) { // জিনপিংয়ের
      split = new String[] {last.substring(0, last.length() - 3), "ের"};
    }
    String canonical = first == end - 1 ? split[0] : join(s, first, end - 1, split[0]);
    GrammaticalCase c = lexicon.caseOf(split[1]);
    return new Candidate(first, end, MentionType.PERSON, canonical, null,
        c == null ? GrammaticalCase.NOMINATIVE : c, title, affiliation, rule, false);
  }

  /**
   * Whether token {@code j} may be a word of a name: a word no list knows as common, a title, a
   * place, a demonym or an organization word, and not inside an earlier stage's mention.
   */
  /** The place starting at token {@code i}, or null; the table is probed only where one may start. */
  private PhraseTable.Match<Place> placeAt(SentenceView s, int i, int limit) {
    if (i < 0 || i >= limit || (s.phraseStarts(i, lexicon) & EntityLexicon.PLACE) == 0) {
      return null;
    }
    return limit == s.size() ? s.place(i, lexicon) : lexicon.placeAt(s.tokens, i, limit);
  }

  private PhraseTable.Match<TitleKind> titleAt(SentenceView s, int i, int limit) {
    return i >= 0 && i < limit && (s.phraseStarts(i, lexicon) & EntityLexicon.TITLE) != 0
        ? lexicon.titleAt(s.tokens, i, limit) : null;
  }

  private PhraseTable.Match<OrgWord> organizationWordAt(SentenceView s, int i, int limit) {
    return i >= 0 && i < limit && (s.phraseStarts(i, lexicon) & EntityLexicon.ORGANIZATION) != 0
        ? lexicon.organizationWordAt(s.tokens, i, limit) : null;
  }

  boolean nameLike(SentenceView s, int j) {
    Boolean known = s.nameLike(j);
    if (known != null) {
      return known;
    }
    if (s.blocked(j) || s.mentionAt(j) != null || s.token(j).kind() != TokenKind.WORD) {
      return s.rememberNameLike(j, false);
    }
    return s.rememberNameLike(j, lexicon.facts(s.token(j)).nameLike());
  }

  /**
   * The forms of tokens [first, end) as written (a space where the text had one), then a space and
   * {@code last}: a name of several words in its canonical form. Made in one builder of the right
   * size: a name is made for most sentences, and a joined string then concatenated cost two more
   * copies (8 MB of the 56 the stage allocated in a warm pass over the corpus).
   */
  private static String join(SentenceView s, int first, int end, String last) {
    int length = last.length();
    for (int j = first; j < end; j++) {
      length += s.form(j).length() + 1;
    }
    StringBuilder b = new StringBuilder(length);
    for (int j = first; j < end; j++) {
      if (j > first && !s.gluedToNext(j - 1)) {
        b.append(' ');
      }
      b.append(s.form(j));
    }
    return b.append(' ').append(last).toString();
  }

  /** The end of a name with its ending: glued, or after a hyphen ("ডব্লিউটিও-র"); null if none fits. */
  private Ending ending(SentenceView s, int end, String glued) {
    GrammaticalCase c = lexicon.caseOf(glued);
    if (c == null) {
      return null;
    }
    if (glued.isEmpty() && end + 1 < s.size() && "-".equals(s.form(end)) && s.gluedToNext(end - 1)
        && s.gluedToNext(end)) {
      GrammaticalCase hyphenated = lexicon.caseOf(hyphenEnding(s.form(end + 1)));
      if (hyphenated != null && hyphenated != GrammaticalCase.NOMINATIVE) {
        return new Ending(end + 2, hyphenated);
      }
    }
    return new Ending(end, c);
  }

  /** "এর" written after a hyphen is the genitive ের; the other endings are written as they are. */
  private static String hyphenEnding(String form) {
    return switch (form) {
      case "এর", "র" -> "ের";
      case "এ" -> "ে";
      default -> form;
    };
  }

  private record Ending(int end, GrammaticalCase grammaticalCase) {}

  private static boolean modelSays(List<NameSpan> model, int first, int end, MentionType type) {
    for (int m = 0; m < model.size(); m++) {
      NameSpan name = model.get(m);
      if (name.type() == type && name.first() <= first && end <= name.end()) {
        return true;
      }
    }
    return false;
  }

  /** Rules before the model; among them the longer reading first; then earliest. */
  private static final Comparator<Candidate> PREFERRED = Comparator.comparing(Candidate::fromModel)
      .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
      .thenComparingInt(Candidate::first);
  private static final Comparator<Candidate> IN_TEXT_ORDER = Comparator.comparingInt(Candidate::first);

  /** The preferred candidates that overlap none preferred before them (greedy), in text order. */
  private static List<Candidate> arbitrate(SentenceView s, List<Candidate> candidates) {
    if (candidates.size() < 2) {
      return candidates; // nothing to choose between
    }
    candidates.sort(PREFERRED);
    List<Candidate> kept = new ArrayList<>();
    for (int ci = 0; ci < candidates.size(); ci++) {
      Candidate c = candidates.get(ci);
      boolean free = true;
      for (int ki = 0; ki < kept.size(); ki++) {
        Candidate k = kept.get(ki);
        if (k.overlaps(c)) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(c);
      }
    }
    kept.sort(IN_TEXT_ORDER);
    return kept;
  }
}

package dev.nirjas.text;

import dev.nirjas.FormFact;
import dev.nirjas.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of one or more words ("মার্কিন ডলার", "মেট্রিক টন", "টাকা") found at a token: the words
 * are consecutive tokens, and the last may carry one of a few glued endings ("মার্কিন ডলারের",
 * "টাকায়").
 *
 * <p>Matching is exact on the tokens' canonical forms, never on Lucene's loose keys: the loose key
 * merges ী/ি and over-strips, so "রুপার" (silver) would meet "রুপি". A lookup costs one hash probe
 * per word of the candidate phrases plus one per ending: constant per token. Immutable.
 *
 * <p>Used for currency names and units (money) and for place, title and organization names
 * (entities). A word written with a hyphen in a phrase ("দক্ষিণ-পূর্ব এশিয়া") is matched as the
 * tokens the segmenter makes of it: the word, the hyphen, the word.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

  /**
   * A phrase found in the text.
   *
   * @param value what the phrase stands for
   * @param phrase the phrase as listed (canonical form, words separated by one space, a hyphen
   *     between two words written without spaces: "জি-২০", "দক্ষিণ-পূর্ব এশিয়া")
   * @param end index one past its last token
   * @param ending the ending glued to its last word ("ের" in "বেলজিয়ামের"); empty if none
   */
  public record Match<V>(V value, String phrase, int end, String ending) {}

  private record Phrase<V>(String[] words, String text, V value) {}

  private final Map<String, List<Phrase<V>>> byFirstWord;
  private final Set<String> endings;
  private final WordTrie<Phrase<V>> oneWords;
  private final WordTrie<Boolean> endingTrie;
  private final int longestEnding;
  private final FormFact<First<V>> firstWords = FormFact.of(this::first);

  private PhraseTable(Map<String, List<Phrase<V>>> byFirstWord, Set<String> endings) {
    this.byFirstWord = byFirstWord;
    this.endings = Set.copyOf(endings);
    Map<String, Phrase<V>> singles = new HashMap<>();
    byFirstWord.forEach((first, list) -> {
      Phrase<V> last = list.get(list.size() - 1); // shortest last
      if (last.words.length == 1) {
        singles.put(first, last);
      }
    });
    this.oneWords = WordTrie.of(singles);
    Map<String, Boolean> e = new HashMap<>();
    int longest = 0;
    for (String ending : endings) {
      e.put(ending, Boolean.TRUE);
      longest = Math.max(longest, ending.length());
    }
    this.endingTrie = WordTrie.of(e);
    this.longestEnding = longest;
  }

  /**
   * {@return a builder for a table whose phrases may end in one of {@code endings}}
   *
   * @param <V> what a phrase stands for
   * @param endings the endings a phrase's last word may carry glued, in canonical form
   */
  public static <V> Builder<V> builder(Set<String> endings) {
    return new Builder<>(endings);
  }

  /**
   * {@return the longest phrase starting at token {@code i}, using tokens before {@code limit}; or
   * null}
   *
   * @param tokens a sentence's or a document's tokens
   * @param i the index of the phrase's first token
   * @param limit the index the phrase may not reach (a sentence's end)
   */
  public Match<V> match(List<Token> tokens, int i, int limit) {
    if (i < 0 || i >= limit) {
      return null;
    }
    First<V> first = firstWords.get(tokens.get(i));
    if (first == null) {
      return null;
    }
    List<Phrase<V>> candidates = first.candidates();
    if (candidates != null) {
      for (int c = 0; c < candidates.size(); c++) { // longest first; no iterator made at each token
        Phrase<V> p = candidates.get(c);
        int n = p.words.length;
        if (n == 1) {
          return new Match<>(p.value, p.text, i + 1, "");
        }
        if (i + n <= limit) {
          String ending = restMatches(p.words, tokens, i);
          if (ending != null) {
            return new Match<>(p.value, p.text, i + n, ending);
          }
        }
      }
    }
    Match<V> glued = first.word();
    return glued == null ? null : i == 0 ? glued : new Match<>(glued.value, glued.phrase, i + 1, glued.ending);
  }

  /**
   * What the table says of a phrase's first token: the phrases listed with it first, and the
   * one-word phrase it spells with or without an ending. Kept per form ({@link FormFact}), since
   * {@link #match} is asked at nearly every token and most words start nothing.
   */
  private record First<V>(List<Phrase<V>> candidates, Match<V> word) {}

  private First<V> first(String form) {
    List<Phrase<V>> candidates = byFirstWord.get(form);
    Match<V> word = word(form);
    return candidates == null && word == null ? null : new First<>(candidates, word);
  }

  /**
   * Whether a phrase may start at a token of this form: it is the first word of a listed phrase,
   * or a one-word phrase with or without a glued ending. False means {@link #match} finds nothing
   * at such a token, whatever follows it.
   *
   * @param form a token's canonical form
   * @return false if no phrase starts with it
   */
  public boolean mayStartWith(String form) {
    return isFirstWord(form) || isWord(form);
  }

  /**
   * {@return whether {@code form} is, as written, the first word of a listed phrase (a one-word
   * phrase among them)} Or'd with {@link #isWord}: {@link #mayStartWith}, for a caller that asks
   * both of several tables.
   *
   * @param form a token's canonical form
   */
  public boolean isFirstWord(String form) {
    return byFirstWord.containsKey(form);
  }

  /**
   * {@return whether {@code form} spells a one-word phrase, exactly or with a glued ending}
   * Whether {@link #word} finds one, without the match made.
   *
   * @param form a token's canonical form
   */
  public boolean isWord(String form) {
    return oneWords.stemWithEnding(form, endingTrie, longestEnding) >= 0;
  }

  /**
   * {@return the one-word phrase that {@code form} spells, exactly or with a glued ending, or
   * null} Its {@code end} is 1, as if the form were the token at index 0; for "টাকার" the
   * match holds the ending glued to the word.
   *
   * @param form a token's canonical form
   */
  public Match<V> word(String form) {
    int stem = oneWords.stemWithEnding(form, endingTrie, longestEnding); // one walk, no allocation
    if (stem < 0) {
      return null;
    }
    Phrase<V> p = oneWords.get(form, 0, stem);
    return new Match<>(p.value, p.text, 1, stem == form.length() ? "" : form.substring(stem));
  }

  /** The ending on the last word if the words after the first match (empty for none); else null. */
  private String restMatches(String[] words, List<Token> tokens, int i) {
    int last = words.length - 1;
    for (int w = 1; w < last; w++) {
      if (!tokens.get(i + w).form().equals(words[w])) {
        return null;
      }
    }
    String form = tokens.get(i + last).form();
    String word = words[last];
    if (form.equals(word)) {
      return "";
    }
    if (form.length() > word.length() && form.startsWith(word)) {
      String ending = form.substring(word.length());
      return endings.contains(ending) ? ending : null;
    }
    return null;
  }

  /** Collects phrases; the first value given for a phrase wins. */
  public static final class Builder<V> {
    private final Set<String> endings;
    private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    private Builder(Set<String> endings) {
      this.endings = Set.copyOf(endings);
    }

    /**
     * Adds a phrase in canonical form, its words separated by white space; ignored if the phrase is
     * already there.
     *
     * @param phrase the phrase, its words separated by white space or hyphens
     * @param value what it stands for
     * @return this builder
     * @throws IllegalArgumentException if the phrase has no word
     */
    public Builder<V> add(String phrase, V value) {
      String[] words = splitWords(phrase);
      String text = written(words);
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty phrase");
      }
      if (seen.add(text)) {
        byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase<>(words, text, value));
      }
      return this;
    }

    /** {@return every phrase added, its words separated by one space} */
    public Set<String> phrases() {
      return Set.copyOf(seen);
    }

    /**
     * {@return whether {@code phrase} was added}
     *
     * @param phrase a phrase, its words separated by white space or hyphens
     */
    public boolean contains(String phrase) {
      return seen.contains(written(splitWords(phrase)));
    }

    /** {@return the immutable table of the phrases added, longest tried first} */
    public PhraseTable<V> build() {
      Map<String, List<Phrase<V>>> frozen = new HashMap<>();
      byFirstWord.forEach((first, list) -> {
        List<Phrase<V>> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((Phrase<V> p) -> p.words.length).reversed());
        frozen.put(first, List.copyOf(sorted));
      });
      // kept a HashMap, never changed: its lookup compares hashes before strings, so a form that
      // starts no phrase (most) compares none, where Map.copyOf's probe called equals at each
      // slot it passed (a first-sight lookup of every form)
      return new PhraseTable<>(frozen, endings);
    }
  }

  /**
   * A phrase as it is written and reported: one space between words, none around a hyphen (the
   * tokens of "জি-২০" are জি, -, ২০; its value is still জি-২০).
   */
  private static String written(String[] words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && !words[i].equals("-") && !words[i - 1].equals("-")) {
        b.append(' ');
      }
      b.append(words[i]);
    }
    return b.toString();
  }

  /**
   * The words of a phrase as the segmenter tokenizes them: split at white space and hyphens, a
   * hyphen a word of its own ("" for a blank phrase). White space is ASCII's: a no-break space
   * joins words, as in the texts.
   */
  static String[] splitWords(String phrase) {
    // By hand rather than a Pattern's split (what the regex \s+ splits at): the lexicons split some
    // 10,000 phrases at start.
    String spaced = (phrase.indexOf('-') < 0 ? phrase : phrase.replace("-", " - ")).strip();
    int n = spaced.length();
    int count = 0;
    for (int i = 0; i < n; count++) {
      i = nextWord(spaced, wordEnd(spaced, i));
    }
    String[] words = new String[Math.max(count, 1)];
    words[0] = "";
    for (int i = 0, k = 0; i < n; k++) {
      int end = wordEnd(spaced, i);
      words[k] = spaced.substring(i, end);
      i = nextWord(spaced, end);
    }
    return words;
  }

  private static int wordEnd(String s, int i) {
    while (i < s.length() && !isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int nextWord(String s, int i) {
    while (i < s.length() && isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The chars of the regex class {@code \s}: ASCII's white space only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}

package dev.nirjas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word forms kept once, and the facts kept with them. */
class VocabularyTest {

  private static final String TEXT = "চীন ও বেলজিয়াম, চীনের সঙ্গে চীন ১৯৭১ 1971";

  /** The token of the {@code n}th occurrence of {@code form} in {@link #TEXT}. */
  private static Token token(Vocabulary v, String form, int n) {
    int at = -1;
    for (int k = 0; k <= n; k++) {
      at = TEXT.indexOf(form, at + 1);
    }
    return v.token(at, at + form.length(), TEXT, at, at + form.length(), TokenKind.WORD);
  }

  @ParameterizedTest(name = "{0} #{1} and {2} #{3}: same entry {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # form  | n | form   | n | one string
      চীন     | 0 | চীন     | 1 | true
      চীন     | 0 | চীন     | 2 | true
      চীন     | 0 | চীনের   | 0 | false
      ১৯৭১    | 0 | 1971   | 0 | false
      বেলজিয়াম | 0 | বেলজিয়াম | 0 | true
      """)
  void tokensOfOneFormShareItsString(String a, int na, String b, int nb, boolean same) {
    Vocabulary v = new Vocabulary();
    Token x = token(v, a, na);
    Token y = token(v, b, nb);
    assertThat(x.form()).isEqualTo(a);
    assertThat(y.form()).isEqualTo(b);
    assertThat(x.form() == y.form()).isEqualTo(same);
    assertThat(x.start() == y.start()).isEqualTo(a.equals(b) && na == nb);
  }

  @Test
  void oneFormOfTwoKindsIsTwoEntriesEachWithItsKind() {
    // "১৯৭১" read as a number and, by a caller that says so, as a word: never one entry's kind for both
    Vocabulary v = new Vocabulary();
    int at = TEXT.indexOf("১৯৭১");
    Token number = v.token(at, at + 4, TEXT, at, at + 4, TokenKind.NUMBER);
    Token word = v.token(at, at + 4, TEXT, at, at + 4, TokenKind.WORD);
    Token again = v.token(at, at + 4, TEXT, at, at + 4, TokenKind.NUMBER);
    assertThat(number.kind()).isEqualTo(TokenKind.NUMBER);
    assertThat(word.kind()).isEqualTo(TokenKind.WORD);
    assertThat(again.kind()).isEqualTo(TokenKind.NUMBER);
    assertThat(again.form()).isSameAs(number.form());
    assertThat(word.form()).isNotSameAs(number.form());
    assertThat(number.value()).isEqualByComparingTo("1971");
    assertThat(word.value()).isNull();
    assertThatThrownBy(() -> v.token(at, at + 4, TEXT, at, at + 4, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aFactIsComputedOncePerForm() {
    Vocabulary v = new Vocabulary();
    AtomicInteger calls = new AtomicInteger();
    FormFact<Integer> length = FormFact.of(f -> {
      calls.incrementAndGet();
      return f.length();
    });
    assertThat(length.get(token(v, "চীন", 0))).isEqualTo(3);
    assertThat(length.get(token(v, "চীন", 1))).isEqualTo(3);
    assertThat(length.get(token(v, "চীন", 2))).isEqualTo(3);
    assertThat(calls).hasValue(1);
    assertThat(length.get(token(v, "চীনের", 0))).isEqualTo(5);
    assertThat(calls).hasValue(2);
  }

  @Test
  void aNullFactIsKeptToo() {
    Vocabulary v = new Vocabulary();
    AtomicInteger calls = new AtomicInteger();
    FormFact<String> none = FormFact.of(f -> {
      calls.incrementAndGet();
      return null;
    });
    assertThat(none.get(token(v, "ও", 0))).isNull();
    assertThat(none.get(token(v, "ও", 0))).isNull();
    assertThat(calls).hasValue(1);
  }

  @Test
  void factsSharingASlotStillGiveTheirOwnValues() {
    Vocabulary v = new Vocabulary();
    List<FormFact<String>> facts = new ArrayList<>();
    for (int i = 0; i < FormFact.SLOTS * 2 + 1; i++) { // more facts than slots: some share one
      int k = i;
      facts.add(FormFact.of(f -> f + k));
    }
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < facts.size(); i++) {
        assertThat(facts.get(i).get(token(v, "চীন", round))).isEqualTo("চীন" + i);
      }
    }
  }

  @Test
  void factsSharingASlotOnManyThreadsAtOnceGiveTheirOwnValues() throws Exception {
    Vocabulary v = new Vocabulary();
    List<FormFact<String>> facts = new ArrayList<>();
    for (int i = 0; i < FormFact.SLOTS * 2 + 1; i++) {
      int k = i;
      facts.add(FormFact.of(f -> f + k));
    }
    String[] forms = {"চীন", "বেলজিয়াম", "ও", "১৯৭১", "চীনের", "1971"};
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        done.add(pool.submit(() -> {
          java.util.Random r = new java.util.Random(seed);
          int checked = 0;
          for (int n = 0; n < 20_000; n++) {
            String form = forms[r.nextInt(forms.length)];
            int k = r.nextInt(facts.size());
            assertThat(facts.get(k).get(token(v, form, 0))).isEqualTo(form + k);
            checked++;
          }
          return checked;
        }));
      }
      for (java.util.concurrent.Future<Integer> f : done) {
        assertThat(f.get()).isEqualTo(20_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The first {@link FormFact#SLOTS} facts made have a bit each, in which a form records that it
   * has none of the fact; a later fact shares a slot with one of them. (The facts here are made
   * with chosen numbers: which numbers a test's facts get otherwise depends on what the JVM made
   * before.)
   */
  @ParameterizedTest
  @CsvSource({"3, 35", "0, 32", "31, 63"})
  void aFactWithABitAndOneWithoutInOneSlotEachKeepTheirOwn(int withBit, int without) {
    Vocabulary v = new Vocabulary();
    AtomicInteger calls = new AtomicInteger();
    FormFact<String> a = longFormsCounted(calls, withBit);
    FormFact<String> b = new FormFact<>(t -> "b:" + t.form(), without);
    // two facts with values asked first take a form's two places before its slots
    FormFact<String> c = new FormFact<>(t -> "c:" + t.form(), 10);
    FormFact<String> d = new FormFact<>(t -> "d:" + t.form(), 11);
    assertThat(a.slot).isEqualTo(b.slot);
    assertThat(a.bit).isNotZero();
    assertThat(b.bit).isZero();
    for (int round = 0; round < 3; round++) {
      for (String form : List.of("চীন", "ও", "বেলজিয়াম")) {
        assertThat(c.get(token(v, form, 0))).isEqualTo("c:" + form);
        assertThat(d.get(token(v, form, 0))).isEqualTo("d:" + form);
        assertThat(a.get(token(v, form, 0))).isEqualTo(form.length() > 2 ? "a:" + form : null);
        assertThat(b.get(token(v, form, 0))).isEqualTo("b:" + form);
      }
    }
    // b's value takes the slot from a's after each of a's reads: a computes again, except for
    // the form that has none of a, which its bit answers
    assertThat(calls).hasValue(1 + 2 * 3);
  }

  /** Fact number {@code n}: "a:" and the form for a form longer than two chars (ও has none), counted. */
  private static FormFact<String> longFormsCounted(AtomicInteger calls, int n) {
    return new FormFact<>(t -> {
      calls.incrementAndGet();
      return t.form().length() > 2 ? "a:" + t.form() : null;
    }, n);
  }

  /**
   * A form keeps its first two facts with values in places of their own, whatever their slots:
   * two facts of one slot asked of a form that has no other are each computed once.
   */
  @ParameterizedTest
  @CsvSource({"3, 35", "0, 32", "31, 63"})
  void theFirstTwoFactsOfAFormKeepTheirValuesThoughTheyShareASlot(int withBit, int without) {
    Vocabulary v = new Vocabulary();
    AtomicInteger calls = new AtomicInteger();
    FormFact<String> a = longFormsCounted(calls, withBit);
    FormFact<String> b = new FormFact<>(t -> {
      calls.incrementAndGet();
      return "b:" + t.form();
    }, without);
    assertThat(a.slot).isEqualTo(b.slot);
    for (int round = 0; round < 3; round++) {
      for (String form : List.of("চীন", "ও", "বেলজিয়াম")) {
        assertThat(a.get(token(v, form, 0))).isEqualTo(form.length() > 2 ? "a:" + form : null);
        assertThat(b.get(token(v, form, 0))).isEqualTo("b:" + form);
      }
    }
    assertThat(calls).hasValue(3 + 3); // a once a form (ও's null in its bit), b once a form
  }

  @Test
  void aFactWithABitIsComputedOncePerFormNullOrNot() {
    Vocabulary v = new Vocabulary();
    AtomicInteger calls = new AtomicInteger();
    FormFact<Integer> longOnly = new FormFact<>(t -> {
      calls.incrementAndGet();
      return t.form().length() > 1 ? t.form().length() : null;
    }, 7);
    for (int round = 0; round < 3; round++) {
      assertThat(longOnly.get(token(v, "চীন", round))).isEqualTo(3);
      assertThat(longOnly.get(token(v, "ও", 0))).isNull();
    }
    assertThat(calls).hasValue(2);
  }

  @Test
  void factsWithAndWithoutBitsSharingSlotsOnManyThreadsGiveTheirOwnValues() throws Exception {
    Vocabulary v = new Vocabulary();
    List<FormFact<String>> facts = new ArrayList<>();
    for (int n = 0; n < 3 * FormFact.SLOTS; n++) { // a third with bits
      int k = n;
      facts.add(new FormFact<>(t -> k % 3 == 0 ? null : t.form() + k, n));
    }
    String[] forms = {"চীন", "বেলজিয়াম", "ও", "১৯৭১", "চীনের", "1971"};
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        done.add(pool.submit(() -> {
          java.util.Random r = new java.util.Random(seed);
          for (int n = 0; n < 50_000; n++) {
            String form = forms[r.nextInt(forms.length)];
            int k = r.nextInt(facts.size());
            assertThat(facts.get(k).get(token(v, form, 0))).isEqualTo(k % 3 == 0 ? null : form + k);
          }
          return 50_000;
        }));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get()).isEqualTo(50_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTokenMadeByHandKeepsItsOwnFacts() {
    AtomicInteger calls = new AtomicInteger();
    FormFact<Integer> length = FormFact.of(f -> {
      calls.incrementAndGet();
      return f.length();
    });
    Token a = new Token(0, 3, "চীন", TokenKind.WORD);
    Token b = new Token(5, 8, "চীন", TokenKind.WORD);
    assertThat(length.get(a)).isEqualTo(3);
    assertThat(length.get(a)).isEqualTo(3);
    assertThat(length.get(b)).isEqualTo(3);
    assertThat(calls).hasValue(2);
  }

  @Test
  void pastItsCapacityAFormIsNotKeptButReadsTheSame() {
    Vocabulary v = new Vocabulary(1);
    Token first = token(v, "চীন", 0);
    Token other = token(v, "বেলজিয়াম", 0);
    Token otherAgain = token(v, "বেলজিয়াম", 0);
    assertThat(v.size()).isEqualTo(1);
    assertThat(token(v, "চীন", 1).form()).isSameAs(first.form());
    assertThat(otherAgain.form()).isEqualTo(other.form()).isNotSameAs(other.form());
    Vocabulary none = new Vocabulary(0);
    assertThat(token(none, "চীন", 0).form()).isEqualTo("চীন");
    assertThat(none.size()).isZero();
  }

  @ParameterizedTest(name = "capacity {0}")
  @CsvSource({"0", "1"})
  void aFormPastItsCapacityMetAgainByARunSharesOneEntry(int capacity) {
    // A full vocabulary meets a new word (a name in the news): its tokens in the thread's runs share
    // the entry the last one made, so a fact of it is computed once, not once per token.
    String text = "চীন বেলজিয়াম বেলজিয়াম চীন বেলজিয়াম";
    Vocabulary v = new Vocabulary(capacity);
    AtomicInteger calls = new AtomicInteger();
    FormFact<Integer> length = FormFact.of(f -> {
      calls.incrementAndGet();
      return f.length();
    });
    Vocabulary.Pending run = new Vocabulary.Pending();
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      run.add(at, at + w.length(), at, at + w.length(), TokenKind.WORD);
      if (w.equals("চীন")) {
        v.addTokens(run, text, tokens); // two runs: the entry outlives the run that made it
      }
      at += w.length() + 1;
    }
    v.addTokens(run, text, tokens);
    assertThat(tokens).extracting(Token::form).containsExactly(text.split(" "));
    assertThat(v.size()).isEqualTo(capacity);
    assertThat(tokens.get(2).form()).isSameAs(tokens.get(1).form());
    assertThat(tokens.get(4).form()).isSameAs(tokens.get(1).form());
    assertThat(tokens.get(3).form()).isSameAs(tokens.get(0).form());
    for (Token t : tokens) {
      assertThat(length.get(t)).isEqualTo(t.form().length());
    }
    assertThat(calls).hasValue(2);
  }

  @Test
  void aTokenKeepsTheKeyAndValueOfItsForm() {
    Vocabulary v = new Vocabulary();
    Token t = v.token(0, 4, "১,৯৭১", 0, 5, TokenKind.NUMBER);
    assertThat(t.value()).isEqualByComparingTo("1971");
    assertThat(t.form()).isEqualTo("১,৯৭১");
    assertThat(token(v, "চীনের", 0).key()).isEqualTo(token(v, "চীন", 0).key());
  }

  /** "Aa" and "BB" hash alike, so do all 2^blocks words made of that many of them. */
  private static List<String> collidingWords(int blocks) {
    return collidingWords(blocks, "Aa", "BB");
  }

  /** All 2^blocks words made of that many of two pairs of chars that hash alike. */
  private static List<String> collidingWords(int blocks, String one, String other) {
    assertThat(one.hashCode()).isEqualTo(other.hashCode());
    List<String> words = new ArrayList<>();
    for (int bits = 0; bits < 1 << blocks; bits++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < blocks; k++) {
        b.append((bits >> k & 1) == 0 ? one : other);
      }
      words.add(b.toString());
    }
    return words;
  }

  @Test
  void formsOfOneHashAreReadRightAndOnlyAFewAreKept() {
    // "Aa" and "BB" hash alike, so do all 2^10 words made of ten of them: an adversary's text
    List<String> words = collidingWords(10);
    assertThat(words.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
    String text = String.join(" ", words);
    Vocabulary v = new Vocabulary();
    for (int round = 0; round < 2; round++) {
      int at = 0;
      for (String w : words) {
        assertThat(v.token(at, at + w.length(), text, at, at + w.length(), TokenKind.WORD).form()).isEqualTo(w);
        at += w.length() + 1;
      }
    }
    assertThat(v.size()).isLessThanOrEqualTo(16); // the rest are not kept: each costs a bounded probe
  }

  @ParameterizedTest(name = "U+{0}{1} and U+{2}{3}")
  @CsvSource({"8000, 8020, 8001, 8001", "0000, 001F, 0001, 0000"})
  void formsOfOneHashDifferingInHighCharsOrNulsAreReadRightInARun(String a, String b, String c, String d) {
    // a run matches on the first eight chars packed four to a long: chars with the top bit set and
    // NULs (which the packing's zeros pad past a short form) must tell forms apart as chars do
    List<String> words = collidingWords(5, hex(a) + hex(b), hex(c) + hex(d)); // 32 forms of 10 chars
    List<String> shorter = collidingWords(2, hex(a) + hex(b), hex(c) + hex(d)); // and of 4
    List<String> all = new ArrayList<>(words);
    all.addAll(shorter);
    String text = String.join(" ", all);
    Vocabulary v = new Vocabulary();
    Vocabulary.Pending run = new Vocabulary.Pending();
    for (int round = 0; round < 2; round++) {
      List<Token> tokens = new ArrayList<>();
      int at = 0;
      for (String w : all) {
        if (run.add(at, at + w.length(), at, at + w.length(), TokenKind.WORD)) {
          v.addTokens(run, text, tokens);
        }
        at += w.length() + 1;
      }
      v.addTokens(run, text, tokens);
      assertThat(tokens).extracting(Token::form).containsExactlyElementsOf(all);
    }
  }

  private static String hex(String code) {
    return String.valueOf((char) Integer.parseInt(code, 16));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> new Vocabulary(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Vocabulary().token(3, 2, TEXT, 0, 3, TokenKind.WORD))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormFact.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void threadsMeetingTheSameFormsKeepOneEntryEach() throws Exception {
    Vocabulary v = new Vocabulary();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      words.add("শব্দ" + i);
    }
    String text = String.join(" ", words);
    Map<String, String> seen = new ConcurrentHashMap<>();
    AtomicInteger different = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          int at = 0;
          for (String w : words) {
            String form = v.token(at, at + w.length(), text, at, at + w.length(), TokenKind.WORD).form();
            if (seen.putIfAbsent(w, form) != null && seen.get(w) != form) {
              different.incrementAndGet();
            }
            at += w.length() + 1;
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(v.size()).isEqualTo(words.size());
    assertThat(different).hasValue(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text, words split at spaces; a word after '#' is a NUMBER token
      চীন ও বেলজিয়াম, চীনের সঙ্গে চীন
      আন্তর্জাতিক আন্তর্জাতিকভাবে আন্তর্জাতিক আন্তর্জাতিকতা
      #১৯৭১ ১৯৭১ #১৯৭১ 1971 #1971
      AaAaAaAaAaBB AaAaAaAaBBAa AaAaAaAaAaBB BBAaAaAaAaAa AaAaAaAaBBAa
      ক ক১ ক২ ক কক ককক কককক ককককক কককককককক ককককককককক কককককককক
      """)
  void aRunOfTokensIsMadeAsOneByOne(String line) {
    // the last two rows: forms of one hash and one length, which only their chars tell apart; and
    // forms of one letter repeated, one to eleven times
    List<String> words = new ArrayList<>();
    List<TokenKind> kinds = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int round = 0; round < 30; round++) { // more tokens than a run holds
      for (String w : line.split(" ")) {
        boolean number = w.startsWith("#");
        words.add(number ? w.substring(1) : w);
        kinds.add(number ? TokenKind.NUMBER : TokenKind.WORD);
        text.append(number ? w.substring(1) : w).append(' ');
      }
    }
    Vocabulary batched = new Vocabulary();
    Vocabulary single = new Vocabulary();
    Vocabulary.Pending pending = new Vocabulary.Pending();
    List<Token> got = new ArrayList<>();
    List<Token> expected = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      int end = at + words.get(i).length();
      expected.add(single.token(at + 1, end + 1, text.toString(), at, end, kinds.get(i)));
      if (pending.add(at + 1, end + 1, at, end, kinds.get(i))) {
        batched.addTokens(pending, text.toString(), got);
      }
      at = end + 1;
    }
    batched.addTokens(pending, text.toString(), got);
    assertThat(got).isEqualTo(expected);
    assertThat(got).extracting(Token::kind).isEqualTo(kinds);
    assertThat(batched.size()).isEqualTo(single.size());
    Map<String, String> shared = new java.util.HashMap<>();
    for (Token t : got) { // one string per form and kind, as token() keeps it
      String key = t.kind() + " " + t.form();
      assertThat(shared.computeIfAbsent(key, k -> t.form())).isSameAs(t.form());
    }

    // the run reading the forms from the text's chars (as the segmenter has it do) finds the very
    // entries token() made from the string: the same hashes and first chars either way
    String whole = text.toString();
    Vocabulary.Pending withChars = new Vocabulary.Pending();
    char[] chars = withChars.charsOf(whole);
    assertThat(new String(chars, 0, whole.length())).isEqualTo(whole);
    at = 0;
    for (int i = 0; i < words.size(); i++) {
      int end = at + words.get(i).length();
      if (withChars.add(at + 1, end + 1, at, end, kinds.get(i))) {
        single.addTokens(withChars, whole);
      }
      at = end + 1;
    }
    single.addTokens(withChars, whole);
    List<Token> fromChars = withChars.takeTokens();
    assertThat(fromChars).isEqualTo(expected);
    assertThat(single.size()).isEqualTo(batched.size()); // no entry made twice
    for (int i = 0; i < fromChars.size(); i++) {
      assertThat(fromChars.get(i).form()).isSameAs(expected.get(i).form());
    }
  }

  @ParameterizedTest(name = "capacity {0}, words of {1} chars")
  @CsvSource({"0, 20", "1, 20", "131072, 20", "131072, 2", "131072, 4", "131072, 6", "131072, 8", "131072, 10"})
  void aRunOfCollidingFormsReadsAsOneByOneWhateverTheVocabularyKeeps(int capacity, int chars) {
    // 2^(chars / 2) words of one hash ("Aa" and "BB" hash alike): a crowded neighbourhood, and a
    // vocabulary that keeps none, one or all of them; twice, so that the second round finds what the
    // first kept. A run matches a form by its hash, length and first eight chars, and reads the
    // string past them: words of up to eight chars and longer, differing anywhere.
    List<String> words = collidingWords(chars / 2);
    String text = String.join(" ", words);
    Vocabulary batched = new Vocabulary(capacity);
    Vocabulary single = new Vocabulary(capacity);
    Vocabulary.Pending pending = new Vocabulary.Pending();
    for (int round = 0; round < 2; round++) {
      List<Token> got = new ArrayList<>();
      List<Token> expected = new ArrayList<>();
      int at = 0;
      for (String w : words) {
        expected.add(single.token(at, at + w.length(), text, at, at + w.length(), TokenKind.WORD));
        if (pending.add(at, at + w.length(), at, at + w.length(), TokenKind.WORD)) {
          batched.addTokens(pending, text, got);
        }
        at += w.length() + 1;
      }
      batched.addTokens(pending, text, got);
      assertThat(got).isEqualTo(expected);
      assertThat(got).extracting(Token::form).isEqualTo(words);
    }
    assertThat(batched.size()).isEqualTo(single.size()).isLessThanOrEqualTo(16);
  }

  @Test
  void aRunRefusesBadTokensAndMoreThanItHolds() {
    Vocabulary.Pending pending = new Vocabulary.Pending();
    assertThatThrownBy(() -> pending.add(3, 2, 0, 3, TokenKind.WORD)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pending.add(0, 3, 0, 3, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> pending.add(0, 3, 3, 2, TokenKind.WORD)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pending.add(0, 3, -1, 2, TokenKind.WORD)).isInstanceOf(IllegalArgumentException.class);
    for (int i = 1; i < Vocabulary.Pending.CAPACITY; i++) {
      assertThat(pending.add(0, 3, 0, 3, TokenKind.WORD)).isFalse();
    }
    assertThat(pending.add(0, 3, 0, 3, TokenKind.WORD)).isTrue();
    assertThatThrownBy(() -> pending.add(0, 3, 0, 3, TokenKind.WORD)).isInstanceOf(IllegalStateException.class);
    List<Token> out = new ArrayList<>();
    new Vocabulary().addTokens(pending, TEXT, out);
    assertThat(out).hasSize(Vocabulary.Pending.CAPACITY).allMatch(t -> t.form().equals("চীন"));
    assertThat(pending.add(0, 3, 0, 3, TokenKind.WORD)).isFalse(); // emptied
    List<Token> none = new ArrayList<>();
    new Vocabulary().addTokens(pending.clear(), TEXT, none); // a run left by a failed call: dropped
    assertThat(none).isEmpty();
  }

  @Test
  void aRunKeepsTheTokensItMakesUntilTheyAreTaken() {
    Vocabulary v = new Vocabulary();
    Vocabulary.Pending pending = new Vocabulary.Pending();
    pending.add(0, 3, 0, 3, TokenKind.WORD); // চীন
    pending.add(4, 5, 4, 5, TokenKind.WORD); // ও
    v.addTokens(pending, TEXT);
    pending.add(6, 15, 6, 15, TokenKind.WORD); // বেলজিয়াম (য and its nukta), made by a second call
    v.addTokens(pending, TEXT);
    List<Token> got = pending.takeTokens();
    assertThat(got).extracting(Token::form, Token::start, Token::end)
        .containsExactly(tuple("চীন", 0, 3), tuple("ও", 4, 5), tuple(TEXT.substring(6, 15), 6, 15));
    assertThatThrownBy(() -> got.add(got.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(pending.takeTokens()).isEmpty(); // taken: the run's list starts over
    pending.add(0, 3, 0, 3, TokenKind.WORD);
    v.addTokens(pending, TEXT);
    assertThat(pending.clear().takeTokens()).isEmpty(); // a call that failed leaves none behind
    assertThat(got).extracting(Token::form, Token::start, Token::end) // the caller's: later runs do not touch it
        .containsExactly(tuple("চীন", 0, 3), tuple("ও", 4, 5), tuple(TEXT.substring(6, 15), 6, 15));
  }

  @Test
  void aRunKeepsTheCopyOfAShortTextOnlyAndReadsFromItOnlyForThatText() {
    Vocabulary v = new Vocabulary();
    String kept = v.token(0, 3, TEXT, 0, 3, TokenKind.WORD).form(); // চীন, from the string
    Vocabulary.Pending pending = new Vocabulary.Pending();
    String text = "চীন ও ".repeat(Vocabulary.Pending.CHARS_KEPT / 5); // past the room a thread keeps
    char[] chars = pending.charsOf(text);
    assertThat(new String(chars, 0, text.length())).isEqualTo(text);
    pending.add(0, 3, 0, 3, TokenKind.WORD);
    v.addTokens(pending, text);
    assertThat(pending.takeTokens().get(0).form()).isSameAs(kept);
    assertThat(pending.charsRoom()).isEqualTo(Vocabulary.Pending.CHARS_START); // the long one had its own copy
    // the copy of another text is not read for this one: a text of the same length, other chars
    pending.charsOf("ক".repeat(TEXT.length()));
    pending.add(0, 3, 0, 3, TokenKind.WORD);
    v.addTokens(pending, TEXT);
    assertThat(pending.takeTokens().get(0).form()).isSameAs(kept);
    assertThat(v.size()).isEqualTo(1);
    // a text within the room is copied into it, and the room stays through a longer text
    pending.charsOf("ক".repeat(10_000));
    pending.takeTokens();
    int room = pending.charsRoom();
    assertThat(room).isBetween(10_000, Vocabulary.Pending.CHARS_KEPT);
    assertThat(pending.charsOf(text)).hasSize(text.length());
    pending.takeTokens();
    assertThat(pending.charsRoom()).isEqualTo(room);
  }

  @Test
  void aRunHoldsAnyNumberOfTokensAndKeepsRoomOnlyForAShortDocument() {
    Vocabulary v = new Vocabulary();
    Vocabulary.Pending pending = new Vocabulary.Pending();
    for (int i = 0; i < 5_000; i++) { // a document of 5,000 tokens: its room is kept for the next
      if (pending.add(i, i + 1, 0, 3, TokenKind.WORD)) {
        v.addTokens(pending, TEXT);
      }
    }
    v.addTokens(pending, TEXT);
    assertThat(pending.takeTokens()).hasSize(5_000);
    assertThat(pending.madeRoom()).isGreaterThanOrEqualTo(5_000);
    int n = Vocabulary.Pending.MADE_KEPT + 1; // past the room a thread keeps between documents
    for (int i = 0; i < n; i++) {
      if (pending.add(i, i + 1, i % 3 == 0 ? 0 : 4, i % 3 == 0 ? 3 : 5, TokenKind.WORD)) {
        v.addTokens(pending, TEXT);
      }
    }
    v.addTokens(pending, TEXT);
    List<Token> got = pending.takeTokens();
    assertThat(got).hasSize(n);
    for (int i = 0; i < n; i += 997) {
      assertThat(got.get(i).start()).isEqualTo(i);
      assertThat(got.get(i).form()).isEqualTo(i % 3 == 0 ? "চীন" : "ও");
    }
    assertThat(got.get(n - 1).start()).isEqualTo(n - 1);
    assertThat(pending.madeRoom()).isEqualTo(Vocabulary.Pending.MADE_START); // the long one's room dropped
  }
}

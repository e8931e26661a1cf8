package dev.nirjas.time;

import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import dev.nirjas.TokenKind;
import dev.nirjas.sentence.SentenceTokens;
import dev.nirjas.text.Dashes;
import dev.nirjas.time.TimeLexicon.Entry;
import dev.nirjas.time.TimeLexicon.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The reading API every time rule shares: one sentence's tokens, the number mention starting at
 * each token, the words' roles in the time lexicon (looked up once per form), and the absolute
 * date at each token (read once, since ranges and date-times ask for it again).
 */
final class TimeSentence {
  final TimeLexicon lexicon;
  private final TimeGrammar grammar;
  /**
   * The sentence's tokens in an array (the window's own, {@link SentenceTokens#array}), and their
   * count: the rules read them many times a sentence, and a read through the list was an
   * interface call under the command line's first-tier JIT. Past {@code n} the array holds an
   * earlier sentence's tokens: every read checks its index against {@code n} first.
   */
  private Token[] array = new Token[0];
  /** Room for the tokens of a list that is not a window (tests give such lists). */
  private Token[] own = new Token[0];
  private int n;
  // Per token, for the sentence read now; one sentence after another reuses them (a document's
  // sentences were four arrays each, a twentieth of what the pipeline allocated).
  private NumberMention[] numbers = new NumberMention[0];
  private int[] numberEnds = new int[0];
  private TimeReading[] dateAt = new TimeReading[0];
  private boolean[] dateDone = new boolean[0];
  /** What {@link TimeGrammar#read} found in the sentence read last. */
  private final List<TimeReading> readings = new ArrayList<>();

  /** A reader for one thread's sentences, one at a time: {@link #reset} gives it the next. */
  TimeSentence(TimeGrammar grammar, TimeLexicon lexicon) {
    this.grammar = grammar;
    this.lexicon = lexicon;
  }

  /** Makes this the reading of a sentence: its tokens and the number mentions among them, in order. */
  TimeSentence reset(List<Token> tokens, List<NumberMention> mentions) {
    int n = tokens.size();
    array = tokens instanceof SentenceTokens window ? window.array()
        : (own = SentenceTokens.copy(tokens, own)); // a window's array read, not copied
    this.n = n;
    if (n > numbers.length) {
      int size = Math.max(n, 2 * numbers.length);
      numbers = new NumberMention[size];
      numberEnds = new int[size];
      dateAt = new TimeReading[size];
      dateDone = new boolean[size];
    } else {
      Arrays.fill(numbers, 0, n, null);
      Arrays.fill(numberEnds, 0, n, 0);
      Arrays.fill(dateAt, 0, n, null);
      Arrays.fill(dateDone, 0, n, false);
    }
    int t = 0;
    for (int mi = 0; mi < mentions.size(); mi++) {
      NumberMention m = mentions.get(mi);
      while (t < n && array[t].start() < m.span().start()) {
        t++;
      }
      if (t < n && array[t].start() == m.span().start() && !designation(t)) {
        int e = t;
        while (e < n && array[e].end() <= m.span().end()) {
          e++;
        }
        numbers[t] = m;
        numberEnds[t] = e;
      }
    }
    return this;
  }

  int size() {
    return n;
  }

  /** {@return token i} @throws IndexOutOfBoundsException if i is not a token of the sentence */
  Token token(int i) {
    return array[Objects.checkIndex(i, n)];
  }

  /** {@return the list {@link TimeGrammar#read} reads this sentence into} */
  List<TimeReading> readings() {
    return readings;
  }

  Entry entry(int i) {
    if (i < 0 || i >= n) {
      return null;
    }
    return lexicon.entry(array[i]); // kept with the form (FormFact)
  }

  /**
   * Whether a time expression may start at token i: a number, a digit token, a time word, or a
   * প্রতি- compound. Checked first, so that an ordinary word costs one fact kept with its form.
   */
  boolean mayStart(int i) {
    if (i < 0 || i >= n) {
      return false;
    }
    if (numbers[i] != null) {
      return true;
    }
    return lexicon.mayStart(array[i]) && !designation(i); // the form first: one kept fact
  }

  /**
   * Whether token i is the number of a designation, hyphenated to a word (ডি-৮, বিজি-২০২৪,
   * ভিশন-২০২১): never a year, a day or a count of units, whatever follows it.
   */
  private boolean designation(int i) {
    return i >= 2 && dash(i - 1) && glued(i - 2, i - 1) && glued(i - 1, i)
        && array[i - 2].kind() == TokenKind.WORD;
  }

  Role role(int i) {
    Entry e = entry(i);
    return e == null ? null : e.role();
  }

  boolean is(int i, Role r) {
    return role(i) == r;
  }

  NumberMention number(int i) {
    return i >= 0 && i < n ? numbers[i] : null;
  }

  int numberEnd(int i) {
    return numberEnds[i];
  }

  String form(int i) {
    return i >= 0 && i < n ? array[i].form() : "";
  }

  boolean punct(int i, String p) {
    return i >= 0 && i < n && array[i].form().equals(p);
  }

  boolean dash(int i) {
    String f = form(i);
    return f.length() == 1 && Dashes.isDash(f.charAt(0));
  }

  boolean glued(int a, int b) {
    return a >= 0 && b < n && array[a].end() == array[b].start();
  }

  /** The longest absolute date at token i, with a leading or trailing weekday (read once). */
  TimeReading date(int i) {
    if (i < 0 || i >= size() || !mayStart(i)) {
      return null;
    }
    if (!dateDone[i]) {
      dateAt[i] = grammar.readDate(this, i);
      dateDone[i] = true;
    }
    return dateAt[i];
  }
}

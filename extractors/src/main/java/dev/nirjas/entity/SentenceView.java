package dev.nirjas.entity;

import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Token;
import dev.nirjas.entity.EntityLexicon.Place;
import dev.nirjas.sentence.SentenceTokens;
import dev.nirjas.text.PhraseTable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One sentence as the entity rules see it: its tokens, which of them earlier stages' mentions
 * cover (a name never takes a date or an amount), and where a date range starts.
 */
final class SentenceView {
  List<Token> tokens = List.of();
  /**
   * The tokens again, in an array (the window's own, {@link SentenceTokens#array}): the rules read
   * them many times a sentence, and a read through the list was an interface call under the
   * command line's first-tier JIT. Past {@code n} it holds an earlier sentence's tokens: every
   * read checks its index against {@code n} first.
   */
  private Token[] array = new Token[0];
  /** Room for the tokens of a list that is not a window (tests give such lists). */
  private Token[] own = new Token[0];
  private int n;
  // Per token, for the sentence viewed now; a document's sentences reuse them one after another.
  /** For each token, the mention covering it, if one (null otherwise). */
  private Mention[] covering = new Mention[0];
  /** For each token, whether it is name-like: 0 not yet asked, 1 no, 2 yes (see EntityRules). */
  private byte[] nameLike = new byte[0];
  /** For each token, {@link #KNOWN} and the tables a phrase may start at it; 0: not yet asked. */
  private byte[] starts = new byte[0];
  private static final int KNOWN = 0x40;

  /** A view of one sentence, then of the next ({@link #reset}): one per document, on one thread. */
  SentenceView() {}

  /** Views a sentence: its tokens and the earlier stages' mentions inside it, both in text order. */
  SentenceView reset(List<Token> tokens, List<Mention> mentions) {
    this.tokens = tokens;
    int n = tokens.size();
    array = tokens instanceof SentenceTokens window ? window.array()
        : (own = SentenceTokens.copy(tokens, own)); // a window's array read, not copied
    this.n = n;
    if (n > covering.length) {
      covering = new Mention[Math.max(n, 2 * covering.length)];
      nameLike = new byte[covering.length];
      starts = new byte[covering.length];
    } else {
      Arrays.fill(covering, 0, n, null);
      Arrays.fill(nameLike, 0, n, (byte) 0);
      Arrays.fill(starts, 0, n, (byte) 0);
    }
    if (places != null) {
      Arrays.fill(places, 0, Math.min(n, places.length), null);
    }
    int t = 0;
    for (int mi = 0; mi < mentions.size(); mi++) { // both in text order: one walk
      Mention m = mentions.get(mi);
      while (t < n && array[t].end() <= m.span().start()) {
        t++;
      }
      for (int k = t; k < n && array[k].start() < m.span().end(); k++) {
        covering[k] = m;
      }
    }
    return this;
  }

  int size() {
    return n;
  }

  Token token(int i) {
    return array[Objects.checkIndex(i, n)];
  }

  String form(int i) {
    return token(i).form();
  }

  /** Whether token {@code i} lies in a mention a name may not take (anything but NUMBER, ORDINAL). */
  boolean blocked(int i) {
    Mention m = covering[i];
    return m != null && m.type() != MentionType.NUMBER && m.type() != MentionType.ORDINAL;
  }

  /** Whether any token in [from, to) is blocked. */
  boolean blocked(int from, int to) {
    for (int i = from; i < to; i++) {
      if (blocked(i)) {
        return true;
      }
    }
    return false;
  }

  /** The mention covering token {@code i}, or null. */
  Mention mentionAt(int i) {
    return covering[i];
  }

  /**
   * The tables that may have a phrase starting at token {@code i} (EntityLexicon#phraseStarts),
   * read once a token: the place, title and organization rules each ask it of every token.
   */
  int phraseStarts(int i, EntityLexicon lexicon) {
    int known = starts[Objects.checkIndex(i, n)];
    if (known == 0) {
      known = lexicon.phraseStarts(array[i]) | KNOWN;
      starts[i] = (byte) known;
    }
    return known & ~KNOWN;
  }

  /**
   * The place phrase starting at each token and running at most to the sentence's end; see
   * {@link #place}. Made at the first sentence that asks, then cleared for each sentence.
   */
  private Object[] places;
  private static final Object NO_PLACE = new Object();

  /**
   * The place phrase starting at token {@code i} within the sentence, read once: the place rule
   * and the affiliation rule both ask it of every token where a place may start.
   */
  @SuppressWarnings("unchecked")
  PhraseTable.Match<Place> place(int i, EntityLexicon lexicon) {
    if (places == null || places.length < n) {
      places = new Object[Math.max(n, places == null ? 0 : 2 * places.length)];
    }
    Object p = places[i];
    if (p == null) {
      p = lexicon.placeAt(tokens, i, n);
      places[i] = p == null ? NO_PLACE : p;
    }
    return p == NO_PLACE ? null : (PhraseTable.Match<Place>) p;
  }

  /** Whether token {@code i} is name-like, as remembered ({@link Boolean} null: not yet asked). */
  Boolean nameLike(int i) {
    return nameLike[i] == 0 ? null : nameLike[i] == 2;
  }

  /** Remembers whether token {@code i} is name-like: the rules ask several times per token. */
  boolean rememberNameLike(int i, boolean value) {
    nameLike[i] = (byte) (value ? 2 : 1);
    return value;
  }

  /** Whether token {@code i} is joined to the next with no space ("জ্যাঁ" "-" "লুক"). */
  boolean gluedToNext(int i) {
    return i + 1 < n && token(i).end() == token(i + 1).start();
  }
}

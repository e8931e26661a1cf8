package dev.nirjas.entity;

import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.Token;
import dev.nirjas.entity.EntityLexicon.Place;
import dev.nirjas.text.PhraseTable;
import java.util.List;

/**
 * One sentence as the entity rules see it: its tokens, which of them earlier stages' mentions
 * cover (a name never takes a date or an amount), and where a date range starts.
 */
final class SentenceView {
  final List<Token> tokens;
  /** For each token, the mention covering it, if one (null otherwise). */
  private final Mention[] covering;
  /** For each token, whether it is name-like: 0 not yet asked, 1 no, 2 yes (see EntityRules). */
  private final byte[] nameLike;

  SentenceView(List<Token> tokens, List<Mention> mentions) {
    this.tokens = tokens;
    this.covering = new Mention[tokens.size()];
    this.nameLike = new byte[tokens.size()];
    int t = 0;
    for (Mention m : mentions) { // both in text order: one walk
      while (t < tokens.size() && tokens.get(t).end() <= m.span().start()) {
        t++;
      }
      for (int k = t; k < tokens.size() && tokens.get(k).start() < m.span().end(); k++) {
        covering[k] = m;
      }
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String form(int i) {
    return tokens.get(i).form();
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

  /** The tables that may have a phrase starting at token {@code i} (EntityLexicon#phraseStarts). */
  int phraseStarts(int i, EntityLexicon lexicon) {
    return lexicon.phraseStarts(tokens.get(i)); // kept with the form
  }

  /** The place phrase starting at each token and running at most to the sentence's end; see {@link #place}. */
  private Object[] places;
  private static final Object NO_PLACE = new Object();

  /**
   * The place phrase starting at token {@code i} within the sentence, read once: the place rule
   * and the affiliation rule both ask it of every token where a place may start.
   */
  @SuppressWarnings("unchecked")
  PhraseTable.Match<Place> place(int i, EntityLexicon lexicon) {
    if (places == null) {
      places = new Object[tokens.size()];
    }
    Object p = places[i];
    if (p == null) {
      p = lexicon.placeAt(tokens, i, tokens.size());
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
    return i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).start();
  }
}

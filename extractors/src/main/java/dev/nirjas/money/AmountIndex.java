package dev.nirjas.money;

import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import java.util.List;

/**
 * Where the number mentions of one document stand among its tokens: for each token, the NUMBER or
 * NUMBER_RANGE mention that starts there, and whether any mention covers it. Built in one merge
 * pass over the tokens and the mentions, both in text order.
 */
final class AmountIndex {
  private final Amount[] starting;
  private final boolean[] covered;

  private AmountIndex(Amount[] starting, boolean[] covered) {
    this.starting = starting;
    this.covered = covered;
  }

  /** Indexes {@code mentions} (in text order, not overlapping) over {@code tokens}. */
  static AmountIndex of(List<Token> tokens, List<Mention> mentions) {
    Amount[] starting = new Amount[tokens.size()];
    boolean[] covered = new boolean[tokens.size()];
    int t = 0;
    for (Mention m : mentions) {
      int start = m.span().start();
      int end = m.span().end();
      while (t < tokens.size() && tokens.get(t).end() <= start) {
        t++;
      }
      int first = t;
      int k = t;
      while (k < tokens.size() && tokens.get(k).start() < end) {
        covered[k] = true;
        k++;
      }
      if (k > first && m instanceof NumberMention n
          && (n.type() == MentionType.NUMBER || n.type() == MentionType.NUMBER_RANGE)
          && tokens.get(first).start() == start && tokens.get(k - 1).end() == end) {
        starting[first] = new Amount(first, k, n.number(), n.upper(), n.approx(), false);
      }
      t = k;
    }
    return new AmountIndex(starting, covered);
  }

  /** The NUMBER or NUMBER_RANGE mention starting at token {@code i}, or null. */
  Amount at(int i) {
    return i >= 0 && i < starting.length ? starting[i] : null;
  }

  /** Whether token {@code i} lies in a mention of any kind. */
  boolean covered(int i) {
    return i >= 0 && i < covered.length && covered[i];
  }
}

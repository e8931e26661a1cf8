package dev.nirjas.money;

import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Where the number mentions of one document stand among its tokens: for each token, the NUMBER or
 * NUMBER_RANGE mention that starts there, and whether any mention covers it. Built in one merge
 * pass over the tokens and the mentions, both in text order. Kept sparse (the amounts by their
 * first token, sorted; the covered tokens as bits): a table with a slot per token was 5 bytes a
 * token for a mention every ~50 tokens.
 */
final class AmountIndex {
  /** The first tokens of the amounts, ascending, and the amounts, in the same order. */
  private final int[] firsts;
  private final Amount[] amounts;
  private final BitSet covered;

  private AmountIndex(int[] firsts, Amount[] amounts, BitSet covered) {
    this.firsts = firsts;
    this.amounts = amounts;
    this.covered = covered;
  }

  /** Indexes {@code mentions} (in text order, not overlapping) over {@code tokens}. */
  static AmountIndex of(List<Token> tokens, List<Mention> mentions) {
    int[] firsts = new int[Math.min(mentions.size(), 16)];
    Amount[] amounts = new Amount[firsts.length];
    int count = 0;
    BitSet covered = new BitSet();
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
        k++;
      }
      covered.set(first, k);
      if (k > first && m instanceof NumberMention n
          && (n.type() == MentionType.NUMBER || n.type() == MentionType.NUMBER_RANGE)
          && tokens.get(first).start() == start && tokens.get(k - 1).end() == end) {
        if (count == firsts.length) {
          firsts = Arrays.copyOf(firsts, Math.max(16, 2 * count));
          amounts = Arrays.copyOf(amounts, firsts.length);
        }
        firsts[count] = first;
        amounts[count++] = new Amount(first, k, n.number(), n.upper(), n.approx(), false);
      }
      t = k;
    }
    return new AmountIndex(Arrays.copyOf(firsts, count), Arrays.copyOf(amounts, count), covered);
  }

  /** The NUMBER or NUMBER_RANGE mention starting at token {@code i}, or null. */
  Amount at(int i) {
    int at = Arrays.binarySearch(firsts, i);
    return at >= 0 ? amounts[at] : null;
  }

  /** Whether token {@code i} lies in a mention of any kind. */
  boolean covered(int i) {
    return i >= 0 && covered.get(i);
  }
}

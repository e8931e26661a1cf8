package dev.nirjas.money;

import dev.nirjas.Mention;
import dev.nirjas.MentionType;
import dev.nirjas.NumberMention;
import dev.nirjas.Token;
import java.util.Arrays;
import java.util.List;

/**
 * Where the number mentions of one document stand among its tokens: for each token, the NUMBER or
 * NUMBER_RANGE mention that starts there, and whether any mention covers it. Built in one merge
 * pass over the tokens and the mentions, both in text order.
 *
 * <p>An index lives in its thread's arrays, reused document after document (two new arrays the
 * size of each document's tokens were more than half of what the money stage allocated): it is valid
 * until the next index made on the same thread, and {@link #release} empties it.
 */
final class AmountIndex {
  /**
   * Each thread's arrays, kept up to {@link #KEPT} tokens. Plain arrays of no class of this library,
   * emptied by {@link #release}: a pool thread that outlives the application keeps neither its
   * class loader nor a document's amounts.
   */
  private static final ThreadLocal<Object[]> STARTING = new ThreadLocal<>();
  private static final ThreadLocal<boolean[]> COVERED = new ThreadLocal<>();
  static final int KEPT = 1 << 16;

  private final Object[] starting;
  private final boolean[] covered;
  private final int size;

  private AmountIndex(Object[] starting, boolean[] covered, int size) {
    this.starting = starting;
    this.covered = covered;
    this.size = size;
  }

  /** Indexes {@code mentions} (in text order, not overlapping) over {@code tokens}. */
  static AmountIndex of(List<Token> tokens, List<Mention> mentions) {
    int n = tokens.size();
    Object[] starting = STARTING.get();
    boolean[] covered = COVERED.get();
    if (starting == null || starting.length < n) {
      int room = starting == null ? 1 << 10 : Math.min(2 * starting.length, KEPT); // documents growing: fewer arrays
      starting = new Object[Math.max(n, room)];
      covered = new boolean[starting.length];
      if (starting.length <= KEPT) {
        STARTING.set(starting);
        COVERED.set(covered);
      }
    } else {
      Arrays.fill(starting, 0, n, null); // empty already unless a document failed before release
      Arrays.fill(covered, 0, n, false);
    }
    int t = 0;
    for (Mention m : mentions) {
      int start = m.span().start();
      int end = m.span().end();
      while (t < n && tokens.get(t).end() <= start) {
        t++;
      }
      int first = t;
      int k = t;
      while (k < n && tokens.get(k).start() < end) {
        covered[k] = true;
        k++;
      }
      if (k > first && m instanceof NumberMention num
          && (num.type() == MentionType.NUMBER || num.type() == MentionType.NUMBER_RANGE)
          && tokens.get(first).start() == start && tokens.get(k - 1).end() == end) {
        starting[first] = new Amount(first, k, num.number(), num.upper(), num.approx(), false);
      }
      t = k;
    }
    return new AmountIndex(starting, covered, n);
  }

  /** The NUMBER or NUMBER_RANGE mention starting at token {@code i}, or null. */
  Amount at(int i) {
    return i >= 0 && i < size ? (Amount) starting[i] : null;
  }

  /** Whether token {@code i} lies in a mention of any kind. */
  boolean covered(int i) {
    return i >= 0 && i < size && covered[i];
  }

  /** {@return how many tokens the calling thread's arrays have room for; 0 if it keeps none} */
  static int keptRoom() {
    Object[] starting = STARTING.get();
    return starting == null ? 0 : starting.length;
  }

  /** {@return whether the calling thread's arrays hold no amount and no covered token} */
  static boolean keptEmpty() {
    Object[] starting = STARTING.get();
    boolean[] covered = COVERED.get();
    for (int i = 0; starting != null && i < starting.length; i++) {
      if (starting[i] != null || covered[i]) {
        return false;
      }
    }
    return true;
  }

  /** Drops the calling thread's arrays. */
  static void forget() {
    STARTING.remove();
    COVERED.remove();
  }

  /** Empties the thread's arrays: the index reads nothing after it. */
  void release() {
    Arrays.fill(starting, 0, size, null);
    Arrays.fill(covered, 0, size, false);
  }
}

package dev.nirjas.entity;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;

/**
 * Strings kept in one {@code char[]}, in {@link String#compareTo} order, each found by its index
 * through an open-addressing table of their hashes made when the index is. For the name model's
 * tables, which are read at start: a few arrays read in bulk rather than tens of thousands of
 * strings and map entries made one by one ({@link PredicateTable}, {@link WordClusters}). The order
 * gives the strings with a prefix as a run ({@link #firstNotBelow}).
 *
 * <p>Immutable, so thread-safe.
 */
final class StringIndex {
  private final char[] chars;
  /** Where the strings end in {@link #chars}: string i is {@code [i == 0 ? 0 : ends[i - 1], ends[i])}. */
  private final int[] ends;
  /** A string's index + 1 at its hash's slot or the next free one after it; 0: free. */
  private final int[] slots;
  /**
   * A Bloom filter of the strings' hashes: two bits in one word a hash, 8 to 16 bits a string, so
   * that one absent string in twenty to fifty gets through to the slots. Why: most names asked for
   * are absent (half the name finder's features of a form met for the first time, and nearly all
   * its {@code pow=} features), and an absent name cost a probe of the slots, seldom in the cache,
   * then the ends and chars of a string met there; the filter, an eighth of the slots' size,
   * answers from one word. The name finder's per-form weights took 415 ms of a new pipeline's first
   * pass over the corpus with it, 583 without (C1, the fastest of three launches each).
   */
  private final long[] filter;

  /**
   * An index of the strings laid out in {@code chars} as {@code ends} says, the arrays taken as
   * they are (not copied).
   *
   * @throws IllegalArgumentException if they do not lay out strings in order, each once: ends
   *     that go back or past the chars, or leave chars after the last string; strings out of order
   */
  StringIndex(char[] chars, int[] ends) {
    checkEnds(ends, chars.length, "string");
    this.chars = chars;
    this.ends = ends;
    int n = ends.length;
    for (int i = 1; i < n; i++) {
      if (compare(i - 1, chars, start(i), ends[i]) >= 0) {
        throw new IllegalArgumentException("'" + string(i) + "' (" + i + ") not after '" + string(i - 1) + "'");
      }
    }
    this.slots = new int[Integer.highestOneBit(Math.max(n, 1)) * 4]; // a quarter to a half full
    this.filter = new long[Math.max(1, slots.length / 16)];
    int mask = slots.length - 1;
    for (int i = 0; i < n; i++) { // each string hashed once, for its slot and its filter bits
      int h = hash(chars, start(i), ends[i]);
      int s = spread(h) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = i + 1;
      filter[filterWord(h)] |= filterBits(h);
    }
  }

  /** {@return an index of {@code strings}} (sorted here; they must be distinct) */
  static StringIndex of(Collection<String> strings) {
    String[] sorted = strings.toArray(new String[0]);
    Arrays.sort(sorted);
    int length = 0;
    for (String s : sorted) {
      length += s.length();
    }
    char[] chars = new char[length];
    int[] ends = new int[sorted.length];
    length = 0;
    for (int i = 0; i < sorted.length; i++) {
      sorted[i].getChars(0, sorted[i].length(), chars, length);
      ends[i] = length += sorted[i].length();
    }
    return new StringIndex(chars, ends);
  }

  /**
   * Checks that {@code ends} lay out consecutive ranges of an array of {@code length}: none goes
   * back, the last ends at {@code length}.
   *
   * @throws IllegalArgumentException if they do not, naming them {@code what}
   */
  static void checkEnds(int[] ends, int length, String what) {
    int last = 0;
    for (int e : ends) {
      if (e < last || e > length) {
        throw new IllegalArgumentException(what + " ends going back or past " + length + ": " + e + " after " + last);
      }
      last = e;
    }
    if (last != length) {
      throw new IllegalArgumentException(what + "s end at " + last + " of " + length);
    }
  }

  /** {@return how many strings} */
  int size() {
    return ends.length;
  }

  /** {@return string {@code i}, in the strings' order} */
  String string(int i) {
    return new String(chars, start(i), ends[i] - start(i));
  }

  /** {@return string {@code i} from its char {@code from} on} */
  String substring(int i, int from) {
    return new String(chars, start(i) + from, ends[i] - start(i) - from);
  }

  /** {@return the index of {@code s}, or -1 when it is not among the strings} */
  int indexOf(String s) {
    int h = s.hashCode();
    if (!mayHold(h)) {
      return -1;
    }
    int mask = slots.length - 1;
    int length = s.length();
    for (int slot = spread(h) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int i = slots[slot] - 1;
      int from = start(i);
      if (ends[i] - from == length && equal(s, from)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return the index of {@code prefix} followed by {@code s[from, to)}, or -1 when that is not
   * among the strings} The same as {@link #indexOf(String)} of the two joined, without the joined
   * string made: its hash is taken on from the prefix's, which a constant prefix keeps.
   */
  int indexOf(String prefix, String s, int from, int to) {
    int h;
    if (from == 0 && to == s.length() && to < POWERS_OF_31.length) {
      // the whole of s (a form, a shape, a class, a cluster): the joined hash from the two
      // strings' own, which each keeps, with no pass over the chars
      h = prefix.hashCode() * POWERS_OF_31[to] + s.hashCode();
    } else {
      h = prefix.hashCode();
      for (int j = from; j < to; j++) {
        h = 31 * h + s.charAt(j);
      }
    }
    if (!mayHold(h)) {
      return -1;
    }
    int mask = slots.length - 1;
    int length = prefix.length() + to - from;
    for (int slot = spread(h) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int i = slots[slot] - 1;
      int at = start(i);
      if (ends[i] - at == length && equal(prefix, at) && equal(s, from, to, at + prefix.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return the index of {@code prefix} followed by {@code s[from, to)}, or -1 when that is not
   * among the strings} As {@link #indexOf(String, String, int, int)}, for chars in an array: read
   * through {@code String.charAt}, each char was a call and its checks under the command line's
   * first-tier JIT, a sixth of the time a form's features took to look up.
   */
  int indexOf(String prefix, char[] s, int from, int to) {
    int h = prefix.hashCode();
    for (int j = from; j < to; j++) {
      h = 31 * h + s[j];
    }
    if (!mayHold(h)) {
      return -1;
    }
    int mask = slots.length - 1;
    int p = prefix.length();
    int length = p + to - from;
    for (int slot = spread(h) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int i = slots[slot] - 1;
      int at = start(i);
      if (ends[i] - at == length && Arrays.equals(chars, at + p, ends[i], s, from, to) && equal(prefix, at)) {
        return i;
      }
    }
    return -1;
  }

  /** 31<sup>n</sup> (int arithmetic) by n: {@code (a + b).hashCode() == a.hashCode() * 31^b.length() + b.hashCode()}. */
  private static final int[] POWERS_OF_31 = new int[64];

  static {
    POWERS_OF_31[0] = 1;
    for (int n = 1; n < POWERS_OF_31.length; n++) {
      POWERS_OF_31[n] = 31 * POWERS_OF_31[n - 1];
    }
  }

  /** {@return the index of the first string not below {@code s}} ({@link #size()} when none): a prefix's run starts there */
  int firstNotBelow(String s) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(mid, s) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Marks, in the bit set {@code bits} (a power of two longs), the bit of {@link #bitOf} the hash
   * of the rest of every string that starts with {@code prefix}: no string is made.
   */
  void markRests(String prefix, long[] bits) {
    int[] run = run(prefix);
    for (int i = run[0]; i < run[1]; i++) {
      int bit = bitOf(hash(chars, start(i) + prefix.length(), ends[i]), bits);
      bits[bit >>> 6] |= 1L << bit;
    }
  }

  /** {@return whether {@link #markRests} may have marked a rest of hash {@code h}: false only when it did not} */
  static boolean marked(long[] bits, int h) {
    int bit = bitOf(h, bits);
    return (bits[bit >>> 6] & 1L << bit) != 0;
  }

  /** A hash's bit in a set of {@code bits.length × 64} bits: its top bits after a Fibonacci mix. */
  private static int bitOf(int h, long[] bits) {
    return (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(bits.length * 64));
  }

  /** {@return the range {@code [first, end)} of the strings that start with {@code prefix}} */
  int[] run(String prefix) {
    int first = firstNotBelow(prefix);
    int end = first;
    while (end < size() && startsWith(end, prefix)) {
      end++;
    }
    return new int[] {first, end};
  }

  /** {@return whether string {@code i} starts with {@code prefix}} */
  boolean startsWith(int i, String prefix) {
    int from = start(i);
    return ends[i] - from >= prefix.length() && equal(prefix, from);
  }

  /** {@return the chars of all the strings, in order} */
  char[] chars() {
    return chars;
  }

  /**
   * Writes the index as {@link #read} reads it: the chars (two bytes each), then where each
   * string ends (four bytes each); the counts are the caller's to write.
   */
  void write(DataOutputStream out) throws IOException {
    for (char c : chars) {
      out.writeChar(c);
    }
    for (int e : ends) {
      out.writeInt(e);
    }
  }

  /**
   * Reads an index {@link #write} wrote, {@code count} strings of {@code chars} chars in all, from
   * {@code in}'s position on (big-endian), and moves the position past it.
   *
   * @throws IllegalArgumentException if they are not strings in order, each once
   * @throws java.nio.BufferUnderflowException if {@code in} holds fewer bytes
   */
  static StringIndex read(ByteBuffer in, int count, int chars) {
    char[] text = new char[chars];
    in.asCharBuffer().get(text);
    in.position(in.position() + 2 * chars);
    int[] ends = new int[count];
    in.asIntBuffer().get(ends);
    in.position(in.position() + 4 * count);
    return new StringIndex(text, ends);
  }

  private int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  private boolean equal(String s, int from) {
    return equal(s, 0, s.length(), from);
  }

  /** Whether {@code s[from, to)} is at {@code at} in {@link #chars}. */
  private boolean equal(String s, int from, int to, int at) {
    for (int j = from; j < to; j++) {
      if (chars[at++] != s.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** String i against {@code s}, as {@link String#compareTo} compares. */
  private int compare(int i, String s) {
    int from = start(i);
    int n = Math.min(ends[i] - from, s.length());
    for (int j = 0; j < n; j++) {
      int d = chars[from + j] - s.charAt(j);
      if (d != 0) {
        return d;
      }
    }
    return ends[i] - from - s.length();
  }

  /** String i against {@code other[from, to)}, as {@link String#compareTo} compares. */
  private int compare(int i, char[] other, int from, int to) {
    int at = start(i);
    int n = Math.min(ends[i] - at, to - from);
    for (int j = 0; j < n; j++) {
      int d = chars[at + j] - other[from + j];
      if (d != 0) {
        return d;
      }
    }
    return ends[i] - at - (to - from);
  }

  /** {@link String#hashCode} of {@code chars[from, to)}. */
  private static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /** Whether a string of hash {@code h} may be among the strings: false only when it is not. */
  private boolean mayHold(int h) {
    long bits = filterBits(h);
    return (filter[filterWord(h)] & bits) == bits;
  }

  /** The filter's word for a hash: its bits mixed (Fibonacci hashing), so not the slot's low bits. */
  private int filterWord(int h) {
    return (h * 0x9E3779B9 >>> 7) & (filter.length - 1);
  }

  /** The hash's two bits in its word, from another mix of it. */
  private static long filterBits(int h) {
    int m = h * 0x85EBCA6B;
    return 1L << (m >>> 26) | 1L << (m >>> 20);
  }

  /** The high bits folded into the low, as {@code HashMap} does: the slot is the low bits. */
  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}

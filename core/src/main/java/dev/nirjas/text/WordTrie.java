package dev.nirjas.text;

import java.util.Arrays;
import java.util.Map;

/**
 * A character trie over lexicon words, built once when a stage is built: finds every lexicon word
 * that starts a token in one pass over the token's chars, so a glued form such as "তিনশোটির" or
 * "সালের" is taken apart without trying each ending as a substring. Immutable and thread-safe.
 *
 * @param <V> what a word maps to
 */
public final class WordTrie<V> {
  private final Node<V> root;

  private static final class Node<V> {
    final char[] keys; // sorted
    final Node<V>[] kids; // an array, not a List: this is the innermost loop of every lookup
    final V value;
    // Wide nodes (the root: every first letter of the lexicon) index their children directly by
    // char, so a token whose first letter starts no word costs one array read, not a scan.
    final char base;
    final Node<V>[] table;

    @SuppressWarnings("unchecked")
    Node(char[] keys, Node<V>[] kids, V value) {
      this.keys = keys;
      this.kids = kids;
      this.value = value;
      if (keys.length > 8 && keys[keys.length - 1] - keys[0] < 512) {
        this.base = keys[0];
        this.table = (Node<V>[]) new Node<?>[keys[keys.length - 1] - keys[0] + 1];
        for (int i = 0; i < keys.length; i++) {
          table[keys[i] - base] = kids[i];
        }
      } else {
        this.base = 0;
        this.table = null;
      }
    }

    Node<V> next(char c) {
      if (table != null) {
        int i = c - base;
        return i >= 0 && i < table.length ? table[i] : null;
      }
      char[] k = keys;
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return kids[i];
        }
      }
      return null;
    }
  }

  private WordTrie(Node<V> root) {
    this.root = root;
  }

  /**
   * Builds a trie of the given words and their values.
   *
   * @param <V> what a word maps to
   * @param words the words in canonical form, each with its value (not null)
   * @return the trie, immutable
   */
  public static <V> WordTrie<V> of(Map<String, V> words) {
    // Built from the words in order, each node from the run of words that share its prefix, rather
    // than char by char into maps of boxed chars: the lexicons build some 30 tries at start.
    String[] sorted = words.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    @SuppressWarnings("unchecked")
    V[] values = (V[]) new Object[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      values[i] = words.get(sorted[i]);
    }
    return new WordTrie<>(node(sorted, values, 0, sorted.length, 0));
  }

  /** The node of the prefix that {@code words[from, to)} share, {@code depth} chars long. */
  @SuppressWarnings("unchecked")
  private static <V> Node<V> node(String[] words, V[] values, int from, int to, int depth) {
    V value = null;
    if (from < to && words[from].length() == depth) { // the prefix itself, first in order
      value = values[from++];
    }
    int count = 0;
    for (int i = from; i < to; count++) {
      i = runEnd(words, i, to, depth);
    }
    char[] keys = new char[count];
    Node<V>[] kids = (Node<V>[]) new Node<?>[count];
    for (int i = from, k = 0; i < to; k++) {
      int end = runEnd(words, i, to, depth);
      keys[k] = words[i].charAt(depth);
      kids[k] = node(words, values, i, end, depth + 1);
      i = end;
    }
    return new Node<>(keys, kids, value);
  }

  /** {@return the end of the run of words from {@code from} on with the same char at {@code depth}} */
  private static int runEnd(String[] words, int from, int to, int depth) {
    char c = words[from].charAt(depth);
    int end = from + 1;
    while (end < to && words[end].charAt(depth) == c) {
      end++;
    }
    return end;
  }

  /**
   * {@return the value of a whole word, or null if the lexicon lacks it}
   *
   * @param word a word in canonical form
   */
  public V get(CharSequence word) {
    return get(word, 0, word.length());
  }

  /**
   * {@return the value of exactly {@code s[from, to)}, or null} Reads {@code s} in place, so a
   * token's stem or ending is looked up without a substring.
   *
   * @param s the text
   * @param from where the word starts
   * @param to where it ends, exclusive
   */
  public V get(CharSequence s, int from, int to) {
    Node<V> n = root;
    for (int i = from; i < to && n != null; i++) {
      n = n.next(charAt(s, i));
    }
    return n == null ? null : n.value;
  }

  /**
   * {@return the end offsets of every lexicon word that starts at {@code from} in {@code s},
   * longest first} An empty array when none does (the common case: one or two char comparisons).
   *
   * @param s the text
   * @param from where the words would start
   */
  public int[] prefixEnds(CharSequence s, int from) {
    int[] ends = null;
    int count = 0;
    Node<V> n = root;
    for (int i = from, length = s.length(); i < length; i++) {
      n = n.next(charAt(s, i));
      if (n == null) {
        break;
      }
      if (n.value != null) {
        if (ends == null) {
          ends = new int[4];
        } else if (count == ends.length) {
          ends = java.util.Arrays.copyOf(ends, count * 2);
        }
        ends[count++] = i + 1;
      }
    }
    if (count == 0) {
      return EMPTY;
    }
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      out[k] = ends[count - 1 - k];
    }
    return out;
  }

  private static final int[] EMPTY = new int[0];

  /**
   * {@code s.charAt(i)}, a string's read as a string's: callers pass strings (a token's form, a
   * text), and under the command line's first-tier JIT {@code CharSequence.charAt} is an interface
   * call at every char, where {@code String.charAt} is inlined.
   */
  private static char charAt(CharSequence s, int i) {
    return s instanceof String str ? str.charAt(i) : s.charAt(i);
  }

  /**
   * The value of the longest lexicon word that {@code word} is, exactly or followed by one of
   * {@code endings} (সালের = সাল + ের); or null. One walk over the word, no allocation.
   *
   * @param word a token's form
   * @param endings the endings a word may carry glued
   * @param longestEnding the length of the longest of them
   * @return the word's value, or null if it is no lexicon word with or without an ending
   */
  public V getWithEnding(CharSequence word, WordTrie<?> endings, int longestEnding) {
    int stem = stemWithEnding(word, endings, longestEnding);
    return stem < 0 ? null : get(word, 0, stem);
  }

  /**
   * The length of the longest lexicon word that {@code word} is, exactly or followed by one of
   * {@code endings}; -1 if none. One walk over the word, no allocation: the lookup of a name or a
   * trigger in every token ("বেলজিয়ামের" → 9, the length of বেলজিয়াম).
   *
   * @param word a token's form
   * @param endings the endings a word may carry glued
   * @param longestEnding the length of the longest of them
   * @return the stem's length, or -1
   */
  public int stemWithEnding(CharSequence word, WordTrie<?> endings, int longestEnding) {
    int n = word.length();
    int found = -1;
    Node<V> node = root;
    for (int i = 0; i < n; i++) {
      node = node.next(charAt(word, i));
      if (node == null) {
        break;
      }
      if (node.value != null
          && (i + 1 == n || (n - i - 1 <= longestEnding && endings.get(word, i + 1, n) != null))) {
        found = i + 1;
      }
    }
    return found;
  }

  /**
   * The end offsets of every lexicon word that starts at {@code from} in {@code s}, written into
   * {@code ends} shortest first, without allocating: for lookups on every token of a text.
   *
   * @param s the text
   * @param from where the words would start
   * @param ends where to write; at most {@code ends.length} ends are written
   * @return how many ends were written
   */
  public int prefixEnds(CharSequence s, int from, int[] ends) {
    int count = 0;
    Node<V> n = root;
    for (int i = from, length = s.length(); i < length && count < ends.length; i++) {
      n = n.next(charAt(s, i));
      if (n == null) {
        break;
      }
      if (n.value != null) {
        ends[count++] = i + 1;
      }
    }
    return count;
  }
}

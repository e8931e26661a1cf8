package dev.nirjas.entity;

/**
 * The name model's predicates of one affix feature — {@code pre3=} and the first three chars of a
 * form, say — each found by its chars packed into a {@code long} (at most {@link #MAX_LENGTH}
 * chars, sixteen bits each). Finds what {@link PredicateTable#indexOf} finds for the same name.
 *
 * <p>Why: a form met for the first time asks for eight affixes (the bundled model's four
 * prefixes and four suffixes), most of which the model has. In the table of all its predicates
 * each such lookup read a filter word, a slot, the name's end and its chars, apart in memory
 * ({@link StringIndex}); here it is a probe of a small table, and the key is the name.
 *
 * <p>Immutable, so thread-safe.
 */
final class AffixIndex {
  /** The longest affix a key holds. */
  static final int MAX_LENGTH = 4;

  private final int length;
  /** The affixes' packed chars, by slot (open addressing); a slot is free where {@link #predicates} is 0. */
  private final long[] keys;
  /** A slot's predicate index + 1; 0: free. */
  private final int[] predicates;
  private final int shift;

  private AffixIndex(int length, int size) {
    this.length = length;
    int slots = Integer.highestOneBit(Math.max(size, 1)) * 4; // a quarter to a half full
    this.keys = new long[slots];
    this.predicates = new int[slots];
    this.shift = 64 - Integer.numberOfTrailingZeros(slots);
  }

  /**
   * {@return an index of the predicates named {@code prefix} followed by {@code length} chars}
   *
   * @throws IllegalArgumentException if {@code length} is not in [1, {@link #MAX_LENGTH}]
   */
  static AffixIndex of(PredicateTable table, String prefix, int length) {
    if (length < 1 || length > MAX_LENGTH) {
      throw new IllegalArgumentException("an affix of 1 to " + MAX_LENGTH + " chars, not " + length);
    }
    int[] run = table.run(prefix);
    AffixIndex index = new AffixIndex(length, run[1] - run[0]);
    for (int i = run[0]; i < run[1]; i++) {
      String rest = table.name(i).substring(prefix.length());
      if (rest.length() == length) { // no other length is ever asked for
        index.put(pack(rest.toCharArray(), 0, length), i);
      }
    }
    return index;
  }

  /** {@return how many chars each affix has} */
  int length() {
    return length;
  }

  /** {@return the predicate index of the affix {@code s[from, from + length())}, or -1 when the model has none} */
  int indexOf(char[] s, int from) {
    long key = pack(s, from, length);
    int mask = keys.length - 1;
    for (int slot = slot(key); predicates[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return predicates[slot] - 1;
      }
    }
    return -1;
  }

  private void put(long key, int predicate) {
    int mask = keys.length - 1;
    int slot = slot(key);
    while (predicates[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    predicates[slot] = predicate + 1;
  }

  /** The slot of a key: its top bits after a Fibonacci mix. */
  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** {@code s[from, from + n)}, the first char in the low sixteen bits. */
  private static long pack(char[] s, int from, int n) {
    long key = 0;
    for (int j = n - 1; j >= 0; j--) {
      key = key << 16 | s[from + j];
    }
    return key;
  }
}

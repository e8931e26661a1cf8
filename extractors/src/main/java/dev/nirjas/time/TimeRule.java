package dev.nirjas.time;

/**
 * A named time rule: what it reads, and the reader that tries it at a token. {@link TimeGrammar}
 * keeps the rules in lists it walks in order, so the lists read as the grammar's table of
 * contents.
 *
 * @param name what the rule reads (the readings it produces carry finer names, such as
 *     {@code date.day-month-year})
 * @param reader the reading at token {@code i} of a sentence, or null
 */
record TimeRule(String name, Reader reader) {

  /** Reads one expression starting at a token. */
  @FunctionalInterface
  interface Reader {
    TimeReading read(TimeSentence s, int i);
  }

  /**
   * The longest reading of {@code rules} at token i; a tie goes to the rule listed first. An array,
   * not the grammar's list: under the command line's first-tier JIT a walk over an immutable list
   * made an interface call a rule, at every token a rule may start at.
   */
  static TimeReading longest(TimeRule[] rules, TimeSentence s, int i) {
    TimeReading best = null;
    for (TimeRule rule : rules) {
      best = longer(best, rule.reader.read(s, i));
    }
    return best;
  }

  static TimeReading longer(TimeReading best, TimeReading r) {
    return r != null && (best == null || r.end() > best.end()) ? r : best;
  }
}

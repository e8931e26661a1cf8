package dev.nirjas.number;

import dev.nirjas.MentionType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number expression the grammar read from a run of tokens.
 *
 * @param type NUMBER, NUMBER_RANGE, ORDINAL or PERCENT
 * @param first index of its first token
 * @param end index one past its last token
 * @param value the value, or the lower end of a range; exact
 * @param upper the upper end of a range, else null
 * @param unit {@code percent} for a range of percentages (৫ থেকে ৭ শতাংশ), else null
 * @param approx whether an approximation word (প্রায়) qualifies it
 * @param rule the names of the rules that read it, as the mention's rule: e.g. {@code number.words+scale}
 */
record NumberReading(MentionType type, int first, int end, BigDecimal value, BigDecimal upper,
    String unit, boolean approx, String rule) {

  /** Checks the token range. */
  NumberReading {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("empty token range");
    }
  }
}

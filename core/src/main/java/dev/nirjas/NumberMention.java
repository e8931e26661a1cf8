package dev.nirjas;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A NUMBER, NUMBER_RANGE, ORDINAL or PERCENT mention.
 *
 * @param type one of the four numeric types
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param number the value, or the lower end of a range; exact
 * @param upper the upper end of a NUMBER_RANGE, null otherwise
 * @param approx whether an approximation word qualifies it
 * @param rule the name of the grammar rule that read it
 */
public record NumberMention(
    MentionType type, Span span, String text, BigDecimal number, BigDecimal upper, boolean approx,
    String rule)
    implements Mention {

  /**
   * Checks the fields agree with the type: an upper end for a NUMBER_RANGE only, above the lower.
   *
   * @param type NUMBER, NUMBER_RANGE, ORDINAL or PERCENT
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param number the value, or the lower end of a range
   * @param upper the upper end of a NUMBER_RANGE, null otherwise
   * @param approx whether an approximation word qualifies it
   * @param rule the name of the grammar rule that read it
   * @throws IllegalArgumentException if the type is not numeric or the upper end does not fit it
   */
  public NumberMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(rule, "rule");
    switch (type) {
      case NUMBER, ORDINAL, PERCENT -> {
        if (upper != null) {
          throw new IllegalArgumentException(type + " has no upper bound");
        }
      }
      case NUMBER_RANGE -> {
        if (Objects.requireNonNull(upper, "upper").compareTo(number) <= 0) {
          throw new IllegalArgumentException("a range's upper end must exceed its lower: " + number + "/" + upper);
        }
      }
      default -> throw new IllegalArgumentException("not a numeric type: " + type);
    }
  }

  /** A plain decimal, or {@code min/max} for a range. */
  @Override
  public String value() {
    return upper == null ? plain(number) : plain(number) + "/" + plain(upper);
  }

  /**
   * {@return a decimal written without exponent or trailing zeros: 4898000000, 4.1, 0}
   *
   * @param d any decimal
   */
  public static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}

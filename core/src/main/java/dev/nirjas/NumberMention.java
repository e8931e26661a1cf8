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
 * @param unit what a NUMBER_RANGE counts when the text says it: {@link #UNIT_PERCENT} for a range of
 *     percentages ("৫.২৫ থেকে ৫.৫০ শতাংশ": 5.25/5.5, since a PERCENT has one value); null otherwise
 * @param approx whether an approximation word qualifies it
 * @param rule the name of the grammar rule that read it
 */
public record NumberMention(
    MentionType type, Span span, String text, BigDecimal number, BigDecimal upper, String unit,
    boolean approx, String rule)
    implements Mention {

  /** The {@link #unit()} of a range of percentages. */
  public static final String UNIT_PERCENT = "percent";

  /**
   * Checks the fields agree with the type: an upper end for a NUMBER_RANGE only, above the lower;
   * a unit for a NUMBER_RANGE only, and only {@link #UNIT_PERCENT}.
   *
   * @param type NUMBER, NUMBER_RANGE, ORDINAL or PERCENT
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param number the value, or the lower end of a range
   * @param upper the upper end of a NUMBER_RANGE, null otherwise
   * @param unit {@link #UNIT_PERCENT} for a range of percentages, null otherwise
   * @param approx whether an approximation word qualifies it
   * @param rule the name of the grammar rule that read it
   * @throws IllegalArgumentException if the type is not numeric, or the upper end or the unit does
   *     not fit it
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
    if (unit != null && (type != MentionType.NUMBER_RANGE || !unit.equals(UNIT_PERCENT))) {
      throw new IllegalArgumentException("a unit (" + unit + ") is given to a NUMBER_RANGE of percentages only");
    }
  }

  /**
   * A number mention without a unit: every one but a range of percentages.
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
  public NumberMention(
      MentionType type, Span span, String text, BigDecimal number, BigDecimal upper, boolean approx,
      String rule) {
    this(type, span, text, number, upper, null, approx, rule);
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

package dev.nirjas;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money.
 *
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param amount the amount, exact, normalized: no trailing zeros and a scale of at least 0, so
 *     that 4.898 billion equals {@code new BigDecimal("4898000000")}; the lower end of a range
 * @param upper the upper end of a range of amounts, normalized as {@code amount}; else null
 * @param currencyCode the ISO 4217 code ({@link #currency()} gives it as a {@link Currency})
 * @param per what a rate is per ("কেজি" in "প্রতি কেজি ৫০ টাকা"), else null
 * @param approx whether an approximation word qualifies it
 * @param note what the reader should know, e.g. that a parenthetical equivalent disagreed or the
 *     currency was assumed; else null
 * @param rule the name of the rule that read it
 */
public record MoneyMention(
    Span span, String text, BigDecimal amount, BigDecimal upper, String currencyCode, String per,
    boolean approx, String note, String rule)
    implements Mention {

  /**
   * Normalizes the amounts and checks the currency code.
   *
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param amount the amount, or the lower end of a range; any scale
   * @param upper the upper end of a range, or null
   * @param currencyCode the ISO 4217 code
   * @param per what a rate is per, or null
   * @param approx whether an approximation word qualifies it
   * @param note what the reader should know, or null
   * @param rule the name of the rule that read it
   * @throws IllegalArgumentException if the upper end does not exceed the amount, or the code is
   *     not one that {@link Currency} knows
   */
  public MoneyMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    amount = normalized(Objects.requireNonNull(amount, "amount"));
    upper = upper == null ? null : normalized(upper);
    Objects.requireNonNull(currencyCode, "currencyCode");
    Objects.requireNonNull(rule, "rule");
    if (upper != null && upper.compareTo(amount) <= 0) {
      throw new IllegalArgumentException("a range's upper end must exceed its lower: " + amount + "/" + upper);
    }
    if (!Document.isCurrencyCode(currencyCode)) {
      throw new IllegalArgumentException("not an ISO 4217 code: " + currencyCode);
    }
  }

  /** Without trailing zeros, never in exponent form: 4.898E+9 becomes 4898000000 (scale 0). */
  static BigDecimal normalized(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** {@return the currency, as the JDK knows it} */
  public Currency currency() {
    return Currency.getInstance(currencyCode);
  }

  @Override
  public MentionType type() {
    return MentionType.MONEY;
  }

  /** {@code "<amount> <currency>"}, as the contract has it. */
  @Override
  public String value() {
    return NumberMention.plain(amount) + " " + currencyCode;
  }
}

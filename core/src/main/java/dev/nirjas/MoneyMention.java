package dev.nirjas;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money.
 *
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param amount the amount, exact; the lower end of a range
 * @param upper the upper end of a range of amounts, else null
 * @param currency the ISO 4217 code
 * @param per what a rate is per ("কেজি" in "প্রতি কেজি ৫০ টাকা"), else null
 * @param approx whether an approximation word qualifies it
 * @param note what the reader should know, e.g. that a parenthetical equivalent disagreed or the
 *     currency was assumed; else null
 * @param rule the name of the rule that read it
 */
public record MoneyMention(
    Span span, String text, BigDecimal amount, BigDecimal upper, String currency, String per,
    boolean approx, String note, String rule)
    implements Mention {

  /** Checks the currency code's form. */
  public MoneyMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(rule, "rule");
    if (upper != null && upper.compareTo(amount) <= 0) {
      throw new IllegalArgumentException("a range's upper end must exceed its lower: " + amount + "/" + upper);
    }
    if (currency.length() != 3 || !isUpperAscii(currency.charAt(0)) || !isUpperAscii(currency.charAt(1))
        || !isUpperAscii(currency.charAt(2))) {
      throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
    }
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  @Override
  public MentionType type() {
    return MentionType.MONEY;
  }

  /** {@code "<amount> <currency>"}, as the contract has it. */
  @Override
  public String value() {
    return NumberMention.plain(amount) + " " + currency;
  }
}

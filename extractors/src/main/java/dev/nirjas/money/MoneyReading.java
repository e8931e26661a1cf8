package dev.nirjas.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One amount of money the grammar read from a run of tokens.
 *
 * @param first index of its first token
 * @param end index one past its last token
 * @param amount the amount, or the lower end of a range
 * @param upper the upper end of a range, else null
 * @param currency the ISO 4217 code
 * @param per what a rate is per ("কেজি"), else null
 * @param approx whether an approximation word qualifies it
 * @param note what the reader should know (an assumed currency, a disagreeing equivalent), else null
 * @param rule the names of the rules that read it, e.g. {@code money.amount+currency+subunit}
 */
record MoneyReading(int first, int end, BigDecimal amount, BigDecimal upper, String currency, String per,
    boolean approx, String note, String rule) {

  /** Checks the token range. */
  MoneyReading {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("empty token range");
    }
  }
}

package dev.nirjas.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;

/**
 * A subunit word: পয়সা, সেন্ট, পেন্স.
 *
 * @param factor its value in the whole unit (0.01)
 * @param bareCode the currency of an amount of subunits alone (৯৯ সেন্ট is USD); null for the
 *     document's default currency (৫০ পয়সা)
 * @param divides the currencies it is a subunit of (সেন্ট after ডলার or ইউরো, not after টাকা)
 */
record Subunit(BigDecimal factor, String bareCode, Set<String> divides) {

  /** Checks the factor is a fraction whose inverse is a whole number (0.01, 0.001). */
  Subunit {
    if (factor.signum() <= 0 || factor.compareTo(BigDecimal.ONE) >= 0
        || BigDecimal.ONE.divide(factor, MathContext.DECIMAL64).stripTrailingZeros().scale() > 0) {
      throw new IllegalStateException("not a subunit factor: " + factor);
    }
    divides = Set.copyOf(divides);
  }

  /** What a count of subunits after a whole amount stays below: 100 for a factor of 0.01. */
  BigDecimal limit() {
    return BigDecimal.ONE.divide(factor, MathContext.DECIMAL64);
  }
}

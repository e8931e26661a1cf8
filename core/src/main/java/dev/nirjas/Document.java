package dev.nirjas;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input text to annotate.
 *
 * @param id caller's identifier, echoed in the output; never null
 * @param text the original text; every reported span points into it; never null
 * @param referenceDate the date the text was written, if known: it anchors relative expressions
 *     such as "গত বছর" (last year); may be null
 * @param defaultCurrency the ISO 4217 code bare টাকা means in this document ("INR" for text from
 *     West Bengal); null for the pipeline's default (BDT)
 */
public record Document(String id, String text, LocalDate referenceDate, String defaultCurrency) {

  /**
   * Rejects a null id or text, a reference date outside the years 1–9999 (TIMEX3 writes four
   * digits), and a currency code the JDK does not know as ISO 4217.
   *
   * @param id caller's identifier, echoed in the output
   * @param text the original text
   * @param referenceDate the date the text was written, or null
   * @param defaultCurrency the ISO 4217 code bare টাকা means, or null for the pipeline's default
   * @throws IllegalArgumentException if the date is outside the years 1–9999 or the code is not a
   *     currency's
   */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (referenceDate != null && (referenceDate.getYear() < 1 || referenceDate.getYear() > 9999)) {
      throw new IllegalArgumentException("reference date outside the years 1-9999: " + referenceDate);
    }
    if (defaultCurrency != null && !isCurrencyCode(defaultCurrency)) {
      throw new IllegalArgumentException("not an ISO 4217 currency code: " + defaultCurrency);
    }
  }

  /**
   * {@return whether {@code code} is an ISO 4217 currency code (as the JDK's currency data knows
   * them) that names money} Not XXX ("no currency") nor XTS (reserved for testing).
   *
   * @param code a three-letter code, "BDT" say
   */
  public static boolean isCurrencyCode(String code) {
    if (code.length() != 3 || code.equals("XXX") || code.equals("XTS")) {
      return false;
    }
    try {
      java.util.Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * A document with a reference date and the pipeline's default currency.
   *
   * @param id caller's identifier, echoed in the output
   * @param text the original text
   * @param referenceDate the date the text was written, or null
   */
  public Document(String id, String text, LocalDate referenceDate) {
    this(id, text, referenceDate, null);
  }

  /**
   * {@return a document without a reference date, in the pipeline's default currency}
   *
   * @param id caller's identifier, echoed in the output
   * @param text the original text
   */
  public static Document of(String id, String text) {
    return new Document(id, text, null);
  }
}

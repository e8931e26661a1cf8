package dev.nirjas;

import java.util.Objects;

/**
 * One argument of an event.
 *
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param value the linked mention's value (a TIMEX3 value, a money value) or an entity's canonical
 *     name; null when it links to none
 * @param code a country's ISO 3166-1 code when the argument is one; else null
 * @param title for a person, the title written before the name; else null
 * @param affiliation for a person, the canonical name of the country or organization the title
 *     belongs to; else null
 * @param resolved how a pronoun was resolved ({@code previous-sentence}, {@code same-sentence});
 *     null when the argument is written out
 */
public record Argument(
    Span span, String text, String value, String code, String title, String affiliation,
    String resolved) {

  /**
   * Rejects a null span or text.
   *
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param value the linked mention's value or an entity's canonical name, or null
   * @param code a country's ISO 3166-1 code, or null
   * @param title a person's title, or null
   * @param affiliation the canonical name of what a person's title belongs to, or null
   * @param resolved how a pronoun was resolved, or null
   */
  public Argument {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  /**
   * An argument with only a span, its text and a value.
   *
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param value the linked mention's value or an entity's canonical name, or null
   */
  public Argument(Span span, String text, String value) {
    this(span, text, value, null, null, null, null);
  }
}

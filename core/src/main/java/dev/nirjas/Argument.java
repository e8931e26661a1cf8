package dev.nirjas;

import java.util.Objects;

/**
 * One argument of an event.
 *
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param value the linked mention's value (a TIMEX3 value, a money value) or entity's canonical
 *     name; null when it links to none
 */
public record Argument(Span span, String text, String value) {
  /** Rejects null span and text. */
  public Argument {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}

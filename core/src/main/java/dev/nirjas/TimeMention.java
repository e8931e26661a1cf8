package dev.nirjas;

import java.util.Objects;

/**
 * A DATE, DATE_RANGE, DURATION, SET or TIME mention with a TIMEX3 value.
 *
 * @param type one of the five temporal types
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param value the TIMEX3 value ({@code 1971-10-25}, {@code 197X}, {@code P20Y},
 *     {@code 1912/2008}); null only for a relative expression that could not be anchored
 * @param offset for a relative expression, the shift from its anchor ({@code -P20Y}); else null
 * @param anchor for a relative expression, what it was resolved against ({@code previous},
 *     {@code reference}); else null
 * @param calendar {@code bangla} or {@code hijri} when written in that calendar; null for Gregorian
 * @param original the date as written in that calendar; null for Gregorian
 * @param approx whether the value is approximate (an almanac-dependent conversion, প্রায় …)
 * @param rule the name of the rule that read it
 */
public record TimeMention(
    MentionType type, Span span, String text, String value, String offset, String anchor,
    String calendar, String original, boolean approx, String rule)
    implements Mention {

  /** Checks the fields agree with the type. */
  public TimeMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    switch (type) {
      case DATE, DATE_RANGE, DURATION, SET, TIME -> { }
      default -> throw new IllegalArgumentException("not a temporal type: " + type);
    }
    if (value == null && offset == null) {
      throw new IllegalArgumentException("a time mention needs a value or an offset");
    }
  }
}

package dev.nirjas;

import java.util.Objects;

/**
 * A PERSON, LOCATION or ORGANIZATION mention.
 *
 * <p>The span covers the word as written, case ending included ("বেলজিয়ামের"); the canonical name
 * is the bare name ("বেলজিয়াম"), and the ending is kept as {@link #grammaticalCase()} for the
 * stages that read roles from it.
 *
 * @param type one of the three entity types
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param canonical the entity's canonical name ("বেলজিয়াম" for "বেলজিয়ামের")
 * @param code for a country, its ISO 3166-1 alpha-2 code ("BE"); else null
 * @param grammaticalCase the case of its last word
 * @param title for a PERSON, the title or role written before the name ("প্রধানমন্ত্রী"); else null
 * @param affiliation for a PERSON, the canonical name of the country or organization the title
 *     belongs to ("চীন" in "চীনের তৎকালীন প্রধানমন্ত্রী"); else null
 * @param rule the rule or model that found it
 */
public record EntityMention(
    MentionType type, Span span, String text, String canonical, String code,
    GrammaticalCase grammaticalCase, String title, String affiliation, String rule)
    implements Mention {

  /**
   * Checks the type is an entity type; only code, title and affiliation may be null.
   *
   * @param type PERSON, LOCATION or ORGANIZATION
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param canonical the entity's canonical name
   * @param code a country's ISO 3166-1 alpha-2 code, or null
   * @param grammaticalCase the case of its last word
   * @param title a PERSON's title, or null
   * @param affiliation the canonical name of what a PERSON's title belongs to, or null
   * @param rule the rule or model that found it
   * @throws IllegalArgumentException if the type is not an entity type
   */
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(grammaticalCase, "grammaticalCase");
    Objects.requireNonNull(rule, "rule");
    switch (type) {
      case PERSON, LOCATION, ORGANIZATION -> { }
      default -> throw new IllegalArgumentException("not an entity type: " + type);
    }
  }

  /**
   * A mention with no code, title or affiliation, in the nominative.
   *
   * @param type PERSON, LOCATION or ORGANIZATION
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param canonical the entity's canonical name
   * @param rule the rule or model that found it
   */
  public EntityMention(MentionType type, Span span, String text, String canonical, String rule) {
    this(type, span, text, canonical, null, GrammaticalCase.NOMINATIVE, null, null, rule);
  }

  @Override
  public String value() {
    return canonical;
  }

  @Override
  public boolean approx() {
    return false;
  }
}

package dev.nirjas;

import java.util.Objects;

/**
 * A PERSON, LOCATION or ORGANIZATION mention.
 *
 * @param type one of the three entity types
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param canonical the entity's canonical name ("বেলজিয়াম" for "বেলজিয়ামের")
 * @param rule the rule or model that found it
 */
public record EntityMention(MentionType type, Span span, String text, String canonical, String rule)
    implements Mention {

  /** Checks the type is an entity type. */
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(rule, "rule");
    switch (type) {
      case PERSON, LOCATION, ORGANIZATION -> { }
      default -> throw new IllegalArgumentException("not an entity type: " + type);
    }
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

package dev.nirjas.entity;

import dev.nirjas.MentionType;
import java.util.Objects;

/**
 * A name a {@link NameFinder} found: a range of a sentence's tokens and its type.
 *
 * @param first index of the first token (in the list given to the finder)
 * @param end index one past the last token
 * @param type PERSON, LOCATION or ORGANIZATION
 * @param probability how sure the finder is, from 0 to 1 (1 for a rule)
 */
public record NameSpan(int first, int end, MentionType type, double probability) {

  /**
   * Checks the range and the type.
   *
   * @param first index of the first token (in the list given to the finder)
   * @param end index one past the last token
   * @param type PERSON, LOCATION or ORGANIZATION
   * @param probability how sure the finder is, from 0 to 1 (1 for a rule)
   */
  public NameSpan {
    Objects.requireNonNull(type, "type");
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("invalid token range [" + first + ", " + end + ")");
    }
    switch (type) {
      case PERSON, LOCATION, ORGANIZATION -> { }
      default -> throw new IllegalArgumentException("not an entity type: " + type);
    }
  }
}

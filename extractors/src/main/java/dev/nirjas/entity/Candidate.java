package dev.nirjas.entity;

import dev.nirjas.GrammaticalCase;
import dev.nirjas.MentionType;

/**
 * A reading of a sentence's tokens as a name, before the readings are arbitrated.
 *
 * @param first index of the first token
 * @param end index one past the last token
 * @param type PERSON, LOCATION or ORGANIZATION
 * @param canonical the name without its case ending
 * @param code a country's ISO 3166-1 code, or null
 * @param grammaticalCase the case its ending marks
 * @param title a person's title, or null
 * @param affiliation the canonical name of the country or organization a person's title belongs
 *     to, or null
 * @param rule the rule or model that read it
 * @param fromModel whether the name-finder model (not a rule) read it: rules win over the model
 */
record Candidate(
    int first, int end, MentionType type, String canonical, String code,
    GrammaticalCase grammaticalCase, String title, String affiliation, String rule,
    boolean fromModel) {

  int length() {
    return end - first;
  }

  boolean overlaps(Candidate o) {
    return first < o.end && o.first < end;
  }

  Candidate withAffiliation(String affiliation) {
    return new Candidate(first, end, type, canonical, code, grammaticalCase, title, affiliation,
        rule, fromModel);
  }
}

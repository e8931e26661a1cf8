package dev.nirjas.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An event type as its resource file declares it: its name, CAMEO code, the argument roles it
 * takes and the roles an event of it must have, and its triggers.
 *
 * @param name the type in upper case ("VISIT")
 * @param cameo its CAMEO code, or null where none applies
 * @param roles the argument roles it takes, from {@link #ROLES}
 * @param required what an event of this type must have to be reported: each entry a role, or
 *     roles joined by {@code |} of which one suffices (TRADE: {@code amount}; VISIT:
 *     {@code agent|destination})
 * @param triggers its trigger words and phrases
 */
public record EventType(String name, String cameo, List<String> roles, Set<String> required,
    List<Trigger> triggers) {

  /** The argument roles of the output contract. */
  public static final Set<String> ROLES = Set.of("agent", "origin", "destination", "place",
      "parties", "person", "date", "amount", "award", "organization");

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]*");

  /**
   * A word or phrase that signals an event of a type.
   *
   * @param phrase the trigger in canonical form; its last word may carry a case ending in text. The
   *     first word of a phrase is the event's trigger span ("কূটনৈতিক" in "কূটনৈতিক সম্পর্ক
   *     স্থাপিত", "সমঝোতা" in "সমঝোতা স্মারক")
   * @param verbs the light verbs (lemmas) one of which must follow within three words for the word
   *     to be an event ("মারা" + যাওয়া); empty for a word that is an event by itself (সফর)
   */
  public record Trigger(String phrase, Set<String> verbs) {
    /**
     * Copies the verbs.
     *
     * @param phrase the trigger in canonical form
     * @param verbs the light verbs one of which must follow; empty for a word that is an event by
     *     itself
     */
    public Trigger {
      Objects.requireNonNull(phrase, "phrase");
      verbs = Set.copyOf(verbs);
    }
  }

  /**
   * Checks the name's form and the roles against the contract's.
   *
   * @param name the type in upper case
   * @param cameo its CAMEO code, or null
   * @param roles the argument roles it takes, from {@link #ROLES}
   * @param required each entry a role, or roles joined by {@code |} of which one suffices
   * @param triggers its trigger words and phrases; at least one
   * @throws IllegalArgumentException if the name is not upper case, a role is unknown or not
   *     among its roles, or there is no trigger
   */
  public EventType {
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    required = Set.copyOf(required);
    triggers = List.copyOf(triggers);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("event type names are upper case: " + name);
    }
    for (String r : roles) {
      if (!ROLES.contains(r)) {
        throw new IllegalArgumentException(name + ": unknown role " + r + "; roles are " + ROLES);
      }
    }
    for (String r : required) {
      for (String alternative : r.split("\\|")) {
        if (!roles.contains(alternative)) {
          throw new IllegalArgumentException(name + ": required role " + alternative + " is not among its roles");
        }
      }
    }
    if (triggers.isEmpty()) {
      throw new IllegalArgumentException(name + ": no trigger");
    }
  }
}

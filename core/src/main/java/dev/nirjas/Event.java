package dev.nirjas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed event: what happened (the trigger), and who, where, when, how much.
 *
 * @param type the event type in upper case ("VISIT")
 * @param trigger the span of the word that signals the event
 * @param text the original text of the trigger
 * @param sentence index of the sentence it came from
 * @param arguments role ({@code agent}, {@code destination}, {@code date} …) to its arguments; most
 *     roles have one argument, {@code parties} may have several
 * @param cameo the CAMEO code, where one applies; else null
 */
public record Event(
    String type, Span trigger, String text, int sentence, Map<String, List<Argument>> arguments,
    String cameo) {

  /** Copies the arguments into an unmodifiable map. */
  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(text, "text");
    Map<String, List<Argument>> copy = new LinkedHashMap<>();
    arguments.forEach((role, args) -> copy.put(role, List.copyOf(args)));
    arguments = Collections.unmodifiableMap(copy);
  }
}

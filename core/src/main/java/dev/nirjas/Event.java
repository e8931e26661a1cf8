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
 * @param negated whether the text says it did not happen (যাননি, হয়নি)
 * @param modality {@code planned} for an event the text expects or announces (যাবেন, করবে); null
 *     for one that is reported as having happened
 */
public record Event(
    String type, Span trigger, String text, int sentence, Map<String, List<Argument>> arguments,
    String cameo, boolean negated, String modality) {

  /** The modality of an expected, announced or future event. */
  public static final String PLANNED = "planned";

  /**
   * Copies the arguments into an unmodifiable map, keeping their order.
   *
   * @param type the event type in upper case
   * @param trigger the span of the word that signals the event
   * @param text the original text of the trigger
   * @param sentence index of the sentence it came from
   * @param arguments role to its arguments, copied in the order given
   * @param cameo the CAMEO code, or null
   * @param negated whether the text says it did not happen
   * @param modality {@link #PLANNED}, or null for an event reported as having happened
   */
  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(text, "text");
    Map<String, List<Argument>> copy = new LinkedHashMap<>();
    arguments.forEach((role, args) -> copy.put(role, List.copyOf(args)));
    arguments = Collections.unmodifiableMap(copy);
  }

  /**
   * An event reported as having happened.
   *
   * @param type the event type in upper case
   * @param trigger the span of the word that signals the event
   * @param text the original text of the trigger
   * @param sentence index of the sentence it came from
   * @param arguments role to its arguments, copied in the order given
   * @param cameo the CAMEO code, or null
   */
  public Event(String type, Span trigger, String text, int sentence,
      Map<String, List<Argument>> arguments, String cameo) {
    this(type, trigger, text, sentence, arguments, cameo, false, null);
  }

  /**
   * {@return the first argument in a role, or null if it has none}
   *
   * @param role a role of the event's type ({@code agent}, {@code date} …)
   */
  public Argument argument(String role) {
    List<Argument> args = arguments.get(role);
    return args == null || args.isEmpty() ? null : args.get(0);
  }
}

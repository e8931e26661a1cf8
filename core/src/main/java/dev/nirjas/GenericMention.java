package dev.nirjas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A custom mention held as plain values: what reading the JSON contract back gives for a type it
 * does not know, and what a plug-in may use when it needs no record of its own.
 *
 * @param typeName the namespaced type name ("phone.BD_PHONE")
 * @param span where it stands in the original text
 * @param text the original text of the span
 * @param value its normalized value, or null
 * @param approx whether the text marks it as approximate
 * @param attributes further fields, in order
 * @param rule the rule that found it
 */
public record GenericMention(
    String typeName, Span span, String text, String value, boolean approx,
    Map<String, String> attributes, String rule)
    implements CustomMention {

  /**
   * Checks the type name and the attributes' keys (see {@link CustomMention#check}), and keeps
   * the attributes in their order, unmodifiable.
   *
   * @param typeName the namespaced type name
   * @param span where it stands in the original text
   * @param text the original text of the span
   * @param value its normalized value, or null
   * @param approx whether the text marks it as approximate
   * @param attributes further fields, in order
   * @param rule the rule that found it
   * @throws IllegalArgumentException if either is not of the contract's form
   */
  public GenericMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    CustomMention.check(typeName, attributes);
  }
}

package dev.nirjas;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mention of a type that a stage outside Nirjas defines: the way a plug-in adds a kind of its own
 * (phone numbers, case citations) while keeping a typed record of it.
 *
 * <pre>{@code
 * record PhoneMention(Span span, String text, String value, String operator) implements CustomMention {
 *   public String typeName() { return "phone.BD_PHONE"; }
 *   public String rule() { return "phone.mobile"; }
 *   public Map<String, String> attributes() { return Map.of("operator", operator); }
 * }
 * }</pre>
 *
 * <p>Its {@link #typeName()} is namespaced, {@code namespace.NAME}, so that it can never be taken
 * for one of the built-in types or for another plug-in's. {@link Analysis#add(Mention)} refuses a
 * name of any other form. The JSON contract writes the type name, the common fields, and the
 * {@link #attributes()} as string properties; read back, a custom mention becomes a
 * {@link GenericMention}.
 */
public non-sealed interface CustomMention extends Mention {
  /** What a custom type name looks like: a lower-case namespace, a dot, a name. */
  Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*\\.[A-Za-z][A-Za-z0-9_]*");

  /** The names of the contract's own mention fields, which attributes may not take. */
  Set<String> RESERVED = Set.of("type", "start", "end", "text", "value",
      "approx", "rule", "amount", "currency", "max", "per", "note", "offset", "anchor", "calendar",
      "original", "code", "case", "title", "affiliation");

  /** Always {@link MentionType#CUSTOM}: the type proper is {@link #typeName()}. */
  @Override
  default MentionType type() {
    return MentionType.CUSTOM;
  }

  /** The namespaced type name ("phone.BD_PHONE"), as the contract writes it. */
  @Override
  String typeName();

  /** By default not approximate. */
  @Override
  default boolean approx() {
    return false;
  }

  /**
   * {@return further fields for the JSON contract, written after the common ones in the map's
   * order} None by default. A key may not be one of the contract's own field names
   * ({@link #RESERVED}).
   */
  default Map<String, String> attributes() {
    return Map.of();
  }

  /**
   * Checks that a mention can go into an annotation: a namespaced type name and attributes that
   * do not take the contract's own field names.
   *
   * @param m the mention a stage adds
   * @throws IllegalArgumentException if not
   */
  static void check(CustomMention m) {
    check(m.typeName(), m.attributes());
  }

  /**
   * As {@link #check(CustomMention)}, on a type name and attributes.
   *
   * @param name the type name, {@code namespace.NAME}
   * @param attributes the further fields, by name
   * @throws IllegalArgumentException if either is not of the contract's form
   */
  static void check(String name, Map<String, String> attributes) {
    if (name == null || !TYPE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a custom mention type needs a namespaced name such as "
          + "phone.BD_PHONE, not " + name);
    }
    for (String key : attributes.keySet()) {
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException("attribute '" + key + "' of " + name
            + " is a field of the contract itself");
      }
    }
  }
}

package dev.nirjas;

import java.util.Objects;

/**
 * A named kind of annotation that a {@link Stage} provides and later stages require.
 *
 * <p>The constants name the layers of the standard pipeline; a third-party stage may declare
 * layers of its own with {@link #of(String)}.
 *
 * @param name the layer's name, lower case by convention
 */
public record Layer(String name) {
  /** The normalized text with its offset map. */
  public static final Layer NORMALIZED_TEXT = new Layer("normalized-text");
  /** Tokens. */
  public static final Layer TOKENS = new Layer("tokens");
  /** Sentences and headings. */
  public static final Layer SENTENCES = new Layer("sentences");
  /** NUMBER, NUMBER_RANGE, ORDINAL and PERCENT mentions. */
  public static final Layer NUMBERS = new Layer("numbers");
  /** DATE, DATE_RANGE, DURATION, SET and TIME mentions. */
  public static final Layer TIMES = new Layer("times");
  /** MONEY mentions. */
  public static final Layer MONEY = new Layer("money");
  /** PERSON, LOCATION and ORGANIZATION mentions. */
  public static final Layer ENTITIES = new Layer("entities");
  /** Events. */
  public static final Layer EVENTS = new Layer("events");

  /**
   * Rejects a null or blank name.
   *
   * @param name the layer's name, lower case by convention
   */
  public Layer {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank layer name");
    }
  }

  /**
   * {@return the layer of that name} Layers are equal by name, so two stages that name the same
   * layer mean the same one.
   *
   * @param name the layer's name, lower case by convention ({@code "phones"})
   */
  public static Layer of(String name) {
    return new Layer(name);
  }

  // equals and hashCode by hand: a record's own are linked through ObjectMethods' bootstrap at their
  // first call, 5-10 ms of a fresh JVM's first Pipeline.standard() (which compares every stage's layers).

  @Override
  public boolean equals(Object o) {
    return o instanceof Layer other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}

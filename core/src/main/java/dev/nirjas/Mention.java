package dev.nirjas;

/**
 * Something typed that a stage found in the text: a number, a date, an amount of money, a name.
 *
 * <p>Mentions of one annotation never overlap: a later stage that reads a number as part of a
 * date or an amount replaces the number's mention with its own.
 *
 * <p>The built-in kinds are records ({@link NumberMention}, {@link TimeMention},
 * {@link MoneyMention}, {@link EntityMention}); a stage in another jar defines its own kinds as
 * {@link CustomMention}s.
 */
public sealed interface Mention
    permits NumberMention, TimeMention, MoneyMention, EntityMention, CustomMention {

  /** {@return the mention's type; {@link MentionType#CUSTOM} for a {@link CustomMention}} */
  MentionType type();

  /**
   * {@return the type as the output contract writes it} That is the {@link #type()}'s name
   * ("MONEY"), or a custom mention's namespaced name ("phone.BD_PHONE").
   */
  default String typeName() {
    return type().name();
  }

  /** {@return where it stands in the original text} */
  Span span();

  /** {@return where it starts in the original text (UTF-16 offset): {@code span().start()}} */
  default int start() {
    return span().start();
  }

  /**
   * {@return where it ends in the original text (UTF-16 offset, exclusive): {@code span().end()}}
   */
  default int end() {
    return span().end();
  }

  /** {@return the original text of {@link #span()}} */
  String text();

  /**
   * {@return the normalized value in the contract's form} That is a plain decimal, a
   * {@code min/max} range, a TIMEX3 value, {@code "<amount> <currency>"}, or an entity's canonical
   * name. Null only for a relative time expression whose anchor is unknown.
   */
  String value();

  /** {@return whether the text marks the value as approximate (প্রায়, আনুমানিক …)} */
  boolean approx();

  /** {@return the name of the rule that produced the mention, shown with {@code --explain}} */
  String rule();
}

package dev.nirjas;

/**
 * The case a Bengali noun is written in, read from its glued ending. Later stages use it to tell
 * roles apart: a place in the locative is where something happens or where a visitor goes, a
 * country in the genitive before a title is the person's affiliation.
 */
public enum GrammaticalCase {
  /** No ending: বেলজিয়াম, ঢাকা. */
  NOMINATIVE,
  /** Possessive -এর, -র, -য়ের: বেলজিয়ামের, ঢাকার. */
  GENITIVE,
  /** Locative -এ, -য়, -তে, -য়ে: বেলজিয়ামে, ঢাকায়, সাংহাইতে. */
  LOCATIVE,
  /** Objective -কে, -রে: চীনকে. */
  OBJECTIVE
}

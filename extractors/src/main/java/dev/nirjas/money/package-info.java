/**
 * Money: the stage that reads amounts of money ({@link dev.nirjas.money.MoneyStage}) from the
 * NUMBER and NUMBER_RANGE mentions the number stage left and the currency words and signs around
 * them. The currency names and signs are CLDR's (through ICU4J) plus the hand-written lists in the
 * {@code .tsv} files beside these classes, which also hold subunits, rate words, weight contexts and
 * the contexts that decide an ambiguous sign such as ¥.
 */
package dev.nirjas.money;

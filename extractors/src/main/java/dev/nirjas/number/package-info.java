/**
 * Numbers: the stage that reports NUMBER, NUMBER_RANGE, ORDINAL and PERCENT mentions
 * ({@link dev.nirjas.number.NumberStage}), built on the Bengali number grammar
 * ({@code BengaliNumberGrammar}, package-private), and the word lists other stages share
 * ({@link dev.nirjas.number.NumberWords}). The lexicons are the {@code .tsv} files beside these
 * classes.
 */
package dev.nirjas.number;

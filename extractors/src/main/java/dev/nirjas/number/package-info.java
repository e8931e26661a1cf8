/**
 * Numbers: the Bengali number grammar ({@link dev.nirjas.number.BengaliNumberGrammar}) and the
 * stage that reports NUMBER, NUMBER_RANGE, ORDINAL and PERCENT mentions
 * ({@link dev.nirjas.number.NumberStage}). The lexicons are the {@code .tsv} files beside these
 * classes.
 */
package dev.nirjas.number;

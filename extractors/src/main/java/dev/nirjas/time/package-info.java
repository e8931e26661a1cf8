/**
 * Dates and times: the Bengali time grammar ({@code TimeGrammar}, rules per pattern over tokens and
 * number mentions), the Bengali calendar converter ({@link dev.nirjas.time.BanglaCalendar}), Hijri
 * dates through ICU, and the stage that reports DATE, DATE_RANGE, DURATION, SET and TIME mentions
 * with TIMEX3 values ({@link dev.nirjas.time.TimeStage}).
 */
package dev.nirjas.time;

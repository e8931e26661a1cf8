package dev.nirjas.money;

import java.math.BigDecimal;

/**
 * An amount the money grammar may attach a currency to: a NUMBER or NUMBER_RANGE mention of the
 * number stage, or a word that is an amount only before a currency name (হাজার টাকার নোট, এক
 * ইউরো).
 *
 * @param first index of its first token
 * @param end index one past its last token
 * @param value the value, or the lower end of a range
 * @param upper the upper end of a range, else null
 * @param approx whether an approximation word qualifies it
 * @param lexical whether it is a lone word rather than a number mention: it counts only right
 *     before a currency name
 */
record Amount(int first, int end, BigDecimal value, BigDecimal upper, boolean approx, boolean lexical) {}

package dev.nirjas.time;

/**
 * A count of calendar or clock units read from text: ২০ বছর, কয়েক দিন, তিন দশক (30 years).
 *
 * @param count the count as a plain decimal, or "X" for a vague one (কয়েক)
 * @param unit Y, M, W, D, H, m (minutes) or S
 * @param end the token after the unit word
 * @param approx whether an approximation word came before the count
 */
record UnitCount(String count, char unit, int end, boolean approx) {
  boolean vague() {
    return count.equals("X");
  }
}

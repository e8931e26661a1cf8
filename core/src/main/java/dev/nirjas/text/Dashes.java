package dev.nirjas.text;

/** The dashes Bengali text writes between two numbers or dates, or before a negative number. */
public final class Dashes {
  private Dashes() {}

  /**
   * {@return whether {@code c} is a hyphen-minus, figure dash, en dash, em dash or minus sign}
   *
   * @param c any char
   */
  public static boolean isDash(char c) {
    return c == '-' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';
  }
}

package dev.nirjas.text;

import java.util.function.IntUnaryOperator;

/**
 * A class byte for every char of the Basic Multilingual Plane, computed once from ICU's properties
 * so that the break loops read one array per char instead of asking ICU.
 */
final class BmpTable {
  private BmpTable() {}

  /**
   * {@return a table of {@code classify(c)} for every char {@code c}, surrogates given {@code surrogate}}
   *
   * @param classify a char's class from its code point
   * @param surrogate the class of a surrogate (which the loops leave to ICU)
   */
  static byte[] of(IntUnaryOperator classify, byte surrogate) {
    byte[] classes = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      classes[c] = Character.isSurrogate((char) c) ? surrogate : (byte) classify.applyAsInt(c);
    }
    return classes;
  }
}

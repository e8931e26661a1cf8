package dev.nirjas.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

/**
 * A class byte for every char of the Basic Multilingual Plane, computed once from ICU's properties
 * so that the break loops read one array per char instead of asking ICU.
 *
 * <p>Computing a table asks ICU 65,536 times, and the first question loads ICU's property data:
 * together ~30 ms of a first pipeline. The build computes the tables once ({@link #main}) and ships
 * them beside this class as {@link IcuSnapshot}s, each under the ICU version that made it; a table
 * is read from there only under that same version, and computed otherwise, so it is always what ICU
 * on the class path gives (the tests compare the two).
 */
final class BmpTable {
  /** The word-break classes' table ({@link WordBreakTable}). */
  static final String WORD_BREAK = "word-break.table";
  /** The sentence-break classes' table ({@link SentenceBreakTable}). */
  static final String SENTENCE_BREAK = "sentence-break.table";
  /** Every BMP char's NFC quick-check value and combining class ({@link TextNormalizer}). */
  static final String NFC_PROPERTIES = "nfc.table";

  private BmpTable() {}

  /**
   * {@return a table of {@code classify(c)} for every char {@code c}, surrogates given {@code surrogate}}
   * Read from the build's table {@code name} when the same ICU made it.
   *
   * @param name the table's resource, beside this class
   * @param classify a char's class from its code point
   * @param surrogate the class of a surrogate (which the loops leave to ICU)
   */
  static byte[] of(String name, IntUnaryOperator classify, byte surrogate) {
    byte[] saved = saved(name, Character.MAX_VALUE + 1);
    return saved != null ? saved : computed(classify, surrogate);
  }

  /** {@return the table computed from ICU} */
  static byte[] computed(IntUnaryOperator classify, byte surrogate) {
    byte[] classes = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      classes[c] = Character.isSurrogate((char) c) ? surrogate : (byte) classify.applyAsInt(c);
    }
    return classes;
  }

  /** {@return the build's table {@code name} beside this class, or null ({@link IcuSnapshot#readTable})} */
  static byte[] saved(String name, int length) {
    return IcuSnapshot.readTable(BmpTable.class, name, length);
  }

  /**
   * Writes the tables from ICU (core's {@code process-classes}).
   *
   * @param args the classes directory
   * @throws IOException if a table cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    IcuSnapshot.writeTable(classes, BmpTable.class, WORD_BREAK, WordBreakTable.computed());
    IcuSnapshot.writeTable(classes, BmpTable.class, SENTENCE_BREAK, SentenceBreakTable.computed());
    IcuSnapshot.writeTable(classes, BmpTable.class, NFC_PROPERTIES, TextNormalizer.NfcProperties.computed());
  }
}

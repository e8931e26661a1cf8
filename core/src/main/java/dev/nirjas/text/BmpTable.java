package dev.nirjas.text;

import com.ibm.icu.util.VersionInfo;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

/**
 * A class byte for every char of the Basic Multilingual Plane, computed once from ICU's properties
 * so that the break loops read one array per char instead of asking ICU.
 *
 * <p>Computing a table asks ICU 65,536 times, and the first question loads ICU's property data:
 * together ~30 ms of a first pipeline. The build computes the tables once ({@link #main}) and ships
 * them beside this class, each under the ICU version that made it; a table is read from there only
 * under that same version, and computed otherwise, so it is always what ICU on the class path gives
 * (the tests compare the two).
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

  /**
   * {@return the bytes of table {@code name} written at build time, or null} Null when there is no
   * such resource, another ICU version made it, or it is not {@code length} bytes long.
   */
  static byte[] saved(String name, int length) {
    try (InputStream in = BmpTable.class.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      DataInputStream data = new DataInputStream(in);
      if (!data.readUTF().equals(VersionInfo.ICU_VERSION.toString()) || data.readInt() != length) {
        return null;
      }
      byte[] table = new byte[length];
      data.readFully(table);
      return in.read() == -1 ? table : null;
    } catch (IOException e) {
      return null; // damaged or cut short: ICU gives the same table
    }
  }

  /** Writes a table where the build's classes go: the ICU version, the length, the bytes. */
  static void save(Path classes, String name, byte[] table) {
    Path file = classes.resolve(BmpTable.class.getPackageName().replace('.', '/')).resolve(name);
    try (OutputStream out = Files.newOutputStream(file); DataOutputStream data = new DataOutputStream(out)) {
      data.writeUTF(VersionInfo.ICU_VERSION.toString());
      data.writeInt(table.length);
      data.write(table);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes the tables from ICU (core's {@code process-classes}).
   *
   * @param args the classes directory
   */
  public static void main(String[] args) {
    Path classes = Path.of(args[0]);
    save(classes, WORD_BREAK, WordBreakTable.computed());
    save(classes, SENTENCE_BREAK, SentenceBreakTable.computed());
    save(classes, NFC_PROPERTIES, TextNormalizer.NfcProperties.computed());
  }
}

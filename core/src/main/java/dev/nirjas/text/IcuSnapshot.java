package dev.nirjas.text;

import com.ibm.icu.util.VersionInfo;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Data read from ICU once, at build time, and shipped as a resource: opening ICU's locale data
 * (calendars, display names, time zones) for a few dozen strings costs a first pipeline more than
 * reading them from a small file. A snapshot records the ICU version that made it and is read only
 * under that version, so that its rows are always what ICU on the class path would give. A null
 * column (ICU has no such name) is written as the escape of U+0000 and read back as null.
 *
 * <p>A table of bytes (a class per char, see {@code BmpTable}) is kept the same way in binary
 * ({@link #readTable}, {@link #writeTable}): the ICU version, the length, the bytes.
 */
public final class IcuSnapshot {
  private static final String VERSION = "icu";
  private static final String NULL = "\u0000";

  private IcuSnapshot() {}

  /**
   * The rows of a snapshot resource beside {@code anchor}, or null when there is none or another
   * ICU made it: the caller then asks ICU.
   *
   * @param anchor a class in the resource's package (opened to {@code dev.nirjas.core} in a named
   *     module)
   * @param name the resource's file name
   * @return its rows, in the order written, or null
   */
  public static List<String[]> read(Class<?> anchor, String name) {
    List<String[]> rows;
    try {
      rows = Resources.table(anchor, name); // one lookup of the resource, which says when it is missing
    } catch (IllegalStateException missing) {
      return null;
    }
    if (rows.isEmpty() || !rows.get(0)[0].equals(VERSION) || rows.get(0).length < 2
        || !rows.get(0)[1].equals(VersionInfo.ICU_VERSION.toString())) {
      return null;
    }
    List<String[]> data = rows.subList(1, rows.size());
    for (String[] row : data) {
      for (int i = 0; i < row.length; i++) {
        if (row[i].equals(NULL)) {
          row[i] = null;
        }
      }
    }
    return data;
  }

  /**
   * Writes a snapshot where the build's classes go: the ICU version first, then the rows, each
   * column escaped so that {@link Resources} reads back the same strings (and nulls).
   *
   * @param classes the classes directory
   * @param anchor a class in the resource's package
   * @param name the resource's file name
   * @param rows the rows
   * @throws IOException if it cannot be written
   */
  public static void write(Path classes, Class<?> anchor, String name, List<String[]> rows) throws IOException {
    Path file = classes.resolve(anchor.getPackageName().replace('.', '/')).resolve(name);
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# Written by the build from ICU (" + anchor.getName() + "); not to edit.\n");
      w.write(VERSION + "\t" + VersionInfo.ICU_VERSION + "\n");
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            w.write('\t');
          }
          w.write(escape(row[i] == null ? NULL : row[i]));
        }
        w.write('\n');
      }
    }
  }

  /**
   * The bytes of a table snapshot beside {@code anchor}, or null when there is none, another ICU
   * made it, or it is not {@code length} bytes long (or is damaged): the caller then asks ICU.
   *
   * @param anchor a class in the resource's package
   * @param name the resource's file name
   * @param length the table's length
   * @return the table, or null
   */
  static byte[] readTable(Class<?> anchor, String name, int length) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
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
      return null; // cut short or damaged: ICU gives the same table
    }
  }

  /**
   * Writes a table snapshot where the build's classes go: the ICU version, the length, the bytes.
   *
   * @param classes the classes directory
   * @param anchor a class in the resource's package
   * @param name the resource's file name
   * @param table the bytes
   * @throws IOException if it cannot be written
   */
  static void writeTable(Path classes, Class<?> anchor, String name, byte[] table) throws IOException {
    Path file = classes.resolve(anchor.getPackageName().replace('.', '/')).resolve(name);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file); DataOutputStream data = new DataOutputStream(out)) {
      data.writeUTF(VersionInfo.ICU_VERSION.toString());
      data.writeInt(table.length);
      data.write(table);
    }
  }

  /** {@code s} with the characters {@link Resources} reads specially written as escapes. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == 0 || (i == 0 && c == '#')) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}

package dev.nirjas.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the lexicon files that ship with Nirjas: UTF-8, one entry a line, {@code #} comments,
 * tab-separated columns, {@code \}{@code uXXXX} escapes.
 */
public final class Resources {
  private Resources() {}

  /**
   * The data lines of a resource next to {@code anchor}, split at tabs, escapes decoded.
   *
   * @param anchor a class in the resource's package; in a named module that package must be open
   *     to {@code dev.nirjas.core}
   * @param name the resource's file name ({@code "abbreviations.txt"})
   * @return one array of columns per data line, comments and blank lines left out
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if the resource is missing
   * @throws IllegalArgumentException if a line holds a malformed escape (the message names the
   *     resource and the line)
   */
  public static List<String[]> table(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
    }
    return read(in, name);
  }

  /**
   * The data lines of the resource at {@code path} (absolute, no leading slash) as {@code loader}
   * finds it, split at tabs, escapes decoded.
   *
   * @param loader the class loader to ask (another jar's types, say)
   * @param path the resource's path ({@code "dev/nirjas/event/types/arrest.tsv"})
   * @return one array of columns per data line, comments and blank lines left out
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if the resource is missing
   * @throws IllegalArgumentException if a line holds a malformed escape (the message names the
   *     resource and the line)
   */
  public static List<String[]> table(ClassLoader loader, String path) {
    InputStream in = loader.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return read(in, path);
  }

  private static List<String[]> read(InputStream stream, String name) {
    String text;
    try (InputStream in = stream) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    try {
      return rows(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("resource " + name + ", " + e.getMessage(), e);
    }
  }

  /**
   * The data lines of a table's text, as {@link #table} reads them. Lines end as {@link
   * java.io.BufferedReader#readLine} ends them (at {@code \n}, {@code \r} or {@code \r\n}). One
   * loop over the whole text rather than a reader's lines split again: the lexicons read some 20,000
   * lines at start.
   */
  static List<String[]> rows(String text) {
    List<String[]> rows = new ArrayList<>();
    int n = text.length();
    int line = 0;
    for (int start = 0; start < n; ) {
      line++;
      int end = start;
      int tabs = 0;
      boolean blank = true;
      for (char c; end < n && (c = text.charAt(end)) != '\n' && c != '\r'; end++) {
        if (c == '\t') {
          tabs++;
        } else if (blank && !Character.isWhitespace(c)) {
          blank = false;
        }
      }
      if (!blank && text.charAt(start) != '#') {
        String[] cols = new String[tabs + 1];
        for (int col = 0, from = start; col <= tabs; col++) {
          int to = col == tabs ? end : text.indexOf('\t', from);
          try {
            cols[col] = unescape(text.substring(from, to));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
          }
          from = to + 1;
        }
        rows.add(cols);
      }
      start = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
    return rows;
  }

  /**
   * Decodes {@code \}{@code uXXXX} escapes.
   *
   * @throws IllegalArgumentException if four hex digits do not follow a {@code \}{@code u}
   */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 6 <= s.length() && s.charAt(i + 1) == 'u') {
        String hex = s.substring(i + 2, i + 6);
        try {
          b.append((char) HexFormat.fromHexDigits(hex)); // hex digits only: parseInt took a sign too
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("not an escape: \\u" + hex, e);
        }
        i += 5;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}

package dev.nirjas.bench;

import dev.nirjas.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * The same text cut into documents of one size, for the scaling check: the corpus texts joined
 * with blank lines, then sliced into consecutive pieces of about {@code size} UTF-8 bytes.
 *
 * <p>Every size gets the same text, so any difference in time per char comes from document size
 * alone: a per-document cost shows at 1 KB, anything worse than linear at 10 MB.
 */
public final class SizedDocuments {
  private SizedDocuments() {}

  /**
   * The corpus texts joined by {@code "\n\n"}, cut at a white space once {@code maxBytes} UTF-8
   * bytes are reached (the whole join if the corpus is smaller).
   */
  public static String joined(Corpus corpus, long maxBytes) {
    StringBuilder b = new StringBuilder();
    long bytes = 0;
    for (Document d : corpus.documents()) {
      if (bytes >= maxBytes) {
        break;
      }
      if (b.length() > 0) {
        b.append("\n\n");
        bytes += 2;
      }
      b.append(d.text());
      bytes += Corpus.utf8Length(d.text());
    }
    String all = b.toString();
    return bytes <= maxBytes ? all : all.substring(0, cut(all, 0, maxBytes));
  }

  /** {@code text} sliced into consecutive documents of about {@code size} UTF-8 bytes each. */
  public static List<Document> slices(String text, long size) {
    List<Document> docs = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = cut(text, start, size);
      docs.add(Document.of(size + "-" + docs.size(), text.substring(start, end)));
      start = end;
    }
    return docs;
  }

  /**
   * Where a piece of about {@code size} UTF-8 bytes starting at {@code start} ends: just after the
   * last white space of its final fifth, so words stay whole; never inside a surrogate pair.
   */
  static int cut(String text, int start, long size) {
    long bytes = 0;
    int i = start;
    while (i < text.length() && bytes < size) {
      bytes += utf8Units(text.charAt(i));
      i++;
    }
    if (i >= text.length()) {
      return text.length();
    }
    int floor = start + (i - start) * 4 / 5;
    for (int j = i; j > floor; j--) {
      if (Character.isWhitespace(text.charAt(j - 1))) {
        return j;
      }
    }
    return Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
  }

  /** UTF-8 bytes per UTF-16 unit: a surrogate pair's two units count 2 each, 4 in all. */
  private static int utf8Units(char c) {
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800 || Character.isSurrogate(c)) {
      return 2;
    }
    return 3;
  }
}

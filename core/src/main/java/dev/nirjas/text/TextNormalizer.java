package dev.nirjas.text;

import com.ibm.icu.text.Normalizer2;
import dev.nirjas.NormalizedText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * Brings Bengali text to one canonical form and keeps the way back to the original offsets.
 *
 * <p>Two offset-correcting Lucene char filters do the work: ICU's NFC (only when the text is not
 * already NFC) and then a {@link MappingCharFilter} with the rules in {@code normalization.tsv}:
 * nukta letters composed whichever way they were typed (NFC itself decomposes য়, ড়, ঢ়), khanda ta
 * typed with ZWJ, joiners and soft hyphens removed, odd spaces made plain, '|' read as a danda, wiki
 * bold/italic markup deleted and {@code ==} heading markers turned into paragraph separators.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final NormalizeCharMap rules;
  private final boolean[] ruleStart = new boolean[Character.MAX_VALUE + 1];

  /** The normalizer with Nirjas's rules. */
  public TextNormalizer() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (String[] row : Resources.table(TextNormalizer.class, "normalization.tsv")) {
      if (row.length < 2 || row[0].isEmpty()) {
        throw new IllegalStateException("bad normalization rule: " + String.join("\t", row));
      }
      b.add(row[0], row[1]);
      ruleStart[row[0].charAt(0)] = true;
    }
    this.rules = b.build();
  }

  /** Normalizes {@code text}; the result maps every offset back to {@code text}. */
  public NormalizedText normalize(String text) {
    boolean nfc = NFC.isNormalized(text);
    if (nfc && !anyRuleStart(text)) {
      return NormalizedText.identity(text);
    }
    Reader in = new StringReader(text);
    if (!nfc) {
      in = new ICUNormalizer2CharFilter(in, NFC);
    }
    CharFilter filter = new MappingCharFilter(rules, in);
    StringBuilder out = new StringBuilder(text.length());
    try {
      char[] buf = new char[4096];
      for (int n; (n = filter.read(buf)) >= 0; ) {
        out.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    if (out.length() == text.length() && text.contentEquals(out)) {
      return NormalizedText.identity(text);
    }
    int[] starts = new int[out.length() + 1];
    for (int i = 0, prev = 0; i <= out.length(); i++) {
      prev = Math.min(text.length(), Math.max(prev, filter.correctOffset(i)));
      starts[i] = prev;
    }
    starts[out.length()] = text.length();
    return NormalizedText.mapped(text, out.toString(), starts);
  }

  private boolean anyRuleStart(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (ruleStart[text.charAt(i)]) {
        return true;
      }
    }
    return false;
  }

  /** The rules' sources, for documentation and tests. */
  static List<String[]> ruleTable() {
    return Resources.table(TextNormalizer.class, "normalization.tsv");
  }
}

package dev.nirjas.text;

import com.ibm.icu.text.Normalizer2;
import dev.nirjas.NormalizedText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * Brings Bengali text to one canonical form and keeps the way back to the original offsets.
 *
 * <p>Two steps. NFC, only when the text is not NFC already, through Lucene's offset-correcting
 * {@link ICUNormalizer2CharFilter}. Then the rules of {@code normalization.tsv}: nukta letters
 * composed whichever way they were typed (NFC itself decomposes য়, ড়, ঢ়), khanda ta typed with
 * ZWJ, joiners and soft hyphens removed, odd spaces made plain, '|' read as a danda, wiki
 * bold/italic markup deleted and {@code ==} heading markers turned into paragraph separators.
 *
 * <p>The rules are applied by one hand-written pass over the chars that records, for every output
 * char, the original offset it comes from. It replaced Lucene's {@code MappingCharFilter}: nearly
 * every Bengali text has a rule to apply (decomposed য়), and the char filter's per-char lookups and
 * per-offset binary searches took 40% of the foundation's time (docs/PERFORMANCE.md); the pass
 * also gives exact span ends where deleted markup follows a word.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final WordTrie<String> rules;
  private final boolean[] ruleStart = new boolean[Character.MAX_VALUE + 1];

  /** The normalizer with Nirjas's rules. */
  public TextNormalizer() {
    Map<String, String> table = new LinkedHashMap<>();
    for (String[] row : Resources.table(TextNormalizer.class, "normalization.tsv")) {
      if (row.length < 2 || row[0].isEmpty()) {
        throw new IllegalStateException("bad normalization rule: " + String.join("\t", row));
      }
      table.putIfAbsent(row[0], row[1]);
      ruleStart[row[0].charAt(0)] = true;
    }
    this.rules = WordTrie.of(table);
  }

  /**
   * A lexicon entry in canonical form, as token forms are: stripped and normalized, so that files
   * may spell nukta letters either way.
   *
   * @throws IllegalStateException if nothing is left of the entry
   */
  public String lexiconForm(String entry) {
    String w = normalize(entry.strip()).text();
    if (w.isEmpty()) {
      throw new IllegalStateException("empty lexicon entry: '" + entry + "'");
    }
    return w;
  }

  /** Normalizes {@code text}; the result maps every offset back to {@code text}. */
  public NormalizedText normalize(String text) {
    String input = text;
    int[] nfcStarts = null;
    if (!surelyNfc(text) && !NFC.isNormalized(text)) {
      Nfc composed = nfc(text);
      input = composed.text;
      nfcStarts = composed.starts;
    }
    int n = input.length();
    char[] out = null; // allocated at the first rule that applies
    int[] starts = null;
    int o = 0;
    for (int i = 0; i < n; ) {
      char c = input.charAt(i);
      if (ruleStart[c]) {
        int[] ends = rules.prefixEnds(input, i);
        if (ends.length > 0) {
          String to = rules.get(input, i, ends[0]);
          if (out == null) {
            out = new char[n + 16];
            starts = new int[n + 17];
            input.getChars(0, i, out, 0);
            for (int k = 0; k < i; k++) {
              starts[k] = k;
            }
            o = i;
          }
          if (o + to.length() >= out.length) {
            out = java.util.Arrays.copyOf(out, out.length * 2 + to.length());
            starts = java.util.Arrays.copyOf(starts, out.length + 1);
          }
          for (int k = 0; k < to.length(); k++) {
            out[o] = to.charAt(k);
            starts[o++] = i;
          }
          i = ends[0];
          continue;
        }
      }
      if (out != null) {
        if (o >= out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
          starts = java.util.Arrays.copyOf(starts, out.length + 1);
        }
        out[o] = c;
        starts[o++] = i;
      }
      i++;
    }
    if (out == null && nfcStarts == null) {
      return NormalizedText.identity(text);
    }
    String normalized;
    int[] map;
    if (out == null) {
      normalized = input;
      map = new int[n + 1];
      for (int k = 0; k < n; k++) {
        map[k] = k;
      }
    } else {
      normalized = new String(out, 0, o);
      map = java.util.Arrays.copyOf(starts, o + 1);
    }
    map[normalized.length()] = n;
    if (nfcStarts != null) {
      for (int k = 0; k <= normalized.length(); k++) {
        map[k] = nfcStarts[map[k]];
      }
    }
    map[normalized.length()] = text.length();
    return NormalizedText.mapped(text, normalized, map);
  }

  /**
   * A fast check that ordinary Bengali and ASCII text is already NFC, so ICU's full check (7% of
   * the pipeline's time when run on every document) is needed only for the rest. True only when
   * every char is Latin, Bengali, a danda or general punctuation (joiners too), and no Bengali sequence that NFC
   * would change occurs: ে followed by া or ৗ (NFC composes ো ৌ), য় ড় ঢ় as one code point (NFC decomposes them), or
   * combining marks out of canonical order (a virama before a nukta). False means "ask ICU", not
   * "not NFC". The test compares it with ICU on 200,000 random strings.
   */
  static boolean surelyNfc(CharSequence text) {
    char previous = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x300 || c == '\u0964' || c == '\u0965' || (c >= '\u2002' && c <= '\u205E')
          || (c >= '\u2190' && c <= '\u21FF')) {
        previous = c; // Latin, the danda, joiners, dashes, quotes, arrows: nothing NFC changes
        continue;
      }
      if (c < '\u0980' || c > '\u09FF') {
        return false;
      }
      switch (c) {
        case '\u09DC', '\u09DD', '\u09DF' -> {
          return false;
        }
        case '\u09BE', '\u09D7' -> {
          if (previous == '\u09C7') {
            return false;
          }
        }
        // marks out of canonical order (combining classes ় 7, ্ 9, ৾ 230): ্ or ৾ before ়, ৾ before ্
        case '\u09BC' -> {
          if (previous == '\u09CD' || previous == '\u09FE') {
            return false;
          }
        }
        case '\u09CD' -> {
          if (previous == '\u09FE') {
            return false;
          }
        }
        default -> { }
      }
      previous = c;
    }
    return true;
  }

  private record Nfc(String text, int[] starts) {}

  /** NFC through Lucene's offset-correcting ICU char filter, with the original offset of each char. */
  private static Nfc nfc(String text) {
    CharFilter filter = new ICUNormalizer2CharFilter(new StringReader(text), NFC);
    StringBuilder out = new StringBuilder(text.length());
    try (Reader r = filter) {
      char[] buf = new char[4096];
      for (int k; (k = r.read(buf)) >= 0; ) {
        out.append(buf, 0, k);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    int[] starts = new int[out.length() + 1];
    for (int i = 0, prev = 0; i <= out.length(); i++) {
      prev = Math.min(text.length(), Math.max(prev, filter.correctOffset(i)));
      starts[i] = prev;
    }
    return new Nfc(out.toString(), starts);
  }
}

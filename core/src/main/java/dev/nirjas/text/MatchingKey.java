package dev.nirjas.text;

import org.apache.lucene.analysis.bn.BengaliNormalizer;
import org.apache.lucene.analysis.bn.BengaliStemmer;
import org.apache.lucene.analysis.in.IndicNormalizer;

/**
 * A loose key for lexicon lookups, made with Lucene's Bengali normalization and stemming: "চীনের",
 * "চীনে" and "চীন" share one key.
 *
 * <p>For matching only, never for output: Lucene's normalizer merges letters that differ in meaning
 * (ী/ি, ষ/স, ড়/র) and its stemmer over-strips. Stateless and thread-safe.
 */
public final class MatchingKey {
  private static final IndicNormalizer INDIC = new IndicNormalizer();
  private static final BengaliNormalizer BENGALI = new BengaliNormalizer();
  private static final BengaliStemmer STEMMER = new BengaliStemmer();

  private MatchingKey() {}

  /**
   * {@return the loose key of a word}
   *
   * @param word a word in canonical form (a {@link dev.nirjas.Token#form()})
   */
  public static String of(CharSequence word) {
    char[] buf = new char[word.length()];
    for (int i = 0; i < buf.length; i++) {
      buf[i] = word.charAt(i);
    }
    int len = INDIC.normalize(buf, buf.length);
    len = BENGALI.normalize(buf, len);
    len = STEMMER.stem(buf, len);
    return new String(buf, 0, len);
  }
}

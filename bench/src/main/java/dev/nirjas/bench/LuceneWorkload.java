package dev.nirjas.bench;

import dev.nirjas.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The baseline: Lucene's {@link BengaliAnalyzer} (standard tokenizer, lower case, decimal digits,
 * Indic and Bengali normalization, stop words, Bengali stemmer) run to the last token.
 *
 * <p>It is the cheapest credible "tokenize and normalize Bengali" on the JVM, which is why Nirjas
 * quotes its speed as a ratio to it. One instance per thread: the analyzer reuses its token
 * stream per thread, and {@link #termChars()} is a plain field.
 */
public final class LuceneWorkload implements Workload, AutoCloseable {
  private static final String FIELD = "text";

  private final BengaliAnalyzer analyzer = new BengaliAnalyzer();
  private long termChars;

  @Override
  public String label() {
    return "Lucene BengaliAnalyzer";
  }

  @Override
  public long process(Document document) {
    long tokens = 0;
    long chars = 0;
    // tokenStream(String, String) reuses the analyzer's components; close() hands them back.
    try (TokenStream ts = analyzer.tokenStream(FIELD, document.text())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens++;
        chars += term.length();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    termChars += chars;
    return tokens;
  }

  /** The total length of all terms produced so far: proof that every term was read. */
  public long termChars() {
    return termChars;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}

package dev.nirjas.bench;

import dev.nirjas.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference {@code bench/cli} sets the command line against: one pass of Lucene's
 * {@link org.apache.lucene.analysis.bn.BengaliAnalyzer} over a JSON Lines file in a fresh JVM —
 * each line read, its JSON parsed, its {@code "text"} analyzed to the last token — which is what
 * the cheapest credible Bengali batch job costs, start-up included. Prints the documents, the
 * input's bytes, the tokens and the milliseconds from {@code main} to the end.
 */
public final class LuceneJsonlPass {
  private LuceneJsonlPass() {}

  /** {@code LuceneJsonlPass FILE}: prints {@code docs N bytes N tokens N ms N}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: LuceneJsonlPass FILE.jsonl");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    Path file = Path.of(args[0]);
    long tokens = 0;
    List<Document> docs = Corpus.readJsonl(file, Corpus.Limit.NONE); // the benchmarks' own reader
    try (LuceneWorkload lucene = new LuceneWorkload()) {
      for (Document d : docs) {
        tokens += lucene.process(d);
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("docs %d bytes %d tokens %d ms %d%n", docs.size(), Files.size(file), tokens, ms);
  }
}

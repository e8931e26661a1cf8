package dev.nirjas.bench;

import dev.nirjas.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

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
    JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    long docs = 0;
    long bytes = 0;
    long tokens = 0;
    try (LuceneWorkload lucene = new LuceneWorkload();
        BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        bytes += Corpus.utf8Length(line) + 1;
        if (line.isBlank()) {
          continue;
        }
        Corpus.Article a = mapper.readValue(line, Corpus.Article.class);
        tokens += lucene.process(Document.of(String.valueOf(++docs), a.text() == null ? "" : a.text()));
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("docs %d bytes %d tokens %d ms %d%n", docs, bytes, tokens, ms);
  }
}

package dev.nirjas.bench;

import dev.nirjas.Document;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The batch of documents every JMH benchmark processes per operation, loaded once per fork.
 *
 * <p>The default batch is the first ~2 MB of the corpus: big enough to mix short and long articles,
 * small enough for several operations per 2-second iteration. {@code -p batchKb=0} takes the whole
 * corpus.
 */
@State(Scope.Benchmark)
public class CorpusState {
  /** The batch size in KB (10^3 UTF-8 bytes), 0 for the whole corpus. */
  @Param("2000")
  public int batchKb;

  /** The documents of one operation. */
  public List<Document> documents;

  /** Loads the batch. */
  @Setup(Level.Trial)
  public void load() {
    Corpus corpus = Corpus.load(ProjectRoot.find(), new Corpus.Limit(0, batchKb * 1_000L));
    documents = corpus.documents();
    System.out.printf("%n# batch: %d documents, %.2f MB UTF-8 from %s%n", corpus.size(),
        corpus.utf8Bytes() / 1e6, corpus.source());
  }
}

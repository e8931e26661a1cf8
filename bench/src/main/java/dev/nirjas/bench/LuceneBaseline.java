package dev.nirjas.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Time per corpus batch of Lucene's BengaliAnalyzer: the yardstick of every Nirjas figure. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LuceneBaseline {
  private LuceneWorkload lucene;

  /** Creates the analyzer. */
  @Setup
  public void setUp() {
    lucene = new LuceneWorkload();
  }

  /** Closes the analyzer. */
  @TearDown
  public void tearDown() {
    lucene.close();
  }

  /** Tokenizes, normalizes and stems the batch; returns the token count. */
  @Benchmark
  public long analyze(CorpusState corpus) {
    return lucene.processAll(corpus.documents);
  }
}

package dev.nirjas.bench;

import dev.nirjas.Pipeline;
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
import org.openjdk.jmh.annotations.Warmup;

/** Time per corpus batch of {@link Pipeline#standard()}: every stage on the class path. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FullPipelineBenchmark {
  private PipelineWorkload full;

  /** Builds the standard pipeline. */
  @Setup
  public void setUp() {
    full = new PipelineWorkload("full pipeline", Pipeline.standard());
  }

  /** Annotates the batch; returns the token count. */
  @Benchmark
  public long annotate(CorpusState corpus) {
    return full.processAll(corpus.documents);
  }
}

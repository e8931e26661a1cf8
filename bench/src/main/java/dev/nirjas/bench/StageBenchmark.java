package dev.nirjas.bench;

import dev.nirjas.Pipeline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per corpus batch of the standard pipeline up to and including one stage; a stage's own cost
 * is the difference from the previous stage's row.
 *
 * <p>The default {@code stage} values are the stages every build has. {@link JmhLauncher} (what
 * {@code bench/run jmh} uses) replaces them with the stages actually on the class path, so stages
 * added later are measured without editing this class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {
  /** The name of the last stage of the measured prefix. */
  @Param({"normalization", "segmentation"})
  public String stage;

  private PipelineWorkload prefix;

  /** Builds the prefix of the standard pipeline that ends with {@link #stage}. */
  @Setup
  public void setUp() {
    prefix = new PipelineWorkload(stage, StagePrefixes.upTo(Pipeline.standard(), stage));
  }

  /** Annotates the batch with the prefix; returns the token count. */
  @Benchmark
  public long annotate(CorpusState corpus) {
    return prefix.processAll(corpus.documents);
  }
}

/**
 * Benchmarks of the Nirjas pipeline, always measured against Lucene's {@code BengaliAnalyzer} on the
 * same corpus in the same JVM.
 *
 * <p>{@link dev.nirjas.bench.CorpusRunner} prints the throughput table quoted in
 * {@code docs/PERFORMANCE.md}; the JMH benchmarks ({@link dev.nirjas.bench.LuceneBaseline},
 * {@link dev.nirjas.bench.StageBenchmark}, {@link dev.nirjas.bench.FullPipelineBenchmark}) give
 * the statistically careful view of the same workloads.
 */
package dev.nirjas.bench;

package dev.nirjas.spark;

import dev.nirjas.Pipeline;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline of this JVM: built on first use (the initialization-on-demand holder idiom), once
 * per executor, and shared by all its tasks (a built {@link Pipeline} is thread-safe). Building it
 * loads the lexicons and the name-finder model, seconds of work that must not be paid per row or
 * per partition; it is never sent over the wire.
 */
final class ExecutorPipeline {
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private ExecutorPipeline() {}

  private static final class Holder {
    static final Pipeline PIPELINE = build();

    private static Pipeline build() {
      BUILDS.incrementAndGet();
      return Pipeline.standard(ExecutorPipeline.class.getClassLoader());
    }
  }

  /** The pipeline, built on the first call in this JVM. */
  static Pipeline get() {
    return Holder.PIPELINE;
  }

  /** How many times this JVM built it: 1 once used (for the tests). */
  static int builds() {
    return BUILDS.get();
  }
}

package dev.nirjas.bench;

import dev.nirjas.Document;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Counts the heap bytes the current thread allocates while a workload runs, with HotSpot's
 * per-thread allocation counter ({@link com.sun.management.ThreadMXBean}).
 *
 * <p>The counter sees allocations that survive the JIT's escape analysis, so run it after warm-up
 * to measure what the compiled code really allocates.
 */
public final class AllocationMeter {
  private static volatile long sink;

  private final com.sun.management.ThreadMXBean threads;

  /**
   * @throws IllegalStateException if this JVM cannot count allocated bytes per thread
   */
  public AllocationMeter() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (!(bean instanceof com.sun.management.ThreadMXBean)) {
      throw new IllegalStateException("this JVM has no com.sun.management.ThreadMXBean");
    }
    threads = (com.sun.management.ThreadMXBean) bean;
    if (!threads.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM does not count allocated bytes per thread");
    }
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  /** The bytes allocated by one pass of {@code workload} over {@code documents}. */
  public long bytesOf(Workload workload, List<Document> documents) {
    long before = threads.getCurrentThreadAllocatedBytes();
    sink += workload.processAll(documents);
    return threads.getCurrentThreadAllocatedBytes() - before;
  }
}

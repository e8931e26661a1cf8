package dev.nirjas.cli;

import dev.nirjas.Pipeline;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * One run of {@code extract}: the records read on this thread, worked on by the pipeline's pool
 * ({@link Pipeline#processAll}: results in input order, so the output is the same bytes on any
 * number of threads), written whole one after another.
 */
final class BatchRun {
  /**
   * Records in flight per thread. Results leave in input order, so while one long article is
   * annotated the other threads go on only until the window is full: with 2 × threads, a 264 kB
   * article among 18 kB ones left the second core idle most of the time (2 threads were 1.1 × one
   * on the Wikipedia corpus). The window's records and results are what the run holds in memory.
   */
  static final int WINDOW_PER_THREAD = 16;

  private final Pipeline pipeline;
  private final RecordWork work;
  private final int threads;
  private final boolean failFast;

  /** {@code --resume} was given other inputs than those the output was made from. */
  static final class NotTheSameInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotTheSameInput(String message) {
      super(message);
    }
  }

  /**
   * @param failFast stop after the first error record (it is written)
   */
  BatchRun(Pipeline pipeline, RecordWork work, int threads, boolean failFast) {
    this.pipeline = pipeline;
    this.work = work;
    this.threads = threads;
    this.failFast = failFast;
  }

  /**
   * Runs over the records.
   *
   * @param skip the records at the start to pass over (what {@code --resume} found done)
   * @throws RecordSink.OutputFailure when writing fails
   * @throws NotTheSameInput when the record before the resumed ones does not match the output's last
   */
  Summary.Ending run(RecordReader records, Resume.Point skip, RecordSink sink, Summary summary,
      Progress progress, StopSignal stop) {
    RawRecord lastSkipped = null;
    for (long i = 0; i < skip.records() && records.hasNext() && !stop.received(); i++) {
      lastSkipped = records.next();
    }
    if (skip.lastId() != null && lastSkipped != null) {
      // the same id at the same place, or these are not the inputs the output was made from
      String id = work.apply(lastSkipped).id();
      if (!id.equals(skip.lastId())) {
        throw new NotTheSameInput("the output's record " + skip.records() + " has the id \"" + skip.lastId()
            + "\", the input's (" + lastSkipped.where() + ") \"" + id + "\": --resume needs the same inputs");
      }
    }
    Iterator<RawRecord> input = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !stop.received() && records.hasNext(); // a signal stops the reading first
      }

      @Override
      public RawRecord next() {
        return records.next();
      }
    };
    try (Stream<Result> results = pipeline.processAll(input, threads, WINDOW_PER_THREAD * threads, work)) {
      Iterator<Result> it = results.iterator();
      while (!stop.received() && it.hasNext()) {
        Result r = it.next();
        sink.write(r.output());
        summary.add(r);
        progress.update(records.bytesRead(), summary.records());
        if (failFast && r.isError()) {
          return Summary.Ending.FAILED_FAST;
        }
      }
    }
    return stop.received() ? Summary.Ending.INTERRUPTED : Summary.Ending.COMPLETE;
  }
}

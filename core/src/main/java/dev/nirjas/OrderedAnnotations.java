package dev.nirjas;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The annotations of a sequence of documents in input order, computed on a pool of threads with
 * a bounded number in flight, so that memory stays flat however long the input. Not thread-safe:
 * one consumer reads it. {@link #close()} stops the pool (the threads are daemons, so an abandoned
 * iterator does not keep the JVM alive).
 */
final class OrderedAnnotations implements Iterator<Annotation>, AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Pipeline pipeline;
  private final Iterator<Document> documents;
  private final ExecutorService pool;
  private final int window;
  private final ArrayDeque<Future<Annotation>> inFlight = new ArrayDeque<>();

  OrderedAnnotations(Pipeline pipeline, Iterator<Document> documents, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.pipeline = pipeline;
    this.documents = documents;
    this.window = 2 * threads; // enough to keep every thread busy while the consumer reads
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "nirjas-" + id + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  private void fill() {
    while (inFlight.size() < window && documents.hasNext()) {
      Document d = documents.next();
      inFlight.add(pool.submit(() -> pipeline.annotate(d)));
    }
    if (inFlight.isEmpty()) {
      pool.shutdown();
    }
  }

  @Override
  public boolean hasNext() {
    fill();
    return !inFlight.isEmpty();
  }

  /**
   * The next annotation in input order.
   *
   * @throws PipelineException as {@link Pipeline#annotate(Document)} throws it for that document
   */
  @Override
  public Annotation next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Future<Annotation> f = inFlight.poll();
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new PipelineException("interrupted while annotating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new PipelineException("annotating failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    inFlight.forEach(f -> f.cancel(true));
    inFlight.clear();
    pool.shutdownNow();
  }
}

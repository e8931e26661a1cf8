package dev.nirjas;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The results of some work on each of a sequence of inputs (annotating a document; or reading a
 * record, annotating it and writing the result), in input order, computed on a pool of threads
 * with a bounded number in flight, so that memory stays flat however long the input. Not
 * thread-safe: one consumer reads it, and the inputs are taken from their iterator on the
 * consumer's thread. {@link #close()} stops the pool (the threads are daemons, so an abandoned
 * iterator does not keep the JVM alive).
 */
final class OrderedWork<T, R> implements Iterator<R>, AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Function<? super T, ? extends R> work;
  private final Iterator<T> inputs;
  private final ExecutorService pool;
  private final int window;
  private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();

  OrderedWork(Iterator<T> inputs, int threads, int window, Function<? super T, ? extends R> work) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (window < threads) {
      throw new IllegalArgumentException("the window (" + window + ") must be at least the threads (" + threads + ")");
    }
    this.work = work;
    this.inputs = inputs;
    this.window = window;
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "nirjas-" + id + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  private void fill() {
    while (inFlight.size() < window && inputs.hasNext()) {
      T input = inputs.next();
      inFlight.add(pool.submit(() -> work.apply(input)));
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
   * The next result in input order.
   *
   * @throws RuntimeException as the work threw it for that input ({@link PipelineException} from
   *     {@link Pipeline#annotate(Document)})
   */
  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Future<R> f = inFlight.poll();
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

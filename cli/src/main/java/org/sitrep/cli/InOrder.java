package org.sitrep.cli;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work on a pool of threads, results handed back in the order the work was given, on the thread
 * that gives it: a batch's documents run through the pipeline in parallel while its output, store
 * writes and messages stay those of one document after the other. At most a few items per thread
 * wait at a time, so memory does not grow with the batch. With one thread nothing is started: each
 * item runs and is handed back at once, in the caller's thread.
 *
 * <p>An exception thrown by the work (not a document's failure, which the work returns as data: a
 * pipeline that cannot be loaded, say) ends the run: it is thrown again, as it was, by the call
 * that would have handed that result back.
 */
final class InOrder<R> implements AutoCloseable {
  private final ExecutorService pool;
  private final int window;
  private final ArrayDeque<Pending<R>> pending = new ArrayDeque<>();

  private record Pending<R>(Future<R> result, Consumer<R> then) {}

  InOrder(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemons());
    this.window = 4 * threads;
  }

  /** Runs {@code work} on the pool; {@code then} gets its result in this thread, in order. */
  void submit(Supplier<R> work, Consumer<R> then) {
    if (pool == null) {
      then.accept(work.get());
      return;
    }
    pending.add(new Pending<>(pool.submit(work::get), then));
    while (pending.size() > window) {
      handBack();
    }
  }

  /** Hands {@code value} to {@code then} after everything given before it. */
  void done(R value, Consumer<R> then) {
    if (pool == null) {
      then.accept(value);
      return;
    }
    pending.add(new Pending<>(CompletableFuture.completedFuture(value), then));
    while (pending.size() > window) {
      handBack();
    }
  }

  /** Waits for every item given so far and hands each back, in order. */
  void finish() {
    while (!pending.isEmpty()) {
      handBack();
    }
  }

  private void handBack() {
    Pending<R> p = pending.poll();
    R r;
    try {
      r = p.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    p.then().accept(r);
  }

  /** Stops the pool; work still waiting is dropped (after a failure, or when the run ends). */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** The default: one thread per processor. */
  static int processors() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "sitrep-worker-" + n.incrementAndGet());
      t.setDaemon(true); // a run that failed must not be kept alive by idle workers
      return t;
    };
  }
}

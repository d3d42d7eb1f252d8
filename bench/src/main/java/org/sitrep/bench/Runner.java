package org.sitrep.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.sitrep.ingest.ReadResult;
import org.sitrep.measure.HeapWatch;
import org.sitrep.measure.Measurement;
import org.sitrep.model.Document;

/**
 * Drives documents from a streamed corpus through some work on a fixed pool of threads, with a
 * bounded queue so that reading never runs ahead of processing (memory stays flat whatever the
 * corpus size), and measures time, CPU and heap.
 */
final class Runner {
  /** A streamed corpus: hands each document (or rejection) to the sink, in order. */
  interface Corpus {
    void forEach(Consumer<ReadResult> sink);
  }

  /** The work per document; returns the number of events it produced. */
  interface Work {
    Result apply(Document d);
  }

  /** Tokens seen and events produced by one document. */
  record Result(long tokens, long events) {}

  private final int threads;
  private final Consumer<String> progress;

  Runner(int threads, Consumer<String> progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    this.threads = threads;
    this.progress = progress;
  }

  Measurement run(String what, Corpus corpus, Work work) {
    LongAdder docs = new LongAdder();
    LongAdder tokens = new LongAdder();
    LongAdder events = new LongAdder();
    LongAdder rejected = new LongAdder();
    LongAdder workCpu = new LongAdder();
    ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * 4),
            new ThreadPoolExecutor.CallerRunsPolicy());
    try (HeapWatch heap = new HeapWatch()) {
      long jit0 = jitMillis();
      long gc0 = gcMillis();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      long[] lastReport = {t0};
      corpus.forEach(
          r -> {
            if (r instanceof ReadResult.Rejected) {
              rejected.increment();
              return;
            }
            Document d = ((ReadResult.Ok) r).document();
            pool.execute(
                () -> {
                  long c0 = threadBean.getCurrentThreadCpuTime();
                  try {
                    Result res = work.apply(d);
                    tokens.add(res.tokens());
                    events.add(res.events());
                    docs.increment();
                  } catch (RuntimeException e) {
                    // Counted and reported, as the CLI does; the run goes on.
                    rejected.increment();
                    progress.accept(d.id() + ": failed: " + e);
                  } finally {
                    workCpu.add(threadBean.getCurrentThreadCpuTime() - c0);
                  }
                });
            long now = System.nanoTime();
            if (now - lastReport[0] > 30_000_000_000L) {
              lastReport[0] = now;
              progress.accept(
                  String.format(
                      java.util.Locale.ROOT,
                      "%s: %d documents, %d tokens in %.0f s: %.1f documents/s, %.0f tokens/s,"
                          + " %.0f tokens per CPU-second, peak heap %.0f MiB (live %.0f MiB)",
                      what,
                      docs.sum(),
                      tokens.sum(),
                      (now - t0) / 1e9,
                      docs.sum() / ((now - t0) / 1e9),
                      tokens.sum() / ((now - t0) / 1e9),
                      tokens.sum() / ((os.getProcessCpuTime() - cpu0) / 1e9),
                      heap.peakUsed() / 1048576.0,
                      heap.peakLiveAfterGc() / 1048576.0));
            }
          });
      pool.shutdown();
      awaitQuietly(pool);
      long wall = System.nanoTime() - t0;
      long cpu = os.getProcessCpuTime() - cpu0;
      // Where the CPU beyond the work threads goes: the JIT compiler and the collector (both as
      // the JVM reports their elapsed time; GC workers may run in parallel).
      progress.accept(
          String.format(
              java.util.Locale.ROOT,
              "%s: JIT compilation %.1f s, GC %.1f s during the run",
              what,
              (jitMillis() - jit0) / 1e3,
              (gcMillis() - gc0) / 1e3));
      return new Measurement(
          what,
          threads,
          docs.sum(),
          tokens.sum(),
          events.sum(),
          rejected.sum(),
          wall,
          cpu,
          workCpu.sum(),
          heap.peakUsed(),
          heap.peakLiveAfterGc(),
          heap.max());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long jitMillis() {
    java.lang.management.CompilationMXBean c = ManagementFactory.getCompilationMXBean();
    return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
  }

  private static long gcMillis() {
    long t = 0;
    for (java.lang.management.GarbageCollectorMXBean g :
        ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, g.getCollectionTime());
    }
    return t;
  }

  private static void awaitQuietly(ThreadPoolExecutor pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // keep waiting: the queue is bounded, so this ends
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the benchmark", e);
    }
  }
}

package org.sitrep.measure;

import java.util.Locale;

/** What one benchmark run measured. Rates are per wall second and per CPU second of the JVM. */
public record Measurement(
    String what,
    int threads,
    long documents,
    long tokens,
    long events,
    long rejected,
    long wallNanos,
    long cpuNanos,
    long workCpuNanos,
    long peakHeapBytes,
    long peakLiveBytes,
    long maxHeapBytes) {

  public double seconds() {
    return wallNanos / 1e9;
  }

  public double docsPerSecond() {
    return documents / seconds();
  }

  public double tokensPerSecond() {
    return tokens / seconds();
  }

  /** Tokens per CPU second: throughput per core, meaningful even on a shared machine. */
  public double tokensPerCpuSecond() {
    return cpuNanos > 0 ? tokens / (cpuNanos / 1e9) : Double.NaN;
  }

  /**
   * Tokens per CPU-second of the threads doing the work alone (ThreadMXBean, summed per document):
   * no JIT compiler, GC or reader threads; NaN where not measured.
   */
  public double tokensPerWorkCpuSecond() {
    return workCpuNanos > 0 ? tokens / (workCpuNanos / 1e9) : Double.NaN;
  }

  public String human() {
    return String.format(
        Locale.ROOT,
        "%s: %d documents, %d tokens, %d events, %d rejected in %.1f s (%d threads)%n"
            + "  %.1f documents/s, %.0f tokens/s, %.0f tokens per CPU-second (%.1f CPU-s)%n"
            + "  peak heap %.0f MiB sampled, %.0f MiB live after GC, -Xmx %.0f MiB",
        what,
        documents,
        tokens,
        events,
        rejected,
        seconds(),
        threads,
        docsPerSecond(),
        tokensPerSecond(),
        tokensPerCpuSecond(),
        cpuNanos / 1e9,
        peakHeapBytes / 1048576.0,
        peakLiveBytes / 1048576.0,
        maxHeapBytes / 1048576.0);
  }

  public String json() {
    return String.format(
        Locale.ROOT,
        "{\"bench\":\"%s\",\"threads\":%d,\"documents\":%d,\"tokens\":%d,\"events\":%d,"
            + "\"rejected\":%d,\"seconds\":%.3f,\"cpu_seconds\":%.3f,\"docs_per_s\":%.2f,"
            + "\"tokens_per_s\":%.1f,\"tokens_per_cpu_s\":%.1f,"
            + "\"work_cpu_seconds\":%.3f,\"tokens_per_work_cpu_s\":%.1f,\"peak_heap_mib\":%.1f,"
            + "\"peak_live_mib\":%.1f,\"max_heap_mib\":%.1f}",
        what,
        threads,
        documents,
        tokens,
        events,
        rejected,
        seconds(),
        cpuNanos / 1e9,
        docsPerSecond(),
        tokensPerSecond(),
        tokensPerCpuSecond(),
        workCpuNanos / 1e9,
        tokensPerWorkCpuSecond(),
        peakHeapBytes / 1048576.0,
        peakLiveBytes / 1048576.0,
        maxHeapBytes / 1048576.0);
  }
}

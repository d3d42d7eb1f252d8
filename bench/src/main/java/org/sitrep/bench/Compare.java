package org.sitrep.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.text.NlpModels;
import org.sitrep.ingest.ReadResult;
import org.sitrep.measure.HeapWatch;
import org.sitrep.measure.Measurement;
import org.sitrep.model.Document;

/**
 * sitrep's pipeline side by side with a bare OpenNLP pipeline ({@link BareOpenNlp}) on the same
 * corpus in the same run, so that every figure is a ratio taken on one machine at one moment.
 *
 * <p>Start-up is measured in a fresh JVM per side (this jar run again with {@code startup}): the
 * JVM's CPU time and uptime when the first event (sitrep) or the first tagged document (bare) is
 * out. Throughput is measured in this JVM, one thread, on the corpus held in memory, after both
 * sides are warmed on the same first documents, the two sides taking turns of {@link #CHUNK}
 * documents; each turn's process CPU (JIT and GC included) goes to the side that ran it.
 */
final class Compare {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Start-up of one side: CPU seconds of the whole JVM and wall seconds since it started. */
  record Startup(double cpuSeconds, double wallSeconds) {}

  /** What a comparison measured. */
  record Result(
      Startup sitrepStartup,
      Startup bareStartup,
      Measurement sitrep,
      Measurement bare,
      long sitrepResidentBytes,
      long bareResidentBytes) {}

  private Compare() {}

  /** Runs {@code work} on documents until one yields an event; returns this JVM's start-up. */
  static Startup startup(List<Document> docs, Runner.Work work) {
    for (Document d : docs) {
      if (work.apply(d).events() > 0) {
        break;
      }
    }
    return new Startup(
        OS.getProcessCpuTime() / 1e9, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
  }

  /**
   * The start-up of {@code side} ("sitrep" or "bare") in a fresh JVM: this jar with the same JVM
   * options, the {@code startup} command.
   */
  static Startup startupInFreshJvm(String side, long seed) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.add("-cp");
    cmd.add(ownJar());
    cmd.add(BenchMain.class.getName());
    cmd.add("startup");
    cmd.add("--seed");
    cmd.add(Long.toString(seed));
    cmd.add(side);
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String last = null;
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          last = line;
        }
      }
      if (p.waitFor() != 0 || last == null) {
        throw new IllegalStateException("start-up run of " + side + " failed");
      }
      String[] f = last.trim().split("\\s+");
      return new Startup(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a JVM for the start-up of " + side, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String ownJar() {
    try {
      return Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the bench jar", e);
    }
  }

  /** The documents of a corpus, in memory, so that reading costs neither side anything. */
  static List<Document> load(Runner.Corpus corpus) {
    List<Document> docs = new ArrayList<>();
    corpus.forEach(
        r -> {
          if (r instanceof ReadResult.Ok ok) {
            docs.add(ok.document());
          }
        });
    return docs;
  }

  static Result run(
      List<Document> docs,
      int warmup,
      Runner.Work sitrep,
      long sitrepResident,
      java.util.function.Supplier<NlpModels> bareModels,
      Startup sitrepStartup,
      Startup bareStartup) {
    long before = liveHeap();
    BareOpenNlp bare = new BareOpenNlp(bareModels.get());
    long bareResident = liveHeap() - before;
    for (int i = 0; i < Math.min(warmup, docs.size()); i++) {
      bare.apply(docs.get(i));
      sitrep.apply(docs.get(i));
    }
    // Interleaved in chunks, so that both sides see the same machine: on a shared machine the
    // CPU time a document costs drifts with the load (caches, frequency), and two runs one after
    // the other would compare two moments.
    Side b = new Side("bare OpenNLP", bare);
    Side s = new Side("sitrep", sitrep);
    try (HeapWatch heap = new HeapWatch()) {
      for (int from = 0; from < docs.size(); from += CHUNK) {
        List<Document> chunk = docs.subList(from, Math.min(docs.size(), from + CHUNK));
        b.run(chunk);
        s.run(chunk);
      }
      return new Result(
          sitrepStartup,
          bareStartup,
          s.measurement(heap),
          b.measurement(heap),
          sitrepResident,
          bareResident);
    }
  }

  /** Documents per turn of each side. */
  static final int CHUNK = 100;

  /** One side's totals over its turns, in this thread. */
  private static final class Side {
    private static final java.lang.management.ThreadMXBean THREADS =
        ManagementFactory.getThreadMXBean();
    final String name;
    final Runner.Work work;
    long docs;
    long tokens;
    long events;
    long rejected;
    long wall;
    long cpu;
    long workCpu;

    Side(String name, Runner.Work work) {
      this.name = name;
      this.work = work;
    }

    void run(List<Document> chunk) {
      long t0 = System.nanoTime();
      long c0 = OS.getProcessCpuTime();
      long w0 = THREADS.getCurrentThreadCpuTime();
      for (Document d : chunk) {
        try {
          Runner.Result r = work.apply(d);
          tokens += r.tokens();
          events += r.events();
          docs++;
        } catch (RuntimeException e) {
          rejected++;
          System.err.println(name + ": " + d.id() + ": failed: " + e);
        }
      }
      workCpu += THREADS.getCurrentThreadCpuTime() - w0;
      cpu += OS.getProcessCpuTime() - c0;
      wall += System.nanoTime() - t0;
    }

    Measurement measurement(HeapWatch heap) {
      return new Measurement(
          name,
          1,
          docs,
          tokens,
          events,
          rejected,
          wall,
          cpu,
          workCpu,
          heap.peakUsed(),
          heap.peakLiveAfterGc(),
          heap.max());
    }
  }

  /** Heap in use after a full collection (bytes). */
  static long liveHeap() {
    MemoryMXBean m = ManagementFactory.getMemoryMXBean();
    System.gc();
    System.gc();
    return m.getHeapMemoryUsage().getUsed();
  }

  static String table(Result r) {
    StringBuilder out = new StringBuilder();
    Measurement s = r.sitrep();
    Measurement b = r.bare();
    out.append(
        String.format(
            Locale.ROOT,
            "%d documents, one thread, warmed, the sides taking turns of %d documents; CPU ="
                + " process CPU during a side's turns (all JVM threads: JIT, GC included) unless"
                + " 'work threads' (ThreadMXBean, the thread running the documents)%n%n",
            s.documents(),
            CHUNK));
    out.append("| figure | sitrep | bare OpenNLP | sitrep / bare |\n");
    out.append("| --- | ---: | ---: | ---: |\n");
    row(
        out,
        "start-up, JVM start to first event (CPU s)",
        r.sitrepStartup().cpuSeconds(),
        r.bareStartup().cpuSeconds(),
        "%.2f");
    row(
        out,
        "start-up, JVM start to first event (wall s)",
        r.sitrepStartup().wallSeconds(),
        r.bareStartup().wallSeconds(),
        "%.2f");
    row(out, "tokens (each side's tokenizer)", s.tokens(), b.tokens(), "%.0f");
    row(out, "CPU s (process)", s.cpuNanos() / 1e9, b.cpuNanos() / 1e9, "%.2f");
    row(out, "CPU s (work threads)", s.workCpuNanos() / 1e9, b.workCpuNanos() / 1e9, "%.2f");
    row(
        out,
        "**tokens per CPU-second (process)**",
        s.tokensPerCpuSecond(),
        b.tokensPerCpuSecond(),
        "%.0f");
    row(
        out,
        "tokens per CPU-second (work threads)",
        s.tokensPerWorkCpuSecond(),
        b.tokensPerWorkCpuSecond(),
        "%.0f");
    out.append(
        String.format(
            Locale.ROOT,
            "| wall s (the machine is shared: not comparable across runs) | %.1f | %.1f | %.2f |%n",
            s.wallNanos() / 1e9,
            b.wallNanos() / 1e9,
            s.wallNanos() / (double) b.wallNanos()));
    row(
        out,
        "peak heap, sampled (MiB)",
        s.peakHeapBytes() / 1048576.0,
        b.peakHeapBytes() / 1048576.0,
        "%.0f");
    row(
        out,
        "live heap after GC, peak (MiB)",
        s.peakLiveBytes() / 1048576.0,
        b.peakLiveBytes() / 1048576.0,
        "%.0f");
    row(
        out,
        "resident after loading (MiB)",
        r.sitrepResidentBytes() / 1048576.0,
        r.bareResidentBytes() / 1048576.0,
        "%.0f");
    out.append(
        String.format(
            Locale.ROOT,
            "%nsitrep events: %d; -Xmx %.0f MiB; peak and live heap are of the whole run (both"
                + " sides' models in one JVM)%n",
            s.events(),
            s.maxHeapBytes() / 1048576.0));
    return out.toString();
  }

  private static void row(StringBuilder out, String what, double s, double b, String fmt) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | " + fmt + " | " + fmt + " | %.2f |%n",
            what,
            s,
            b,
            b == 0 ? Double.NaN : s / b));
  }

  static String json(Result r) {
    return String.format(
        Locale.ROOT,
        "{\"bench\":\"compare\",\"documents\":%d,\"sitrep_startup_cpu_s\":%.3f,"
            + "\"bare_startup_cpu_s\":%.3f,\"sitrep_tokens_per_cpu_s\":%.1f,"
            + "\"bare_tokens_per_cpu_s\":%.1f,\"ratio\":%.3f,\"sitrep\":%s,\"bare\":%s}",
        r.sitrep().documents(),
        r.sitrepStartup().cpuSeconds(),
        r.bareStartup().cpuSeconds(),
        r.sitrep().tokensPerCpuSecond(),
        r.bare().tokensPerCpuSecond(),
        r.sitrep().tokensPerCpuSecond() / r.bare().tokensPerCpuSecond(),
        r.sitrep().json(),
        r.bare().json());
  }
}

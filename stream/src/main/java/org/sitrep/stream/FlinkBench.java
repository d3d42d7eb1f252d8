package org.sitrep.stream;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.sitrep.app.Assembly;
import org.sitrep.measure.CorpusGenerator;
import org.sitrep.measure.HeapWatch;
import org.sitrep.measure.Measurement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Flink path ({@code scripts/bench flink}, the jar {@code target/sitrep-stream-bench.jar}): the
 * streaming job's processing (pipeline + fusion keyed by control unit) on an embedded MiniCluster,
 * fed by the bench corpus generator as a bounded Flink source (streamed, never held), sinks
 * discarding. Kafka is left out so the figures are those of sitrep, not of a broker. It lives here,
 * not in the bench module, so that no front depends on another.
 */
@Command(
    name = "flink",
    mixinStandardHelpOptions = true,
    description =
        "The streaming job's processing on an embedded Flink MiniCluster, generated corpus.")
public final class FlinkBench implements java.util.concurrent.Callable<Integer> {
  // Documents handed to the job so far (the source runs in this JVM): for progress lines only.
  private static final java.util.concurrent.atomic.AtomicLong GENERATED =
      new java.util.concurrent.atomic.AtomicLong();

  @Option(names = "--generate", required = true, description = "Number of documents.")
  long docs;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the corpus.")
  long seed;

  @Option(names = "--parallelism", defaultValue = "1", description = "Flink parallelism.")
  int parallelism;

  @Option(names = "--gazetteer", description = "Gazetteer file (default: as the CLI).")
  String gazetteer;

  @Option(names = "--json", description = "Also print the figures as one JSON line.")
  boolean json;

  public static void main(String[] args) {
    System.exit(new CommandLine(new FlinkBench()).execute(args));
  }

  @Override
  public Integer call() {
    // Load models and gazetteer before timing, as the extract bench does.
    if (gazetteer == null) {
      Assembly.pipeline();
    } else {
      Assembly.pipeline(java.nio.file.Path.of(gazetteer));
    }
    Measurement m = run(docs, seed, parallelism, gazetteer);
    System.out.println(m.human());
    if (json) {
      System.out.println(m.json());
    }
    return 0;
  }

  /** Generates document {@code i} of the seeded corpus as a JSON line, inside the source. */
  static final class Lines implements GeneratorFunction<Long, String> {
    private static final long serialVersionUID = 1L;
    private final long seed;
    private transient CorpusGenerator gen;

    Lines(long seed) {
      this.seed = seed;
    }

    @Override
    public void open(SourceReaderContext context) {
      gen = new CorpusGenerator(seed);
    }

    @Override
    public String map(Long index) {
      GENERATED.incrementAndGet();
      return CorpusGenerator.jsonLine(gen.document(index));
    }
  }

  static Measurement run(long docs, long seed, int parallelism, String gazetteer) {
    StreamSettings s =
        new StreamSettings(
            "unused:9092",
            "generated",
            "discarded",
            "discarded",
            "bench",
            null,
            gazetteer,
            parallelism,
            true);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
    DataStream<String> documents =
        env.fromSource(
            new DataGeneratorSource<>(new Lines(seed), docs, Types.STRING),
            WatermarkStrategy.noWatermarks(),
            "generated documents");
    StreamJob.Outputs out = StreamJob.process(documents, s);
    out.events().sinkTo(new DiscardingSink<>());
    out.control().sinkTo(new DiscardingSink<>());
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (HeapWatch heap = new HeapWatch()) {
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      Thread progress =
          new Thread(
              () -> {
                while (true) {
                  try {
                    Thread.sleep(30_000);
                  } catch (InterruptedException e) {
                    return;
                  }
                  double secs = (System.nanoTime() - t0) / 1e9;
                  System.err.printf(
                      java.util.Locale.ROOT,
                      "flink: %d documents into the job in %.0f s: %.1f documents/s, %.0f CPU-s,"
                          + " peak heap %.0f MiB (live %.0f MiB)%n",
                      GENERATED.get(),
                      secs,
                      GENERATED.get() / secs,
                      (os.getProcessCpuTime() - cpu0) / 1e9,
                      heap.peakUsed() / 1048576.0,
                      heap.peakLiveAfterGc() / 1048576.0);
                }
              },
              "flink-bench-progress");
      progress.setDaemon(true);
      progress.start();
      JobExecutionResult r = StreamJob.execute(env);
      progress.interrupt();
      long wall = System.nanoTime() - t0;
      long cpu = os.getProcessCpuTime() - cpu0;
      Long n = r.getAccumulatorResult(ExtractFunction.DOCUMENTS);
      Long t = r.getAccumulatorResult(ExtractFunction.TOKENS);
      Long bad = r.getAccumulatorResult(ExtractFunction.REJECTED);
      Long ev = r.getAccumulatorResult(ExtractFunction.EVENTS);
      return new Measurement(
          "flink",
          parallelism,
          n == null ? 0 : n,
          t == null ? 0 : t,
          ev == null ? 0 : ev,
          bad == null ? 0 : bad,
          wall,
          cpu,
          -1,
          heap.peakUsed(),
          heap.peakLiveAfterGc(),
          heap.max());
    }
  }
}

package org.sitrep.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Assembly;
import org.sitrep.app.IngestService;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.text.Sentence;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.measure.CorpusGenerator;
import org.sitrep.measure.Measurement;
import org.sitrep.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar bench/target/sitrep-bench.jar}: generate a synthetic corpus, and measure
 * documents/s, tokens/s and peak heap of the extract pipeline and of ingesting into a store.
 */
@Command(
    name = "sitrep-bench",
    mixinStandardHelpOptions = true,
    description = "Synthetic corpus generator and throughput benchmarks for sitrep.",
    subcommands = {
      BenchMain.Generate.class,
      BenchMain.Extract.class,
      BenchMain.CompareBare.class,
      BenchMain.StartupRun.class,
      BenchMain.Tagged.class,
      BenchMain.Ingest.class,
      BenchMain.Micro.class,
      BenchMain.AdversarialShapes.class,
    })
public final class BenchMain implements Runnable {
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Where documents come from: a corpus file, or generated on the fly. */
  static final class Source {
    @Option(names = "--generate", description = "Generate this many documents on the fly.")
    long generate = -1;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpus.")
    long seed;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus files (.jsonl, .txt).")
    List<Path> paths = List.of();

    Runner.Corpus corpus() {
      if (generate >= 0) {
        CorpusGenerator g = new CorpusGenerator(seed);
        return sink -> {
          for (long i = 0; i < generate; i++) {
            sink.accept(new ReadResult.Ok(g.document(i)));
          }
        };
      }
      if (paths.isEmpty()) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "give corpus files or --generate N");
      }
      return sink -> new DocumentReader().read(paths, sink);
    }
  }

  @Command(name = "generate", description = "Write a synthetic FR/EN corpus as JSON Lines.")
  static final class Generate implements Callable<Integer> {
    @Option(names = "--docs", required = true, description = "Number of documents.")
    long docs;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (same seed, same corpus).")
    long seed;

    @Option(names = "--out", description = "Output file (default: stdout).")
    Path out;

    @Override
    public Integer call() {
      CorpusGenerator g = new CorpusGenerator(seed);
      try (Writer w =
          out == null
              ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
              : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        g.write(docs, w);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out, e);
      }
      return 0;
    }
  }

  @Command(
      name = "extract",
      description = "The full extract pipeline (as `sitrep extract`), no store, no output.")
  static final class Extract implements Callable<Integer> {
    @CommandLine.Mixin Source source = new Source();

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads.")
    int threads;

    @Option(names = "--json", description = "Also print the figures as one JSON line.")
    boolean json;

    @Override
    public Integer call() {
      IngestService service = IngestService.extracting(Assembly::pipeline);
      service.pipeline(); // loaded before timing
      Measurement m =
          new Runner(threads, System.err::println)
              .run(
                  "extract",
                  source.corpus(),
                  d -> {
                    IngestService.Ingested in = service.ingest(d);
                    if (in.status() == IngestService.Status.REJECTED) {
                      throw in.failure();
                    }
                    return new Runner.Result(tokens(in.extracted()), in.events().size());
                  });
      report(m, json);
      return 0;
    }
  }

  @Command(
      name = "compare",
      description =
          "sitrep's extract pipeline and a bare OpenNLP pipeline (language, sentences, tokens,"
              + " POS; same models) on the same corpus in one run: the side-by-side table.")
  static final class CompareBare implements Callable<Integer> {
    @CommandLine.Mixin Source source = new Source();

    @Option(
        names = "--warmup",
        defaultValue = "200",
        description = "Documents run through both sides before timing.")
    int warmup;

    @Option(names = "--no-startup", description = "Skip the two fresh-JVM start-up runs.")
    boolean noStartup;

    @Option(names = "--json", description = "Also print the figures as one JSON line.")
    boolean json;

    @Override
    public Integer call() {
      Compare.Startup none = new Compare.Startup(Double.NaN, Double.NaN);
      Compare.Startup sitrepStart =
          noStartup ? none : Compare.startupInFreshJvm("sitrep", source.seed);
      Compare.Startup bareStart = noStartup ? none : Compare.startupInFreshJvm("bare", source.seed);
      long heap0 = Compare.liveHeap();
      Pipeline pipeline = Assembly.pipeline();
      long sitrepResident = Compare.liveHeap() - heap0;
      java.util.List<org.sitrep.model.Document> docs = Compare.load(source.corpus());
      Compare.Result r =
          Compare.run(
              docs,
              warmup,
              d -> {
                ExtractedDocument x = pipeline.run(d);
                return new Runner.Result(tokens(x), x.events().size());
              },
              sitrepResident,
              org.sitrep.core.text.NlpModels::loadFromClasspath,
              sitrepStart,
              bareStart);
      System.out.print(Compare.table(r));
      if (json) {
        System.out.println(Compare.json(r));
      }
      return 0;
    }
  }

  @Command(
      name = "tagged",
      description =
          "Share of sentences the POS tagger ran on (tags are computed when a rule asks for one):"
              + " the full pipeline over a corpus, sentences counted after extraction.")
  static final class Tagged implements Callable<Integer> {
    @CommandLine.Mixin Source source = new Source();

    @Override
    public Integer call() {
      Pipeline pipeline = Assembly.pipeline();
      // sentences with a tagger, of which tagged; sentences without one (no POS model); tokens
      // in sentences with a tagger, of which in tagged ones
      long[] n = new long[5];
      source
          .corpus()
          .forEach(
              r -> {
                if (!(r instanceof ReadResult.Ok ok)) {
                  return;
                }
                ExtractedDocument x;
                try {
                  x = pipeline.run(ok.document());
                } catch (RuntimeException e) {
                  System.err.println(ok.document().id() + ": failed: " + e);
                  return;
                }
                for (Sentence s : x.placed().sentences()) {
                  if (s.tokens().isEmpty()) {
                    continue;
                  }
                  org.sitrep.core.text.Token t = s.tokens().get(0);
                  // tagKnown before pos(): asking for the tag would run the tagger.
                  boolean asked = t.tagKnown();
                  if (asked && t.pos().isEmpty()) {
                    n[2]++;
                    continue;
                  }
                  n[0]++;
                  n[3] += s.tokens().size();
                  if (asked) {
                    n[1]++;
                    n[4] += s.tokens().size();
                  }
                }
              });
      System.out.printf(
          java.util.Locale.ROOT,
          "%d sentences with a POS model: %d tagged, %d skipped (%.1f %%); tokens %d, %d tagged"
              + " (%.1f %% skipped); %d sentences of languages without a POS model%n",
          n[0],
          n[1],
          n[0] - n[1],
          100.0 * (n[0] - n[1]) / Math.max(1, n[0]),
          n[3],
          n[4],
          100.0 * (n[3] - n[4]) / Math.max(1, n[3]),
          n[2]);
      return 0;
    }
  }

  @Command(
      name = "startup",
      hidden = true,
      description = "One side's start-up in this JVM: CPU s and wall s to the first event.")
  static final class StartupRun implements Callable<Integer> {
    @Parameters(index = "0", description = "sitrep or bare")
    String side;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Override
    public Integer call() {
      Runner.Work work;
      if (side.equals("bare")) {
        work = new BareOpenNlp(org.sitrep.core.text.NlpModels.loadFromClasspath());
      } else {
        Pipeline pipeline = Assembly.pipeline();
        work = d -> new Runner.Result(0, pipeline.run(d).events().size());
      }
      CorpusGenerator g = new CorpusGenerator(seed);
      java.util.List<org.sitrep.model.Document> first = new java.util.ArrayList<>();
      for (int i = 0; i < 50; i++) {
        first.add(g.document(i));
      }
      Compare.Startup s = Compare.startup(first, work);
      System.out.printf(java.util.Locale.ROOT, "%.3f %.3f%n", s.cpuSeconds(), s.wallSeconds());
      return 0;
    }
  }

  @Command(
      name = "ingest",
      description = "The pipeline and the store (as `sitrep ingest`): SQLite file or PostgreSQL.")
  static final class Ingest implements Callable<Integer> {
    @CommandLine.Mixin Source source = new Source();

    @Option(names = "--db", required = true, description = "SQLite file or postgresql:// URL.")
    String db;

    @Option(names = "--threads", defaultValue = "1", description = "Pipeline threads.")
    int threads;

    @Option(names = "--json", description = "Also print the figures as one JSON line.")
    boolean json;

    @Override
    public Integer call() {
      Pipeline pipeline = Assembly.pipeline();
      try (Store store = Store.open(db)) {
        // As `sitrep ingest`: one writer connection, the store serialises, the pipeline runs in
        // parallel.
        IngestService service = IngestService.storing(() -> pipeline, store);
        Measurement m =
            new Runner(threads, System.err::println)
                .run(
                    "ingest",
                    source.corpus(),
                    d -> {
                      IngestService.Ingested in = service.ingest(d);
                      if (in.status() == IngestService.Status.REJECTED) {
                        throw in.failure();
                      }
                      return new Runner.Result(
                          in.extraction().map(BenchMain::tokens).orElse(0L), in.events().size());
                    });
        report(m, json);
      }
      return 0;
    }
  }

  @Command(
      name = "jmh",
      description = "JMH micro-benchmarks (tokenizer, sentence analysis); JMH options follow.")
  static final class Micro implements Callable<Integer> {
    // Everything after `jmh` goes to JMH as is, options included (e.g. -f 1 -wi 2 -i 3 tokenize).
    @CommandLine.Unmatched List<String> args = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException, org.openjdk.jmh.runner.RunnerException {
      org.openjdk.jmh.Main.main(args.toArray(new String[0]));
      return 0;
    }
  }

  @Command(
      name = "adversarial",
      description =
          "Adversarial shapes (joiner and combining floods, tiny paragraphs, one long line, prose)"
              + " at three sizes each: CPU time and heap per document, and the growth ratio.")
  static final class AdversarialShapes implements Callable<Integer> {
    @Option(
        names = "--scale",
        defaultValue = "1",
        description = "Multiplies every base size (1: largest prose size 10 MB).")
    double scale;

    @Option(names = "--shape", description = "Only the shapes whose name contains this.")
    String only;

    @Override
    public Integer call() {
      Pipeline pipeline = Assembly.pipeline();
      // Warm the stages (class loading, JIT) on an ordinary document before timing.
      CorpusGenerator g = new CorpusGenerator(7);
      for (int i = 0; i < 20; i++) {
        pipeline.run(g.document(i));
      }
      java.util.List<Adversarial.Row> rows =
          Adversarial.run(
              pipeline,
              scale,
              only,
              r ->
                  System.err.printf(
                      java.util.Locale.ROOT,
                      "%s %d: %.2f CPU s, %s%n",
                      r.shape(),
                      r.size(),
                      r.cpuSeconds(),
                      r.outcome()));
      System.out.print(Adversarial.table(rows));
      return 0;
    }
  }

  static long tokens(ExtractedDocument x) {
    long n = 0;
    for (Sentence s : x.placed().sentences()) {
      n += s.tokens().size();
    }
    return n;
  }

  static void report(Measurement m, boolean json) {
    PrintStream out = System.out;
    out.println(m.human());
    if (json) {
      out.println(m.json());
    }
  }
}

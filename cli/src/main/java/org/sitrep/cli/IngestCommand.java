package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.Assembly;
import org.sitrep.app.IngestService;
import org.sitrep.core.text.Languages;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep ingest}: documents in, each run through the pipeline and stored in one transaction.
 * Bad documents are reported on stderr and skipped; the batch goes on.
 */
@Command(
    name = "ingest",
    footer = {
      "",
      "Examples:",
      "  sitrep ingest examples/",
      "  sitrep ingest --db 'postgresql://127.0.0.1/sitrep?user=sitrep&password=P' feed.jsonl",
    },
    description = "Extract events from documents and store documents, mentions and events.")
final class IngestCommand implements Callable<Integer> {
  @Option(
      names = "--db",
      defaultValue = Store.DEFAULT_DB,
      description = "SQLite file (or jdbc: URL) of the store (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--quiet", description = "No line per document, only the final summary.")
  boolean quiet;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Documents run through the pipeline in parallel on N threads (default: the processors"
              + " available, here ${DEFAULT-VALUE}); one thread writes the store, in input order,"
              + " so the store and the messages are the same whatever N.")
  int threads = InOrder.processors();

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files (.txt, .jsonl) or directories.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    if (threads < 1) {
      throw new UsageException("--threads must be >= 1");
    }
    Languages langs = Languages.classpath();
    Map<IngestOutcome.Status, Integer> byStatus = new EnumMap<>(IngestOutcome.Status.class);
    int[] n = new int[5]; // read, rejected, extraction failed, store failed, events
    int[] dups = {0};
    try (Store store = Store.open(db);
        Progress progress = Progress.documents(err, "ingest", paths);
        InOrder<Prepared> parallel = new InOrder<>(threads)) {
      // Models load on the first document that needs them: a batch of only bad inputs fails fast.
      IngestService service = IngestService.storing(Assembly::pipeline, store);
      new DocumentReader()
          .read(
              paths,
              r -> {
                if (r instanceof ReadResult.Rejected bad) {
                  parallel.done(
                      null,
                      none -> {
                        progress.step();
                        n[1]++;
                        progress.message("sitrep: " + bad.message());
                      });
                  return;
                }
                ReadResult.Ok ok = (ReadResult.Ok) r;
                n[0]++;
                parallel.submit(
                    () -> {
                      try {
                        return new Prepared(service.prepare(ok.document()), null);
                      } catch (StoreException e) {
                        return new Prepared(null, e);
                      }
                    },
                    p -> {
                      progress.step();
                      IngestService.Ingested in;
                      try {
                        if (p.failure() != null) {
                          throw p.failure();
                        }
                        in = service.complete(p.prepared());
                      } catch (StoreException e) {
                        n[3]++;
                        progress.message(
                            "sitrep: " + ok.name() + ": not stored: " + e.getMessage());
                        return;
                      }
                      if (in.status() == IngestService.Status.REJECTED) {
                        n[2]++;
                        progress.message(
                            "sitrep: " + ok.name() + ": extraction failed: " + in.problem());
                        return;
                      }
                      IngestOutcome o = in.stored();
                      byStatus.merge(o.status(), 1, Integer::sum);
                      n[4] += o.events();
                      if (o.duplicateOf() != null) {
                        dups[0]++;
                      }
                      if (!quiet) {
                        progress.message(
                            "sitrep: "
                                + describe(o)
                                + in.extraction()
                                    .flatMap(x -> langs.unreadNote(x.placed().clean().segments()))
                                    .map(note -> "; " + note)
                                    .orElse(""));
                      }
                    });
              });
      parallel.finish();
    }
    err.printf(
        "sitrep: ingested %d document(s) into %s: %d new, %d new version(s), %d unchanged,"
            + " %d near-duplicate(s); %d event(s); %d rejected, %d failed%n",
        n[0] - n[2] - n[3],
        db,
        byStatus.getOrDefault(IngestOutcome.Status.NEW, 0),
        byStatus.getOrDefault(IngestOutcome.Status.NEW_VERSION, 0),
        byStatus.getOrDefault(IngestOutcome.Status.UNCHANGED, 0),
        dups[0],
        n[4],
        n[1],
        n[2] + n[3]);
    if (n[3] > 0) {
      return Failures.RUNTIME;
    }
    return n[0] > 0 ? Failures.OK : Failures.USAGE;
  }

  /** A document prepared on a worker, or the store's failure to say whether it is unchanged. */
  private record Prepared(IngestService.Prepared prepared, StoreException failure) {}

  static String describe(IngestOutcome o) {
    String what =
        switch (o.status()) {
          case NEW -> "new";
          case NEW_VERSION -> "new version " + o.version() + " (older events superseded)";
          case UNCHANGED -> "unchanged (version " + o.version() + ")";
        };
    return o.docId()
        + ": "
        + what
        + ", "
        + o.events()
        + " event(s)"
        + (o.duplicateOf() == null ? "" : ", near-duplicate of " + o.duplicateOf());
  }
}

package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Assembly;
import org.sitrep.app.IngestService;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.text.Languages;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;
import org.sitrep.wire.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: documents in, contract events out as JSON Lines; no store touched. */
@Command(
    name = "extract",
    footer = {
      "",
      "Examples:",
      "  sitrep extract examples/ > events.jsonl",
      "  sitrep extract --lang fr article.txt",
      "  sitrep extract --threads 1 feed.jsonl   # one document at a time (same output)",
    },
    description = "Extract events from documents and print them as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {
  @Option(
      names = "--lang",
      defaultValue = "auto",
      description = "Language of the documents (auto, fr, en).")
  String lang;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Documents processed in parallel on N threads (default: the processors available,"
              + " here ${DEFAULT-VALUE}); the output is the same, in input order, whatever N.")
  int threads = InOrder.processors();

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files (.txt, .jsonl) or directories.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    if (threads < 1) {
      throw new UsageException("--threads must be >= 1");
    }
    IngestService service = IngestService.extracting(Assembly::pipeline);
    service.pipeline(); // models and gazetteer load before the first document, as a run's failure
    Languages langs = Languages.classpath();
    int[] read = {0};
    try (Progress progress = Progress.documents(err, "extract", paths);
        InOrder<IngestService.Prepared> parallel = new InOrder<>(threads)) {
      new DocumentReader()
          .read(
              paths,
              r -> {
                if (r instanceof ReadResult.Rejected bad) {
                  parallel.done(
                      null,
                      none -> {
                        progress.step();
                        progress.message("sitrep: " + bad.message());
                      });
                  return;
                }
                ReadResult.Ok ok = (ReadResult.Ok) r;
                read[0]++;
                parallel.submit(
                    () -> service.prepare(ok.document()),
                    prepared -> {
                      progress.step();
                      print(service.complete(prepared), ok, out, progress, langs);
                    });
              });
      parallel.finish();
    }
    out.flush();
    return read[0] > 0 ? Failures.OK : Failures.USAGE;
  }

  private static void print(
      IngestService.Ingested in,
      ReadResult.Ok ok,
      PrintStream out,
      Progress progress,
      Languages langs) {
    if (in.status() == IngestService.Status.REJECTED) {
      progress.message("sitrep: " + ok.name() + ": extraction failed: " + in.problem());
      return;
    }
    ExtractedDocument x = in.extracted();
    langs
        .unreadNote(x.placed().clean().segments())
        .ifPresent(note -> progress.message("sitrep: " + ok.name() + ": " + note));
    for (Event e : in.events()) {
      out.println(EventJson.toJson(e, in.duplicateOf()));
    }
  }
}

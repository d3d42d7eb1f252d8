package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.Assembly;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.eval.GoldEvent;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;
import org.sitrep.wire.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval --gold FILE PATH...}: extracts events from the documents and scores them
 * against gold JSON Lines in the seeds' gold format (matching rule: {@link EventEvaluation}).
 */
@Command(
    name = "eval",
    footer = {
      "",
      "Examples:",
      "  sitrep eval --gold ../shared/dev/seeds.gold.jsonl ../shared/seeds",
      "  sitrep eval --details --gold gold.jsonl docs/",
    },
    description = "Score extracted events against gold JSON Lines (core, optional, forbidden).")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSONL.")
  Path gold;

  @Option(names = "--json", description = "Print the full report as JSON.")
  boolean json;

  @Option(names = "--details", description = "List missed, forbidden and unmatched events.")
  boolean details;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths;

  @Override
  public Integer call() {
    List<GoldEvent> goldEvents;
    try {
      goldEvents = GoldEvent.parse(Files.readString(gold, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageException("cannot read gold file " + gold + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException(gold + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = Assembly.pipeline();
    List<Event> events = new ArrayList<>();
    int[] read = {0};
    try (Progress progress = Progress.documents(System.err, "eval", paths)) {
      new DocumentReader()
          .read(
              paths,
              r -> {
                progress.step();
                if (r instanceof ReadResult.Rejected bad) {
                  progress.message("sitrep: " + bad.message());
                  return;
                }
                ReadResult.Ok ok = (ReadResult.Ok) r;
                read[0]++;
                try {
                  events.addAll(pipeline.run(ok.document()).events());
                } catch (RuntimeException e) {
                  progress.message("sitrep: " + ok.name() + ": extraction failed: " + e);
                }
              });
    }
    if (read[0] == 0) {
      return Failures.USAGE;
    }
    out.flush();
    EventEvaluation.Report r = EventEvaluation.score(goldEvents, events);
    if (json) {
      out.println(EventJson.write(r.toJson()));
      out.flush();
      return Failures.OK;
    }
    out.printf(
        Locale.ROOT,
        "documents %d, events %d%ncore recall %d/%d = %.3f%noptional found %d/%d%n"
            + "precision %.3f (unmatched %.1f%%)%nforbidden hits %d%n",
        read[0],
        r.events(),
        r.coreFound(),
        r.core(),
        r.recall(),
        r.optionalFound(),
        r.optional(),
        r.precision(),
        100 * r.unmatchedShare(),
        r.forbiddenHits());
    for (Map.Entry<String, int[]> f : r.fields().entrySet()) {
      int[] v = f.getValue();
      out.printf(
          Locale.ROOT,
          "  %-15s %d/%d%s%n",
          f.getKey(),
          v[0],
          v[1],
          v[1] == 0 ? "" : String.format(Locale.ROOT, " = %.3f", (double) v[0] / v[1]));
    }
    if (details) {
      r.missedCore().forEach(m -> out.println("MISSED " + m));
      r.forbidden().forEach(m -> out.println("FORBIDDEN " + m));
      r.unmatched().forEach(m -> out.println("UNMATCHED " + m));
      r.fieldErrors().forEach(m -> out.println("FIELD " + m));
    }
    out.flush();
    return Failures.OK;
  }
}

package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.model.Event;
import org.sitrep.store.Store;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.FusionJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: the README's first command. Ingests the bundled example articles (written by
 * the project) into a fresh store, prints their events as JSON Lines and then the control table as
 * of the last day the events cover. No server, no configuration.
 */
@Command(
    name = "demo",
    footer = {
      "",
      "Examples:",
      "  sitrep demo",
      "  sitrep demo --date 2021-08-15",
    },
    description =
        "Ingest the bundled example articles into a fresh store, print the events and the"
            + " control table.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "Folder of example documents (default: examples/ of the sitrep checkout).")
  Path examples;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "Store to (re)create (default: .sitrep/demo.db of the sitrep checkout).")
  Path db;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Day of the control table (default: the last day the events cover).")
  String date;

  @Override
  public Integer call() {
    Path home =
        Path.of(
            System.getProperty("sitrep.home", System.getenv().getOrDefault("SITREP_HOME", ".")));
    Path dir = examples != null ? examples : home.resolve("examples");
    Path store = db != null ? db : home.resolve(".sitrep/demo.db");
    if (!Files.isDirectory(dir)) {
      throw new UsageException("no examples folder at " + dir);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Files.createDirectories(store.toAbsolutePath().getParent());
      for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
        Files.deleteIfExists(Path.of(store + suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the demo store " + store, e);
    }
    err.println("sitrep demo: ingesting " + dir + " into " + store);
    int rc =
        new CommandLine(new IngestCommand())
            .setErr(err)
            .setOut(out)
            .execute("--quiet", "--db", store.toString(), dir.toString());
    if (rc != Failures.OK) {
      return rc;
    }
    List<Event> events;
    try (Store s = Store.open(store.toString())) {
      events = s.events();
    }
    out.println("# events (JSON Lines, CONTRACTS.md §2)");
    for (Event e : events) {
      out.println(EventJson.toJson(e));
    }
    LocalDate day =
        date != null
            ? FusionInputs.date(date, "--date")
            : events.stream()
                .filter(Event::dated)
                .map(e -> e.date().to())
                .max(LocalDate::compareTo)
                .orElse(LocalDate.of(2021, 8, 31));
    FusionInputs inputs = new FusionInputs();
    inputs.db = store.toString();
    ControlService control = inputs.service(err);
    out.println();
    out.println("# control on " + day + " (sitrep control --date " + day + " --format text)");
    out.print(FusionJson.textTable(control.control(day)));
    out.flush();
    return Failures.OK;
  }
}

package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.wire.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep events}: current stored events as contract JSON Lines (CONTRACTS.md §2). */
@Command(
    name = "events",
    footer = {
      "",
      "Examples:",
      "  sitrep events --from 2021-08-01 --to 2021-08-31 --kind territory",
      "  sitrep events --place Kunduz --format json",
    },
    description = "Print stored events as JSON Lines.")
final class EventsCommand implements Callable<Integer> {
  @Option(
      names = "--db",
      defaultValue = Store.DEFAULT_DB,
      description = "SQLite file (or jdbc: URL) of the store (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events ending on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events starting on or before.")
  LocalDate to;

  @Option(names = "--place", description = "Gazetteer id, place or district name.")
  String place;

  @Option(names = "--admin1", description = "Province name.")
  String admin1;

  @Option(names = "--kind", description = "territory, clash, violence, explosion, ...")
  String kind;

  @Option(names = "--actor", description = "Actor name.")
  String actor;

  @Option(names = "--claim", description = "asserted, reported, claimed, hedged, disputed, denied")
  String claim;

  @Option(names = "--limit", defaultValue = "2147483647", description = "At most this many.")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
  int offset;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "jsonl (one event per line) or json (one array).")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("jsonl") && !format.equals("json")) {
      throw new UsageException("unknown --format " + format + " (jsonl or json)");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new UsageException("--to " + to + " is before --from " + from);
    }
    if (limit < 0 || offset < 0) {
      throw new UsageException("--limit and --offset must be >= 0");
    }
    EventKind k = parse(kind, "--kind", EventKind::fromWire);
    ClaimStatus c = parse(claim, "--claim", ClaimStatus::fromWire);
    if (!db.startsWith("jdbc:") && !Files.isRegularFile(Path.of(db))) {
      throw new UsageException("no store at " + db + " (run 'sitrep ingest --db " + db + " PATH')");
    }
    List<Event> events;
    try (Store store = Store.open(db)) {
      events = store.events(new EventQuery(from, to, place, admin1, k, actor, c, offset, limit));
    }
    PrintStream out = System.out;
    if (format.equals("json")) {
      ArrayNode all = EventJson.mapper().createArrayNode();
      events.forEach(e -> all.add(EventJson.toNode(e)));
      out.println(EventJson.write(all));
    } else {
      events.forEach(e -> out.println(EventJson.toJson(e)));
    }
    out.flush();
    return Failures.OK;
  }

  private static <T> T parse(String s, String option, java.util.function.Function<String, T> f) {
    if (s == null) {
      return null;
    }
    try {
      return f.apply(s.trim());
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown " + option + " value: " + s);
    }
  }
}

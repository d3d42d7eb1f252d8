package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.app.Assembly;
import org.sitrep.core.fusion.AcledTables;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.FusedEvent;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.wire.AcledCsv;
import org.sitrep.wire.FusionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: fused events as ACLED CSV or GeoJSON. */
@Command(
    name = "export",
    footer = {
      "",
      "Examples:",
      "  sitrep export --format acled-csv --out events.csv",
      "  sitrep export --format geojson --events events.jsonl",
    },
    description = "Export fused events (one row per happening) as ACLED CSV or GeoJSON.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FusionInputs inputs;

  @Option(names = "--format", required = true, description = "acled-csv or geojson.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(
      names = "--country",
      defaultValue = "AFG",
      description =
          "ISO3 code of the theatre: the ACLED country, iso and region columns of an event whose"
              + " place names no country (each other event gets its place's country).")
  String country;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "Gazetteer that tells each event's place's country (default: SITREP_GAZETTEER or"
              + " .sitrep/gazetteer/gazetteer.jsonl.gz); read only when an event's place has a"
              + " gazetteer id.")
  Path gazetteer;

  @Option(
      names = "--timestamp",
      paramLabel = "EPOCH_SECONDS",
      description = "ACLED's timestamp column; default now.")
  Long timestamp;

  @Override
  public Integer call() {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.matches("acled-csv|geojson")) {
      throw new UsageException("--format must be acled-csv or geojson: " + format);
    }
    AcledTables tables;
    try {
      tables = AcledTables.loadFromClasspath(country);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    FusionInputs.Loaded l = inputs.load(err);
    ControlService svc = ControlService.of(l.events(), l.groups(), inputs.settings());
    String body =
        f.equals("geojson")
            ? FusionJson.eventsGeoJson(svc.fusedEvents().stream().map(FusedEvent::toEvent).toList())
                + "\n"
            : AcledCsv.write(
                svc.fusedEvents(),
                l.sourceOfDoc(),
                tables,
                countryOf(svc.fusedEvents(), err),
                timestamp != null ? timestamp : Instant.now().getEpochSecond());
    if (out == null) {
      PrintWriter o = spec.commandLine().getOut();
      o.print(body);
      o.flush();
    } else {
      ReportCommand.write(out, body);
    }
    return Failures.OK;
  }

  /**
   * A place's country code through the gazetteer, which knows each place's country; the gazetteer
   * is loaded only when some event's place has an id in it (else every event is the theatre's).
   */
  private Function<Location, Optional<String>> countryOf(List<FusedEvent> events, PrintWriter err) {
    boolean any =
        events.stream().anyMatch(e -> e.location() != null && e.location().gazetteerId() != null);
    if (!any) {
      return loc -> Optional.empty();
    }
    Gazetteer g;
    try {
      g = Assembly.gazetteer(gazetteer == null ? Assembly.gazetteerFile() : gazetteer);
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      // No gazetteer to ask: the export still goes out, every row in the theatre's country.
      err.println("sitrep: no gazetteer (" + e.getMessage() + "); every row is " + country);
      err.flush();
      return loc -> Optional.empty();
    }
    return loc ->
        loc.gazetteerId() == null
            ? Optional.empty()
            : g.byId(loc.gazetteerId()).map(Place::countryCode);
  }
}

package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.core.fusion.ControlMap;
import org.sitrep.wire.FusionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep control --date D}: who holds each place on that day (CONTRACTS.md §3). */
@Command(
    name = "control",
    footer = {
      "",
      "Examples:",
      "  sitrep control --date 2021-08-21 --format text",
      "  sitrep extract examples/ | sitrep control --events - --date 2021-08-21",
    },
    description = "Print the control state of every place with evidence, as of a day.")
final class ControlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FusionInputs inputs;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day.")
  String date;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json (an array), csv, geojson or text (an aligned table).")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.matches("json|csv|geojson|text")) {
      throw new UsageException("--format must be json, csv, geojson or text: " + format);
    }
    ControlMap m = inputs.service(err).control(FusionInputs.date(date, "--date"));
    switch (f) {
      case "csv":
        out.print(FusionJson.controlCsv(m));
        break;
      case "geojson":
        out.println(FusionJson.controlGeoJson(m));
        break;
      case "text":
        out.print(FusionJson.textTable(m));
        break;
      default:
        out.println(FusionJson.controlJson(m));
    }
    out.flush();
    return Failures.OK;
  }
}

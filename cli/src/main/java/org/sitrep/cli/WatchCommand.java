package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.fusion.Alert;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.FusionJson;
import org.sitrep.core.fusion.WatchRule;
import org.sitrep.core.json.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep watch}: alerts when a watched control state changes, day by day over {@code
 * (--since, --date]}, as JSON Lines on stdout and, with {@code --webhook}, one POST per alert.
 */
@Command(
    name = "watch",
    footer = {
      "",
      "Examples:",
      "  sitrep watch --rule province:Panjshir --date 2021-08-21",
      "  sitrep watch --rule actor:Taliban --since 2021-08-01 --date 2021-08-31 \\",
      "      --webhook https://hooks.example.org/sitrep",
    },
    description =
        "Fire alerts when the control of a watched place, province or actor changes;"
            + " JSON Lines on stdout, and a POST per alert to --webhook.")
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FusionInputs inputs;

  @Option(
      names = "--rule",
      required = true,
      paramLabel = "KIND:NAME",
      description = "place:NAME, province:NAME or actor:NAME (repeatable).")
  List<String> rules;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Last day.")
  String date;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description = "Compare from this day (default: the day before --date).")
  String since;

  @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert here as JSON.")
  URI webhook;

  @Override
  public Integer call() {
    List<WatchRule> parsed = new ArrayList<>();
    for (String r : rules) {
      try {
        parsed.add(WatchRule.parse(r));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    LocalDate to = FusionInputs.date(date, "--date");
    LocalDate from = since == null ? to.minusDays(1) : FusionInputs.date(since, "--since");
    if (from.isAfter(to)) {
      throw new UsageException("--since is after --date");
    }
    if (webhook != null && !webhook.getScheme().matches("https?")) {
      throw new UsageException("--webhook must be an http(s) URL: " + webhook);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ControlService svc = inputs.service(err);
    List<Alert> alerts = Alert.over(svc, from, to, parsed);
    HttpClient http =
        webhook == null
            ? null
            : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    int failed = 0;
    for (Alert a : alerts) {
      String json = EventJson.write(FusionJson.alert(a));
      out.println(json);
      out.flush();
      if (http != null && !post(http, json, err)) {
        failed++;
      }
    }
    if (failed > 0) {
      err.println(
          "sitrep: " + failed + " of " + alerts.size() + " alerts not delivered to " + webhook);
      err.flush();
      return Failures.RUNTIME;
    }
    return Failures.OK;
  }

  private boolean post(HttpClient http, String json, PrintWriter err) {
    HttpRequest req =
        HttpRequest.newBuilder(webhook)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() / 100 != 2) {
        err.println("sitrep: webhook " + webhook + " answered " + r.statusCode());
        return false;
      }
      return true;
    } catch (IOException e) {
      err.println("sitrep: webhook " + webhook + ": " + e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("sitrep: webhook " + webhook + ": interrupted");
      return false;
    }
  }
}

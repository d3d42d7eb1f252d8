package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.fusion.Alert;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.WatchRule;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.FusionJson;
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

  @Option(
      names = "--webhook",
      paramLabel = "URL",
      description =
          "POST each alert here as JSON. User and password in the URL (https://user:pw@host/...)"
              + " are sent as HTTP Basic authentication and never printed.")
  URI webhook;

  @Option(
      names = "--webhook-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "Give up on a webhook that does not connect or answer within this (default 10).")
  int webhookTimeout;

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
    if (webhook != null
        && (webhook.getScheme() == null
            || !webhook.getScheme().matches("https?")
            || webhook.getHost() == null)) {
      throw new UsageException("--webhook must be an http(s) URL: " + redacted(webhook));
    }
    if (webhookTimeout < 1) {
      throw new UsageException("--webhook-timeout must be at least 1 second");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ControlService svc = inputs.service(err);
    List<Alert> alerts = Alert.over(svc, from, to, parsed);
    HttpClient http =
        webhook == null
            ? null
            : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(webhookTimeout)).build();
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
          "sitrep: "
              + failed
              + " of "
              + alerts.size()
              + " alerts not delivered to "
              + redacted(webhook));
      err.flush();
      return Failures.RUNTIME;
    }
    return Failures.OK;
  }

  private boolean post(HttpClient http, String json, PrintWriter err) {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(redacted(webhook))
            .timeout(Duration.ofSeconds(webhookTimeout))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (webhook.getUserInfo() != null) {
      req.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(webhook.getUserInfo().getBytes(StandardCharsets.UTF_8)));
    }
    String where = "sitrep: webhook " + redacted(webhook);
    try {
      HttpResponse<Void> r = http.send(req.build(), HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() / 100 != 2) {
        err.println(where + " answered " + r.statusCode() + " (HTTP status; 2xx expected)");
        return false;
      }
      return true;
    } catch (IOException e) {
      err.println(where + ": " + why(e, webhookTimeout));
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println(where + ": interrupted");
      return false;
    }
  }

  /** The URL without its user and password, fit to print. */
  static URI redacted(URI u) {
    if (u.getRawUserInfo() == null) {
      return u;
    }
    try {
      return new URI(
          u.getScheme(),
          null,
          u.getHost(),
          u.getPort(),
          u.getPath(),
          u.getQuery(),
          u.getFragment());
    } catch (java.net.URISyntaxException e) {
      return URI.create(u.getScheme() + "://" + u.getHost());
    }
  }

  /**
   * What failed, in words: the JDK's HTTP client often throws with a null message (a refused
   * connection is a ConnectException whose message is null), so the kind and the causes speak.
   */
  static String why(IOException e, int timeoutSeconds) {
    if (e instanceof HttpConnectTimeoutException) {
      return "could not connect within " + timeoutSeconds + " s (timeout)";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + timeoutSeconds + " s (timeout)";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException) {
        return "connection refused (nothing listening there?)";
      }
      if (t instanceof java.net.UnknownHostException) {
        return "unknown host " + (t.getMessage() == null ? "" : t.getMessage());
      }
      if (t instanceof javax.net.ssl.SSLException) {
        return "TLS failure: " + t.getMessage();
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }
}

package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.app.Assembly;
import org.sitrep.app.IngestService;
import org.sitrep.app.WebFront;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep serve}: the REST API, the alerts stream and the map page. Listens on loopback
 * unless {@code --host} says otherwise; writes need the token (SITREP_TOKEN, or one generated and
 * printed at start); where reads need a token, SITREP_READ_TOKEN (optional) reads but cannot write.
 * The server itself is found at run time ({@link WebFront}): it is in the dist jar, not in this
 * module's dependencies.
 */
@Command(
    name = "serve",
    footer = {
      "",
      "Examples:",
      "  sitrep serve",
      "  sitrep serve --ingest examples/ --port 8081",
    },
    description = "Serve the JSON API (see /openapi.json) and the control map on loopback.")
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--db",
      description = "The store (SQLite file or JDBC URL); default: $SITREP_DB or sitrep.db.")
  String db;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Interface to bind (default ${DEFAULT-VALUE}); another one must be explicit.")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--public-read",
      description = "Let read endpoints answer without the token when bound beyond loopback.")
  boolean publicRead;

  @Option(
      names = "--allow-host",
      paramLabel = "NAME",
      split = ",",
      description =
          "Host names requests may use besides loopback names and --host (e.g. the name of a"
              + " reverse proxy); '*' allows any. Others are refused (DNS rebinding).")
  List<String> allowHosts;

  @Option(
      names = "--tile-url",
      paramLabel = "TEMPLATE",
      description = "Optional tile URL template for online users, e.g. https://.../{z}/{x}/{y}.png")
  String tileUrl;

  @Option(
      names = "--settings",
      paramLabel = "FILE",
      description = "Fusion settings overrides (properties: name=value).")
  Path settings;

  @Option(
      names = "--ingest",
      paramLabel = "PATH",
      split = ",",
      description = "Documents to ingest before serving (files or directories).")
  List<Path> ingest;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    WebFront front =
        WebFront.find()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "serve is not in this build: the server module is not on the class path"
                            + " (the dist jar, run by ./sitrep, has it)"));
    String token = System.getenv("SITREP_TOKEN");
    boolean generated = token == null || token.isBlank();
    if (generated) {
      byte[] b = new byte[18];
      new SecureRandom().nextBytes(b);
      token = HexFormat.of().formatHex(b);
    }
    WebFront.Checked ss;
    try {
      ss =
          front.check(
              new WebFront.Options(
                  host,
                  port,
                  token,
                  System.getenv("SITREP_READ_TOKEN"),
                  publicRead,
                  tileUrl,
                  allowHosts));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    FusionInputs fi = new FusionInputs();
    fi.settings = settings;
    Gazetteer g = Assembly.gazetteer();
    String target = db != null ? db : System.getenv().getOrDefault("SITREP_DB", "sitrep.db");
    Store store = Store.open(target);
    IngestService service =
        IngestService.tracking(() -> Assembly.pipeline(g), store, fi.settings());
    service.pipeline(); // the models load now, not on the first request
    if (ingest != null && !ingest.isEmpty()) {
      preload(service, err);
    }
    WebFront.Running server = ss.start(service, g);
    err.println("sitrep: serving " + target + " at " + server.url());
    err.println(
        "sitrep: write token"
            + (generated ? " (generated; set SITREP_TOKEN to choose one)" : " from SITREP_TOKEN")
            + ": "
            + (generated ? token : "****"));
    if (!ss.loopbackOnly()) {
      err.println(
          "sitrep: bound to "
              + host
              + " beyond loopback; reads "
              + (ss.openReads()
                  ? "are public (--public-read)"
                  : ss.readToken()
                      ? "need SITREP_READ_TOKEN or the write token"
                      : "need the token"));
    }
    err.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stop.countDown();
                }));
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Failures.OK;
  }

  private void preload(IngestService service, PrintStream err) {
    try (Progress progress = Progress.documents(err, "ingest", ingest)) {
      new DocumentReader()
          .read(
              ingest,
              r -> {
                progress.step();
                if (r instanceof ReadResult.Rejected bad) {
                  progress.message("sitrep: " + bad.message());
                  return;
                }
                try {
                  IngestService.Ingested in = service.ingest(((ReadResult.Ok) r).document());
                  if (in.status() == IngestService.Status.REJECTED) {
                    throw in.failure();
                  }
                } catch (RuntimeException e) {
                  progress.message("sitrep: " + r.name() + ": ingest failed: " + e.getMessage());
                }
              });
    }
  }
}

package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;
import org.sitrep.wire.EventJson;

/** The fusion commands end to end on a JSON Lines file of hand-made events. */
class FusionCommandsTest {
  @TempDir static Path dir;
  static Path events;
  private static final ObjectMapper M = new ObjectMapper();
  static final Location HESAR =
      new Location("Pol-e-Hesar", "Baghlan", "Pul-e Hisar", 35.59, 69.54, 1, null);
  static final Location KHUMRI =
      new Location("Pul-e-Khumri", "Baghlan", "Puli Khumri", 35.94, 68.72, 1, null);

  static Event taken(
      String id, String doc, Location l, String who, LocalDate d, ClaimStatus st, String by) {
    String q = "Our fixture says " + who + " took " + l.name() + ", per " + doc + ".";
    return new Event(
        id,
        List.of(doc),
        EventKind.TERRITORY,
        AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        DateInterval.day(d),
        l,
        List.of(new EventActor(who, ActorRole.ACTOR1, null)),
        new Territory(who, null),
        Fatalities.NONE,
        new Claim(st, by),
        List.of(new Evidence(doc, 3, 3 + q.length(), q, null)),
        0.8);
  }

  @BeforeAll
  static void writeEvents() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        EventJson.toJson(
            taken(
                "a1",
                "d1",
                KHUMRI,
                "Taliban",
                LocalDate.of(2021, 8, 10),
                ClaimStatus.ASSERTED,
                null)));
    lines.add(
        EventJson.toJson(
            taken(
                "b1",
                "d2",
                HESAR,
                "Taliban",
                LocalDate.of(2021, 8, 12),
                ClaimStatus.ASSERTED,
                null)));
    lines.add(
        EventJson.toJson(
            taken(
                "b2",
                "d3",
                HESAR,
                "anti-Taliban resistance",
                LocalDate.of(2021, 8, 20),
                ClaimStatus.CLAIMED,
                "a Panjshir-named account")));
    String q = "Fixture: about 40 fighters killed or wounded, says \"someone\".";
    lines.add(
        EventJson.toJson(
            new Event(
                "c1",
                List.of("d3"),
                EventKind.CLASH,
                AcledSubEventType.ARMED_CLASH,
                DateInterval.day(LocalDate.of(2021, 8, 20)),
                HESAR,
                List.of(
                    new EventActor("anti-Taliban resistance", ActorRole.ACTOR1, null),
                    new EventActor("Taliban", ActorRole.ACTOR2, null)),
                null,
                new Fatalities(null, null, 40, 0, null, 40, 0),
                Claim.asserted(),
                List.of(new Evidence("d3", 0, q.length(), q, null)),
                0.7)));
    lines.add("{\"this is\": \"not an event\"}");
    Collections.addAll(lines);
    events = dir.resolve("events.jsonl");
    Files.write(events, lines, StandardCharsets.UTF_8);
  }

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void controlJsonCsvGeojsonText() throws IOException {
    CliRun j = run("control", "--events", events.toString(), "--date", "2021-08-21");
    assertThat(j.code()).isEqualTo(0);
    assertThat(j.err()).contains("events.jsonl:5: not a contract event");
    JsonNode a = M.readTree(j.out());
    assertThat(a).hasSize(2);
    assertThat(a.get(0).get("name").asText()).isEqualTo("Pul-e Hisar");
    assertThat(a.get(0).get("controller").asText()).isEqualTo("anti-Taliban resistance");
    assertThat(a.get(0).get("status").asText()).isEqualTo("claimed");
    assertThat(a.get(1).get("controller").asText()).isEqualTo("Taliban");
    assertThat(a.get(1).get("status").asText()).isEqualTo("held");
    assertThat(a.get(1).get("event_ids").get(0).asText()).isEqualTo("a1");

    CliRun c =
        run("control", "--events", events.toString(), "--date", "2021-08-21", "--format", "csv");
    assertThat(c.out().split("\r\n")[0])
        .startsWith(
            "place_id,name,admin1,admin2,lat,lon,controller,status,confidence,since,event_ids");
    CliRun g =
        run(
            "control",
            "--events",
            events.toString(),
            "--date",
            "2021-08-21",
            "--format",
            "geojson");
    assertThat(M.readTree(g.out()).get("features")).hasSize(2);
    CliRun t =
        run("control", "--events", events.toString(), "--date", "2021-08-21", "--format", "text");
    assertThat(t.out()).contains("Pul-e Hisar (Pol-e-Hesar)", "claimed");
  }

  @Test
  void settingsFileOverridesTheDefaults() throws IOException {
    Path strict = dir.resolve("strict.properties");
    Files.writeString(strict, "heldThreshold=0.9\n");
    CliRun r =
        run(
            "control",
            "--events",
            events.toString(),
            "--settings",
            strict.toString(),
            "--date",
            "2021-08-21");
    assertThat(r.code()).isEqualTo(0);
    assertThat(M.readTree(r.out()).get(1).get("status").asText()).isEqualTo("claimed");
    Path bad = dir.resolve("bad.properties");
    Files.writeString(bad, "heldTreshold=0.9\n");
    CliRun b =
        run(
            "control",
            "--events",
            events.toString(),
            "--settings",
            bad.toString(),
            "--date",
            "2021-08-21");
    assertThat(b.code()).isEqualTo(2);
    assertThat(b.err()).contains("unknown fusion settings", "heldTreshold");
    Files.writeString(bad, "contestRatio=2\n");
    assertThat(
            run(
                    "control",
                    "--events",
                    events.toString(),
                    "--settings",
                    bad.toString(),
                    "--date",
                    "2021-08-21")
                .err())
        .contains("contestRatio must be in [0,1]");
  }

  @Test
  void readsTheStore() throws IOException {
    Path db = dir.resolve("empty.db");
    org.sitrep.store.Store.open(db.toString()).close();
    CliRun r = run("control", "--db", db.toString(), "--date", "2021-08-21");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(M.readTree(r.out()).isArray()).isTrue();
    CliRun missing =
        run("control", "--db", dir.resolve("none.db").toString(), "--date", "2021-08-21");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no store at");
    assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run("control", "--events", events.toString(), "--date", "21/08/2021").code())
        .isEqualTo(2);
    assertThat(
            run("control", "--events", events.toString(), "--date", "2021-08-21", "--format", "xml")
                .code())
        .isEqualTo(2);
    assertThat(
            run(
                    "control",
                    "--events",
                    dir.resolve("missing.jsonl").toString(),
                    "--date",
                    "2021-08-21")
                .code())
        .isEqualTo(2);
  }

  @Test
  void timelineShowsHistoryAndEvidence() throws IOException {
    CliRun t = run("timeline", "--events", events.toString(), "Pol-e-Hesar");
    assertThat(t.code()).isEqualTo(0);
    assertThat(t.out())
        .contains(
            "2021-08-12 .. 2021-08-19  held by Taliban",
            "2021-08-20 ..",
            "claimed by anti-Taliban resistance",
            "Our fixture says Taliban took Pol-e-Hesar");
    CliRun j = run("timeline", "--events", events.toString(), "--format", "json", "Pul-e Hisar");
    assertThat(M.readTree(j.out()).get("periods").size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void timelineFindsOtherSpellingsThroughTheGazetteer() throws IOException {
    // A gazetteer of one province, its district and the district's town (GeoNames extract layout).
    Path tsv = Files.createDirectories(dir.resolve("gaz-tsv"));
    Files.writeString(tsv.resolve("af_admin1.tsv"), "code\tname\nAF.03\tBaghlan\n");
    Files.writeString(
        tsv.resolve("af_admin2.tsv"), "code\tadmin1\tname\nAF.03.9901\tBaghlan\tPul-e Hisar\n");
    Files.writeString(
        tsv.resolve("af_places.tsv"),
        "name\tlat\tlng\tadmin1_code\tadmin1_name\tadmin2_code\tadmin2_name\n"
            + "Pul-e Hisar\t35.59\t69.54\tAF.03\tBaghlan\tAF.03.9901\tPul-e Hisar\n");
    Path g = dir.resolve("timeline-gazetteer.jsonl.gz");
    CliRun imp =
        run(
            "gazetteer",
            "import",
            "--replace",
            "--no-supplement",
            "--geonames-tsv",
            tsv.toString(),
            "--out",
            g.toString());
    assertThat(imp.code()).isZero();
    // Not a name the events carry: found only through the gazetteer's matching of spellings.
    for (String spelling : List.of("Pol-e-Hessar", "Pul-i-Hissar", "geonames:AF.03.9901")) {
      CliRun t =
          run("timeline", "--events", events.toString(), "--gazetteer", g.toString(), spelling);
      assertThat(t.code()).as(spelling + ": " + t.err()).isZero();
      assertThat(t.out()).as(spelling).contains("Pul-e Hisar, Baghlan", "held by Taliban");
    }
    CliRun none =
        run("timeline", "--events", events.toString(), "--gazetteer", g.toString(), "Atlantis");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no territorial evidence about Atlantis");
  }

  @Test
  void reportWritesMarkdownAndHtml() throws IOException {
    Path out = Files.createDirectory(dir.resolve("reports"));
    CliRun r =
        run(
            "report",
            "--events",
            events.toString(),
            "--date",
            "2021-08-20",
            "--out",
            out.toString());
    assertThat(r.code()).isEqualTo(0);
    String md = Files.readString(out.resolve("sitrep-report-2021-08-20.md"));
    assertThat(md)
        .contains(
            "Pul-e Hisar \\[Pol-e-Hesar\\], Baghlan: claimed by anti-Taliban resistance",
            "40 killed or wounded",
            "[1]");
    String html = Files.readString(out.resolve("sitrep-report-2021-08-20.html"));
    assertThat(html).contains("<h2>Contested places</h2>", "&quot;someone&quot;");
  }

  @Test
  void reportOutCreatesFoldersWithOrdinaryFileModes() throws IOException {
    Path base = Files.createDirectory(dir.resolve("out-modes"));
    // A trailing slash, or a name without extension, is a folder: created with its parents.
    Path slash = base.resolve("a/b");
    CliRun r1 =
        run("report", "--events", events.toString(), "--date", "2021-08-20", "--out", slash + "/");
    assertThat(r1.code()).as(r1.err()).isZero();
    assertThat(slash.resolve("sitrep-report-2021-08-20.md")).isRegularFile();
    assertThat(slash.resolve("sitrep-report-2021-08-20.html")).isRegularFile();
    Path bare = base.resolve("daily");
    assertThat(
            run(
                    "report",
                    "--events",
                    events.toString(),
                    "--date",
                    "2021-08-20",
                    "--out",
                    bare.toString())
                .code())
        .isZero();
    assertThat(bare.resolve("sitrep-report-2021-08-20.md")).isRegularFile();
    // A name with an extension is a file; .html takes HTML whatever --format says.
    Path html = base.resolve("today.html");
    assertThat(
            run(
                    "report",
                    "--events",
                    events.toString(),
                    "--date",
                    "2021-08-20",
                    "--out",
                    html.toString())
                .code())
        .isZero();
    assertThat(Files.readString(html)).contains("<h2>Contested places</h2>");
    // The mode of any file this process creates (0666 less the umask), not 0600.
    Path plain = Files.createFile(base.resolve("plain.txt"));
    if (Files.getFileStore(base).supportsFileAttributeView("posix")) {
      var ordinary = Files.getPosixFilePermissions(plain);
      assertThat(Files.getPosixFilePermissions(html)).isEqualTo(ordinary);
      assertThat(Files.getPosixFilePermissions(slash.resolve("sitrep-report-2021-08-20.md")))
          .isEqualTo(ordinary);
    }
    try (var left = Files.list(base)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void reportIntoAMissingFolderSaysWhichFolder() {
    Path missing = dir.resolve("nowhere/today.md");
    CliRun r =
        run(
            "report",
            "--events",
            events.toString(),
            "--date",
            "2021-08-20",
            "--out",
            missing.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("folder " + dir.resolve("nowhere") + " does not exist");
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @Test
  void reportIntoAnUnwritableFolderIsARuntimeFailure() throws IOException {
    Path ro = Files.createDirectory(dir.resolve("read-only"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(ro).supportsFileAttributeView("posix"), "POSIX file modes");
    Files.setPosixFilePermissions(
        ro, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "root writes anywhere");
      CliRun r =
          run(
              "report",
              "--events",
              events.toString(),
              "--date",
              "2021-08-20",
              "--out",
              ro.resolve("x.md").toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains("is not writable").doesNotContain("Exception");
    } finally {
      Files.setPosixFilePermissions(
          ro, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void exportAcledCsvAndGeojson() throws IOException {
    CliRun c =
        run(
            "export",
            "--events",
            events.toString(),
            "--format",
            "acled-csv",
            "--timestamp",
            "1629504000");
    assertThat(c.code()).isEqualTo(0);
    String[] rows = c.out().split("\r\n");
    assertThat(rows[0]).isEqualTo(String.join(",", org.sitrep.wire.AcledCsv.COLUMNS));
    assertThat(rows).hasSize(5);
    assertThat(c.out())
        .contains("\"Fixture: about 40 fighters killed or wounded, says \"\"someone\"\".\"");
    CliRun g = run("export", "--events", events.toString(), "--format", "geojson");
    assertThat(M.readTree(g.out()).get("features")).hasSize(4);
  }

  @Test
  void acledNotesQuoteTheEventSentenceNotTheDateHeader() throws IOException {
    // A document whose first line is its date header: the date's evidence span points there.
    String header = "date 2021-08";
    String sentence = "Fixture sentence: militants seized the checkpoint near the bridge.";
    Event e =
        new Event(
            "h1",
            List.of("dh"),
            EventKind.TERRITORY,
            AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            DateInterval.day(LocalDate.of(2021, 8, 14)),
            KHUMRI,
            List.of(new EventActor("Taliban", ActorRole.ACTOR1, null)),
            new Territory("Taliban", null),
            Fatalities.NONE,
            Claim.asserted(),
            List.of(
                new Evidence("dh", 0, header.length(), header, "date"),
                new Evidence("dh", 20, 20 + sentence.length(), sentence, null)),
            0.8);
    Path f = dir.resolve("header-events.jsonl");
    Files.writeString(f, EventJson.toJson(e) + "\n");
    CliRun c = run("export", "--events", f.toString(), "--format", "acled-csv", "--timestamp", "0");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("Source text: \"\"" + sentence + "\"\"").doesNotContain(header);
  }

  CliRun watchTo(String url, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "watch",
                "--events",
                events.toString(),
                "--rule",
                "province:Baghlan",
                "--since",
                "2021-08-01",
                "--date",
                "2021-08-25",
                "--webhook",
                url));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void webhookFailuresSayWhatFailedAndHideThePassword() throws Exception {
    // Connection refused: a port that was free a moment ago.
    int port;
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    CliRun refused = watchTo("http://alice:s3cret-pw@127.0.0.1:" + port + "/hook");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err())
        .contains("connection refused", "http://127.0.0.1:" + port + "/hook", "not delivered")
        .doesNotContain("null", "s3cret-pw", "alice");

    // Timeout: a server that accepts the connection and never answers.
    List<String> auth = Collections.synchronizedList(new ArrayList<>());
    HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    slow.createContext(
        "/slow",
        ex -> {
          auth.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
          try {
            release.await(30, java.util.concurrent.TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.close();
        });
    slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    slow.start();
    try {
      String url = "http://alice:s3cret-pw@127.0.0.1:" + slow.getAddress().getPort() + "/slow";
      CliRun timeout = watchTo(url, "--webhook-timeout", "1");
      assertThat(timeout.code()).isEqualTo(1);
      assertThat(timeout.err())
          .contains("no answer within 1 s (timeout)")
          .doesNotContain("null", "s3cret-pw");
      // The user-info goes as Basic authentication, not in the printed URL.
      assertThat(auth).isNotEmpty();
      assertThat(auth.get(0))
          .isEqualTo(
              "Basic "
                  + java.util.Base64.getEncoder()
                      .encodeToString("alice:s3cret-pw".getBytes(StandardCharsets.UTF_8)));
    } finally {
      release.countDown();
      slow.stop(0);
    }
    CliRun bad = watchTo("ftp://bob:pw@127.0.0.1/x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("must be an http(s) URL").doesNotContain("bob:pw");
  }

  @Test
  void watchPostsAlertsToAWebhook() throws IOException {
    List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        ex -> {
          try (InputStream in = ex.getRequestBody()) {
            bodies.add(
                ex.getRequestMethod()
                    + " "
                    + ex.getRequestHeaders().getFirst("Content-Type")
                    + " "
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
      CliRun w =
          run(
              "watch",
              "--events",
              events.toString(),
              "--rule",
              "province:Baghlan",
              "--since",
              "2021-08-01",
              "--date",
              "2021-08-25",
              "--webhook",
              url);
      assertThat(w.code()).as(w.err()).isEqualTo(0);
      String[] lines = w.out().split("\n");
      assertThat(lines).hasSize(3);
      assertThat(M.readTree(lines[2]).get("to").get("controller").asText())
          .isEqualTo("anti-Taliban resistance");
      assertThat(M.readTree(lines[2]).get("from").get("controller").asText()).isEqualTo("Taliban");
      assertThat(bodies).hasSize(3);
      assertThat(bodies.get(0)).startsWith("POST application/json {\"day\":\"2021-08-10\"");

      CliRun bad =
          run(
              "watch",
              "--events",
              events.toString(),
              "--rule",
              "actor:Taliban",
              "--since",
              "2021-08-01",
              "--date",
              "2021-08-25",
              "--webhook",
              "http://127.0.0.1:" + server.getAddress().getPort() + "/missing");
      assertThat(bad.code()).isEqualTo(1);
      assertThat(bad.err()).contains("answered 404");
    } finally {
      server.stop(0);
    }
  }
}

package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Assembly;
import org.sitrep.wire.EventJson;

/** The ingest and events commands end to end, through Main, on a real SQLite file. */
class CliIngestEventsTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.throughProcessStreams(args);
  }

  /** The pipeline needs a gazetteer: built by scripts/setup (CI runs it), else these tests skip. */
  static void assumeGazetteer() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(Assembly.gazetteerFile())
            || Files.isDirectory(org.sitrep.gazetteer.Gazetteers.vendorCitiesJson(Assembly.home())),
        "no gazetteer: run scripts/setup");
  }

  static Path examples() {
    return Path.of(System.getProperty("sitrep.root", ".."), "examples");
  }

  @Test
  void ingestTwiceThenListEvents() throws IOException {
    assumeGazetteer();
    String db = dir.resolve("s.db").toString();
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', 0, 'b'});
    CliRun first = run("ingest", "--db", db, examples().toString(), bad.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err())
        .contains("bad.txt: binary file")
        .contains("feed-0001: new")
        .contains("near-duplicate of 2021-08-10_pul-e-khumri_en")
        .contains("1 rejected");
    long docs = first.err().lines().filter(l -> l.contains(": new")).count();
    assertThat(docs).isEqualTo(8);

    CliRun again = run("ingest", "--db", db, "--quiet", examples().toString());
    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("0 new, 0 new version(s), 8 unchanged");

    CliRun events = run("events", "--db", db);
    assertThat(events.code()).as(events.err()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String l : events.out().lines().toList()) {
      lines.add(EventJson.mapper().readTree(l));
    }
    for (JsonNode e : lines) {
      assertThat(e.has("event_id") && e.has("evidence") && e.has("kind")).isTrue();
    }
    CliRun json = run("events", "--db", db, "--format", "json", "--kind", "territory");
    assertThat(json.code()).isZero();
    assertThat(EventJson.mapper().readTree(json.out()).isArray()).isTrue();
  }

  @Test
  void exitCodes() throws IOException {
    String db = dir.resolve("s.db").toString();
    assertThat(run("ingest", "--db", db, dir.resolve("missing.txt").toString()).code())
        .isEqualTo(2);
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    CliRun onlyBad = run("ingest", "--db", db, empty.toString());
    assertThat(onlyBad.code()).isEqualTo(2);
    assertThat(onlyBad.err()).contains("empty.txt: empty file");
    assertThat(run("events", "--db", dir.resolve("none.db").toString()).code()).isEqualTo(2);
    assertThat(run("ingest").code()).isEqualTo(2);
    Path ok = Files.writeString(dir.resolve("ok.txt"), "date 2021-08-12\n\nKunduz reste calme.");
    org.sitrep.store.Store.open(db).close(); // an empty store, without loading the pipeline
    assertThat(run("events", "--db", db, "--kind", "nonsense").code()).isEqualTo(2);
    assertThat(run("events", "--db", db, "--from", "2021-08-31", "--to", "2021-08-01").code())
        .isEqualTo(2);
    Path notADb = Files.writeString(dir.resolve("text.db"), "not sqlite ".repeat(200));
    CliRun broken = run("ingest", "--db", notADb.toString(), ok.toString());
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err()).contains("cannot open store").doesNotContain("\tat ");
  }

  @Test
  void aParagraphInALanguageNotReadIsNamedOnStderr() throws IOException {
    assumeGazetteer();
    // Our own sentences: a Persian paragraph (read) and an Arabic one (not read).
    String text =
        "date 2021-08-11\n\nطالبان روز دوشنبه پس از درگیری شدید کنترل ولسوالی خنجان را به دست"
            + " گرفتند و چند سرباز زخمی شدند.\n\nقالت مصادر محلية إن اشتباكات عنيفة وقعت في"
            + " المدينة يوم الاثنين بين القوات الحكومية والمسلحين في المنطقة.\n";
    Path doc = Files.writeString(dir.resolve("mixed.txt"), text);
    CliRun r = run("extract", doc.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("1 paragraph(s) in ar not read: no language data");
    assertThat(r.out()).contains("\"kind\":\"territory\"").contains("Khinjan");
  }
}

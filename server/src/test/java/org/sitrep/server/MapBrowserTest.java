package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.gazetteer.GazetteerData;
import org.sitrep.gazetteer.GeoBoundariesImporter;
import org.sitrep.gazetteer.GeoNamesTsvImporter;
import org.sitrep.gazetteer.MitDistrictsImporter;
import org.sitrep.gazetteer.Supplement;

/**
 * End to end in headless Chromium: the seeds are posted to a real server on a random port (real
 * pipeline, gazetteer from the shared GeoNames and geoBoundaries data), the map page is loaded, the
 * slider moved to 2021-08-21, Pul-e-Hesar found by another spelling, its control and its quoted
 * evidence checked. Skips when Chromium or the shared data are absent (scripts/setup installs
 * Chromium).
 */
class MapBrowserTest {
  static final String TOKEN = "browser-test-token-42";
  static final String DAY = "2021-08-21";

  static SitrepServer server;
  static Browser browser;

  static Path shared(String rel) {
    String s = System.getProperty("sitrep.shared");
    assumeTrue(s != null, "sitrep.shared not set");
    Path p = Path.of(s).resolve(rel);
    assumeTrue(Files.exists(p), p + " absent");
    return p;
  }

  static Gazetteer sharedGazetteer() {
    GazetteerData data = new GazetteerData();
    GeoNamesTsvImporter.importDir(shared("data/geonames-af"), data);
    Supplement.applyBundled(data);
    MitDistrictsImporter.importFile(
        shared("data/afg-gazetteer-mit/provinces-and-districts.json"), data);
    GeoBoundariesImporter.importFiles(
        shared("data/afg-boundaries/geoBoundaries-AFG-ADM1_simplified.geojson"),
        shared("data/afg-boundaries/geoBoundaries-AFG-ADM2_simplified.geojson"),
        data);
    data.deriveAdminCoordinates();
    return data.freeze();
  }

  @BeforeAll
  static void start() throws IOException {
    Browser.assumeInstalled();
    Path seeds = shared("seeds");
    Gazetteer g = sharedGazetteer();
    LiveBackend backend =
        new LiveBackend(TestStores.open(), TestPipelines.standard(g), g, FusionSettings.defaults());
    server = SitrepServer.start(backend, ServerSettings.loopback(0, TOKEN));
    Http http = new Http(server.url());
    int events = 0;
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
        HttpResponse<String> r =
            http.post(
                "/documents?id=" + Http.enc(id),
                "text/plain; charset=utf-8",
                Files.readString(f, StandardCharsets.UTF_8),
                TOKEN);
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        events += Http.parse(r).path("events").asInt();
      }
    }
    assumeTrue(events > 0, "the pipeline extracts no events from the seeds yet");

    browser = Browser.open();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** The quoted claim about Pul-e-Hesar, as the gold file cites it (never copied into the repo). */
  static String goldQuote() throws IOException {
    for (String line : Files.readAllLines(shared("dev/seeds.gold.jsonl"))) {
      JsonNode n = Http.JSON.readTree(line);
      if ("Pul-e-Hesar".equals(n.path("place").asText())
          && "territory".equals(n.path("kind").asText())) {
        Matcher m = Pattern.compile("'([^']+)'").matcher(n.path("why").asText());
        assumeTrue(m.find(), "no quote in the gold line");
        return m.group(1);
      }
    }
    throw new AssertionError("no Pul-e-Hesar territory line in the gold file");
  }

  @Test
  void sliderSearchAndEvidence() throws IOException {
    Path shot = browser.walk(server.url(), DAY, "Pul-e-Hesar", "resistance", goldQuote());
    // the README's picture
    String root = System.getProperty("sitrep.root");
    if (root != null) {
      Path docs = Path.of(root, "docs");
      Files.createDirectories(docs);
      Files.copy(shot, docs.resolve("screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.store.Store;

/**
 * The map page in headless Chromium over the test theatre (stored events, square outlines): runs
 * wherever Chromium is installed, without the shared data.
 */
class FixtureMapBrowserTest {
  static SitrepServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    Browser.assumeInstalled();
    Gazetteer g = Fixture.gazetteer();
    Store store = TestStores.open();
    Fixture.fill(store);
    server =
        SitrepServer.start(
            new LiveBackend(store, TestPipelines.standard(g), g, FusionSettings.defaults()),
            ServerSettings.loopback(0, "fixture-browser-token"));
    browser = Browser.open();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void slideSearchAnotherSpellingAndReadTheEvidence() throws IOException {
    Path shot =
        browser.walk(server.url(), "2021-08-21", "Pul-i-Hisar", "resistance", Fixture.FR_CLAIM);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}

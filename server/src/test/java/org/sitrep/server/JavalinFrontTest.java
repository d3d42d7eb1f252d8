package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.app.IngestService;
import org.sitrep.app.WebFront;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.store.Store;

/**
 * The server as {@code sitrep serve} finds it (ServiceLoader): the options checked before anything
 * loads, what they mean for access, and a start that serves the store until closed.
 */
class JavalinFrontTest {
  private static WebFront.Options options(String host, int port, String tileUrl, String read) {
    return new WebFront.Options(
        host, port, "front-test-token", read, false, tileUrl, List.of("proxy.example"));
  }

  @Test
  void theServiceLoaderFindsThisServer() {
    assertThat(WebFront.find()).get().isInstanceOf(JavalinFront.class);
  }

  @Test
  void unusableOptionsAreRefusedInOneLine() {
    WebFront front = new JavalinFront();
    assertThatThrownBy(() -> front.check(options("127.0.0.1", 70000, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port must be 0..65535");
    assertThatThrownBy(() -> front.check(options("127.0.0.1", 0, "ftp://t/{z}/{x}/{y}", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tile URL must be http(s)");
    WebFront.Checked wide = front.check(options("0.0.0.0", 0, null, "front-read-token"));
    assertThat(wide.loopbackOnly()).isFalse();
    assertThat(wide.openReads()).isFalse();
    assertThat(wide.readToken()).isTrue();
    WebFront.Checked local = front.check(options("127.0.0.1", 0, null, null));
    assertThat(local.loopbackOnly()).isTrue();
    assertThat(local.openReads()).isTrue();
    assertThat(local.readToken()).isFalse();
  }

  @Test
  void aStartedServerAnswersUntilClosed() {
    Gazetteer g = Fixture.gazetteer();
    Store store = TestStores.open();
    store.ingest(Fixture.enTaken());
    IngestService service =
        IngestService.tracking(() -> TestPipelines.standard(g), store, FusionSettings.defaults());
    WebFront.Running running =
        new JavalinFront().check(options("127.0.0.1", 0, null, null)).start(service, g);
    try {
      assertThat(running.url()).startsWith("http://127.0.0.1:");
      assertThat(new Http(running.url()).json("/documents")).isNotEmpty();
    } finally {
      running.close();
    }
  }
}

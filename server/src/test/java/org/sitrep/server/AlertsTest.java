package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.store.Store;

/**
 * Alerts as Server-Sent Events: a client subscribed over HTTP receives the control change that a
 * posted document causes. The pipeline's last stage hands over the events stated in the test
 * documents, so that the alert does not depend on the extractor's recall; store, fusion, the server
 * and the stream are the real ones.
 */
class AlertsTest {
  static final String TOKEN = "alerts-test-token";
  static SitrepServer server;
  static Http http;

  @BeforeAll
  static void start() {
    Gazetteer g = Fixture.gazetteer();
    Pipeline real = TestPipelines.standard(g);
    ExtractedDocument claim = Fixture.frClaim();
    Pipeline stated =
        new Pipeline(
            real.cleaner(),
            real.analyzer(),
            real.dates(),
            real.places(),
            p -> new ExtractedDocument(p, p.id().equals(claim.id()) ? claim.events() : List.of()));
    Store store = TestStores.open();
    store.ingest(Fixture.enTaken());
    server =
        SitrepServer.start(
            new LiveBackend(store, stated, g, FusionSettings.defaults()),
            ServerSettings.loopback(0, TOKEN));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aPostedClaimIsStreamedToSubscribers() throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(http.base() + "/alerts?province=baghlan"))
            .header("Accept", "text/event-stream")
            .build();
    CompletableFuture<HttpResponse<Stream<String>>> resp =
        http.client().sendAsync(req, HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> r = resp.get(10, TimeUnit.SECONDS);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    CompletableFuture<Optional<String>> data =
        CompletableFuture.supplyAsync(
            () -> r.body().filter(l -> l.startsWith("data:")).findFirst());
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.subscribers() == 0 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(server.subscribers()).isEqualTo(1);

    ExtractedDocument claim = Fixture.frClaim();
    String body =
        Http.JSON
            .createObjectNode()
            .put("id", claim.id())
            .put("text", claim.text())
            .put("published", "2021-08-22")
            .toString();
    HttpResponse<String> posted = http.post("/documents", "application/json", body, TOKEN);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

    String line = data.get(10, TimeUnit.SECONDS).orElseThrow();
    JsonNode alert = Http.JSON.readTree(line.substring("data:".length()).trim());
    assertThat(alert.path("day").asText()).isEqualTo("2021-08-21");
    assertThat(alert.path("place_id").asText()).isEqualTo("district:baghlan/pul-e-hisar");
    assertThat(alert.path("from").isNull()).isTrue();
    assertThat(alert.at("/to/controller").asText()).isEqualTo(Fixture.RESISTANCE);
    assertThat(alert.path("event_ids").get(0).asText()).isEqualTo("ev-fr-claim");
  }

  @Test
  void filtersCompareNamesWithoutCaseOrPunctuation() throws IOException {
    JsonNode a =
        Http.JSON.readTree(
            "{\"name\":\"Pul-e Hisar\",\"admin1\":\"Baghlan\",\"admin2\":\"Pul-e Hisar\","
                + "\"place_id\":\"district:baghlan/pul-e-hisar\",\"from\":null,"
                + "\"to\":{\"controller\":\"anti-Taliban resistance\"}}");
    assertThat(new AlertHub.Filter("pul e hisar", null, null).accepts(a)).isTrue();
    assertThat(new AlertHub.Filter("Andarab", null, null).accepts(a)).isFalse();
    assertThat(new AlertHub.Filter(null, "BAGHLAN", null).accepts(a)).isTrue();
    assertThat(new AlertHub.Filter(null, "Panjshir", null).accepts(a)).isFalse();
    assertThat(new AlertHub.Filter(null, null, "Anti-Taliban Resistance").accepts(a)).isTrue();
    assertThat(new AlertHub.Filter(null, null, "Taliban").accepts(a)).isFalse();
  }
}

package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.store.Store;

/** The API over a store whose file is taken away under the running server (issue 17 item 4). */
class StoreFaultApiTest {
  @TempDir Path dir;

  @Test
  void aDeletedStoreFileRefusesWritesWith503AndReadsGoOn() throws IOException {
    Path file = dir.resolve("live.db");
    Gazetteer g = Fixture.gazetteer();
    Store store = Store.open(file.toString());
    LiveBackend backend =
        new LiveBackend(store, TestPipelines.standard(g), g, FusionSettings.defaults());
    try (SitrepServer server =
        SitrepServer.start(backend, ServerSettings.loopback(0, ApiTest.TOKEN))) {
      Http http = new Http(server.url());
      String first = "{\"id\":\"kept\",\"text\":\"A quiet morning in the market.\"}";
      assertThat(http.post("/documents", "application/json", first, ApiTest.TOKEN).statusCode())
          .isEqualTo(201);

      Files.delete(file);
      String second = "{\"id\":\"lost\",\"text\":\"Shops opened late on the main road.\"}";
      HttpResponse<String> refused =
          http.post("/documents", "application/json", second, ApiTest.TOKEN);
      ApiTest.assertError(refused, 503, "store_unavailable");
      HttpResponse<String> batch =
          http.post("/documents", "application/x-ndjson", second + "\n", ApiTest.TOKEN);
      ApiTest.assertError(batch, 503, "store_unavailable");
      assertThat(Files.exists(file)).as("no empty store created in its place").isFalse();

      HttpResponse<String> read = http.get("/documents");
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.body()).contains("kept").doesNotContain("lost");
    }
  }
}

package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.store.Store;

/** The HTTP API against a real server on a random port, over a store filled through its API. */
class ApiTest {
  static final String TOKEN = "test-token-0123456789";
  static SitrepServer server;
  static Http http;

  @BeforeAll
  static void start() {
    Gazetteer g = Fixture.gazetteer();
    Store store = TestStores.open();
    Fixture.fill(store);
    LiveBackend backend =
        new LiveBackend(store, TestPipelines.standard(g), g, FusionSettings.defaults());
    server = SitrepServer.start(backend, ServerSettings.loopback(0, TOKEN));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A raw GET naming the given Host; returns the status line and the headers. */
  private static String rawGetHead(String base, String path, String host)
      throws java.io.IOException {
    java.net.URI u = java.net.URI.create(base);
    try (java.net.Socket sock = new java.net.Socket(u.getHost(), u.getPort())) {
      sock.setSoTimeout(30_000);
      String req = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
      sock.getOutputStream().write(req.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      // read up to the end of the headers only: a stream (SSE) never closes
      java.io.InputStream in = sock.getInputStream();
      StringBuilder all = new StringBuilder();
      for (int c; (c = in.read()) >= 0; ) {
        all.append((char) c);
        if (all.length() >= 4 && all.substring(all.length() - 4).equals("\r\n\r\n")) {
          return all.substring(0, all.length() - 4);
        }
      }
      return all.toString();
    }
  }

  /** Status line and body of a POST whose body bytes are given raw, with extra headers. */
  private static String[] rawPost(String headers, byte[] body) throws java.io.IOException {
    java.net.URI u = java.net.URI.create(http.base());
    try (java.net.Socket sock = new java.net.Socket(u.getHost(), u.getPort())) {
      sock.setSoTimeout(30_000);
      String req =
          "POST /documents HTTP/1.1\r\nHost: 127.0.0.1:"
              + u.getPort()
              + "\r\nAuthorization: Bearer "
              + TOKEN
              + "\r\n"
              + headers
              + "Connection: close\r\n\r\n";
      sock.getOutputStream().write(req.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      sock.getOutputStream().write(body);
      sock.getOutputStream().flush();
      String all =
          new String(sock.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int head = all.indexOf("\r\n\r\n");
      String status = all.substring(0, all.indexOf("\r\n"));
      return new String[] {status, head < 0 ? "" : all.substring(head + 4)};
    }
  }

  /** Issue 17 item 11: bad bytes and bad framing are the client's errors (400), never stored. */
  @Test
  void invalidUtf8AndMalformedChunkedBodiesAre400() throws java.io.IOException {
    byte[] head = "{\"id\":\"api-bad-utf8\",\"text\":\"caf".getBytes("UTF-8");
    byte[] tail = "\"}".getBytes("UTF-8");
    byte[] body = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    body[head.length] = (byte) 0xE9; // Latin-1 e-acute: not UTF-8
    System.arraycopy(tail, 0, body, head.length + 1, tail.length);
    String[] r =
        rawPost("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);
    assertThat(r[0]).startsWith("HTTP/1.1 400");
    assertThat(r[1])
        .contains("invalid_document")
        .contains("invalid UTF-8 at byte offset " + head.length);
    assertThat(http.get("/documents/api-bad-utf8").statusCode()).isEqualTo(404);

    String[] chunked =
        rawPost(
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
            "zz\r\n{\"id\":\"x\"}\r\n0\r\n\r\n".getBytes("US-ASCII"));
    assertThat(chunked[0]).startsWith("HTTP/1.1 400");
  }

  @Test
  void aRebindingHostNameIsRefusedAndLoopbackNamesAreServed() throws java.io.IOException {
    String base = http.base();
    int port = java.net.URI.create(base).getPort();
    assertThat(rawGetHead(base, "/events", "attacker.example:" + port)).startsWith("HTTP/1.1 403");
    assertThat(rawGetHead(base, "/", "attacker.example")).startsWith("HTTP/1.1 403");
    assertThat(rawGetHead(base, "/events", "localhost:" + port)).startsWith("HTTP/1.1 200");
    assertThat(rawGetHead(base, "/events", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
    assertThat(rawGetHead(base, "/events", "[::1]:" + port)).startsWith("HTTP/1.1 200");
    try (SitrepServer proxied =
        SitrepServer.start(
            backendOf(server),
            ServerSettings.loopback(0, TOKEN).withAllowedHosts(java.util.List.of("Map.Example")))) {
      assertThat(rawGetHead(proxied.url(), "/events", "map.example")).startsWith("HTTP/1.1 200");
      assertThat(rawGetHead(proxied.url(), "/events", "other.example")).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws java.io.IOException {
    for (String path : java.util.List.of("/", "/events", "/no-such-thing")) {
      String head = rawGetHead(http.base(), path, "127.0.0.1").toLowerCase(java.util.Locale.ROOT);
      assertThat(head)
          .as(path)
          .contains("content-security-policy: default-src 'self'")
          .contains("frame-ancestors 'none'")
          .contains("x-frame-options: deny")
          .contains("x-content-type-options: nosniff");
    }
  }

  @Test
  void beyondLoopbackReadsNeedTheTokenUnlessMadePublic() throws java.io.IOException {
    SitrepBackend backend = backendOf(server);
    try (SitrepServer closed =
            SitrepServer.start(backend, ServerSettings.of("0.0.0.0", 0, TOKEN, false, null));
        SitrepServer open =
            SitrepServer.start(backend, ServerSettings.of("0.0.0.0", 0, TOKEN, true, null))) {
      Http c = new Http(closed.url());
      assertError(c.get("/events"), 401, "unauthorized");
      assertThat(c.getWithToken("/events", TOKEN).statusCode()).isEqualTo(200);
      // the query-string token only for the alerts stream (EventSource cannot set headers)
      assertError(c.get("/events?token=" + TOKEN), 401, "unauthorized");
      assertError(c.get("/documents?token=" + TOKEN), 401, "unauthorized");
      assertThat(rawGetHead(closed.url(), "/alerts?token=" + TOKEN, "127.0.0.1"))
          .startsWith("HTTP/1.1 200");
      assertThat(rawGetHead(closed.url(), "/alerts", "127.0.0.1")).startsWith("HTTP/1.1 401");
      assertThat(c.get("/").statusCode()).as("the page itself holds no data").isEqualTo(200);
      assertThat(Http.parse(c.getWithToken("/meta", TOKEN)).path("reads_need_token").asBoolean())
          .isTrue();
      Http o = new Http(open.url());
      assertThat(o.get("/events").statusCode()).isEqualTo(200);
      assertError(
          o.post("/documents", "application/json", "{\"id\":\"a\",\"text\":\"b\"}", null),
          401,
          "unauthorized");
    }
  }

  /** Issue 17: a read token reads (header, or query on /alerts) but never writes. */
  @Test
  void aReadTokenReadsButCannotWrite() throws java.io.IOException {
    String read = "read-token-abcdefgh";
    try (SitrepServer s =
        SitrepServer.start(
            backendOf(server),
            ServerSettings.of("0.0.0.0", 0, TOKEN, false, null).withReadToken(read))) {
      Http c = new Http(s.url());
      assertThat(c.getWithToken("/events", read).statusCode()).isEqualTo(200);
      assertThat(c.getWithToken("/events", TOKEN).statusCode()).isEqualTo(200);
      assertError(c.getWithToken("/events", "not-the-token-xx"), 401, "unauthorized");
      assertThat(rawGetHead(s.url(), "/alerts?token=" + read, "127.0.0.1"))
          .startsWith("HTTP/1.1 200");
      assertError(
          c.post("/documents", "application/json", "{\"id\":\"rt\",\"text\":\"t\"}", read),
          401,
          "unauthorized");
      assertThat(c.get("/documents/rt").statusCode()).isEqualTo(401);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ServerSettings.loopback(0, TOKEN).withReadToken(TOKEN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static SitrepBackend backendOf(SitrepServer s) {
    return s.backend();
  }

  /** Status line and body of a POST that sends its headers only, over a plain socket. */
  private String[] rawPostHeaders(String path, String type, long declared, String token)
      throws java.io.IOException {
    java.net.URI u = java.net.URI.create(http.base());
    try (java.net.Socket sock = new java.net.Socket(u.getHost(), u.getPort())) {
      sock.setSoTimeout(30_000);
      String req =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + u.getHost()
              + ":"
              + u.getPort()
              + "\r\nContent-Type: "
              + type
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Length: "
              + declared
              + "\r\nConnection: close\r\n\r\n";
      sock.getOutputStream().write(req.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      sock.getOutputStream().flush();
      String all =
          new String(sock.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int head = all.indexOf("\r\n\r\n");
      String status = all.substring(0, all.indexOf("\r\n"));
      String body = head < 0 ? "" : all.substring(head + 4);
      if (all.substring(0, Math.max(head, 0))
          .toLowerCase(java.util.Locale.ROOT)
          .contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      return new String[] {status, body.trim()};
    }
  }

  private static String unchunk(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int eol = s.indexOf("\r\n", i);
      if (eol < 0) {
        break;
      }
      int n = Integer.parseInt(s.substring(i, eol).trim().split(";")[0], 16);
      if (n == 0) {
        break;
      }
      out.append(s, eol + 2, eol + 2 + n);
      i = eol + 2 + n + 2;
    }
    return out.toString();
  }

  static void assertError(HttpResponse<String> r, int status, String code) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode e = Http.parse(r).path("error");
    assertThat(e.path("code").asText()).isEqualTo(code);
    assertThat(e.path("status").asInt()).isEqualTo(status);
    assertThat(e.path("message").asText()).isNotBlank();
  }

  @Test
  void openApiDocumentsEveryRoute() {
    JsonNode api = http.json("/openapi.json");
    assertThat(api.path("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    api.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .contains(
            "/documents",
            "/documents/{id}",
            "/events",
            "/places",
            "/control",
            "/timeline",
            "/report",
            "/alerts",
            "/boundaries",
            "/meta");
    assertThat(api.at("/paths/~1documents/post/security/0").has("token")).isTrue();
  }

  @Test
  void documentsAreListedAndReadable() {
    JsonNode list = http.json("/documents?limit=1");
    assertThat(list.path("total").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(list.path("items")).hasSize(1);
    assertThat(list.path("items").get(0).has("text")).isFalse();
    assertThat(list.path("next_offset").asInt()).isEqualTo(1);
    JsonNode doc = http.json("/documents/fx-fr-claim");
    assertThat(doc.path("text").asText()).contains(Fixture.FR_CLAIM);
    assertThat(doc.path("url").asText()).isEqualTo("https://example.org/fr-claim");
    assertThat(doc.path("published").path("from").asText()).isEqualTo("2021-08-22");
    assertError(http.get("/documents/nope"), 404, "not_found");
  }

  @Test
  void writesNeedTheToken() {
    String body = "{\"id\":\"api-w1\",\"text\":\"Rien à signaler.\"}";
    assertError(http.post("/documents", "application/json", body, null), 401, "unauthorized");
    assertError(
        http.post("/documents", "application/json", body, "wrong-token-xxxx"), 401, "unauthorized");
  }

  @Test
  void postIngestsOnceAndValidatesLikeTheCli() {
    String body =
        "{\"id\":\"api-doc-1\",\"text\":\"Calm day in the valley, residents said.\","
            + "\"published\":\"2021-08-25\",\"lang\":\"en\"}";
    HttpResponse<String> first = http.post("/documents", "application/json", body, TOKEN);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(Http.parse(first).path("status").asText()).isEqualTo("new");
    HttpResponse<String> again = http.post("/documents", "application/json", body, TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Http.parse(again).path("status").asText()).isEqualTo("unchanged");
    assertThat(http.json("/documents/api-doc-1").path("lang").asText()).isEqualTo("en");

    HttpResponse<String> bad = http.post("/documents", "application/json", "{nope", TOKEN);
    assertError(bad, 400, "invalid_document");
    assertThat(Http.parse(bad).at("/error/message").asText())
        .isEqualTo(cliMessage("request", "{nope"));
    HttpResponse<String> noText =
        http.post("/documents", "application/json", "{\"id\":\"x\"}", TOKEN);
    assertThat(Http.parse(noText).at("/error/message").asText())
        .isEqualTo(cliMessage("request", "{\"id\":\"x\"}"));
    HttpResponse<String> badDate =
        http.post(
            "/documents",
            "application/json",
            "{\"id\":\"api-d\",\"text\":\"t\",\"published\":\"21/08/2021\"}",
            TOKEN);
    assertThat(Http.parse(badDate).at("/error/message").asText())
        .isEqualTo(
            cliMessage(
                "request", "{\"id\":\"api-d\",\"text\":\"t\",\"published\":\"21/08/2021\"}"));
  }

  @Test
  void plainTextAndBatches() {
    HttpResponse<String> t =
        http.post(
            "/documents?id=api-txt",
            "text/plain; charset=utf-8",
            "date 2021-08\nUn texte de test sans événement.",
            TOKEN);
    assertThat(t.statusCode()).as(t.body()).isEqualTo(201);
    JsonNode d = http.json("/documents/api-txt");
    assertThat(d.at("/published/precision").asText()).isEqualTo("month");
    assertError(http.post("/documents", "text/plain", "some text", TOKEN), 400, "bad_request");
    assertError(http.post("/documents?id=x", "text/plain", "   ", TOKEN), 400, "invalid_document");

    String nd =
        "{\"id\":\"api-b1\",\"text\":\"First test line.\"}\n{broken\n"
            + "{\"id\":\"api-b2\",\"text\":\"Second test line.\"}\n";
    HttpResponse<String> b = http.post("/documents", "application/x-ndjson", nd, TOKEN);
    assertThat(b.statusCode()).isEqualTo(200);
    JsonNode r = Http.parse(b);
    assertThat(r.path("ingested")).hasSize(2);
    assertThat(r.path("rejected")).hasSize(1);
    assertThat(r.at("/rejected/0/message").asText()).isEqualTo(cliMessage("request:2", "{broken"));
    assertError(
        http.post("/documents", "application/xml", "<a/>", TOKEN), 415, "unsupported_media_type");
  }

  @Test
  void bodiesOverTheLimitAreRefused() throws java.io.IOException {
    // Declares a body over the limit and sends only the headers: the server must refuse it from the
    // Content-Length alone, before reading anything (a client streaming megabytes would otherwise
    // race the early reply and see a reset connection instead of the 413).
    long big = ServerSettings.DEFAULT_MAX_BODY + 1;
    String[] reply = rawPostHeaders("/documents", "application/json", big, TOKEN);
    assertThat(reply[0]).as(reply[1]).contains(" 413 ");
    JsonNode e = Http.JSON.readTree(reply[1]).path("error");
    assertThat(e.path("code").asText()).isEqualTo("payload_too_large");
    assertError(http.get("/places?q=" + "x".repeat(600)), 400, "bad_request");
    assertError(http.get("/events?limit=100000"), 400, "bad_request");
  }

  @Test
  void eventsFilterAndPage() {
    assertThat(http.json("/events").path("items")).hasSize(3);
    JsonNode terr = http.json("/events?kind=territory");
    assertThat(terr.path("items")).hasSize(2);
    terr.path("items").forEach(e -> assertThat(e.path("territory").isObject()).isTrue());
    JsonNode day = http.json("/events?from=2021-08-21&to=2021-08-21");
    assertThat(day.path("items"))
        .extracting(e -> e.path("event_id").asText())
        .containsExactly("ev-fr-claim");
    // any spelling of the place, resolved through the gazetteer
    JsonNode pul = http.json("/events?place=" + Http.enc("Pul-i-Hisar"));
    assertThat(pul.path("place_id").asText()).isEqualTo("t:pul");
    assertThat(pul.path("items"))
        .extracting(e -> e.path("event_id").asText())
        .containsExactly("ev-fr-claim");
    assertThat(http.json("/events?province=Baghlan&claim=reported").path("items")).hasSize(2);
    assertThat(http.json("/events?actor=" + Http.enc("Anti-Taliban Resistance")).path("items"))
        .hasSize(1);
    JsonNode p1 = http.json("/events?limit=2");
    assertThat(p1.path("items")).hasSize(2);
    assertThat(p1.path("next_offset").asInt()).isEqualTo(2);
    JsonNode p2 = http.json("/events?limit=2&offset=2");
    assertThat(p2.path("items")).hasSize(1);
    assertThat(p2.path("next_offset").isNull()).isTrue();
    JsonNode geo = http.json("/events?format=geojson&kind=clash");
    assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(69.2);
    HttpResponse<String> badKind = http.get("/events?kind=battle");
    assertError(badKind, 400, "bad_request");
    assertThat(Http.parse(badKind).at("/error/message").asText()).contains("territory", "clash");
    assertError(http.get("/events?from=21-08-2021"), 400, "bad_request");
    assertError(http.get("/events?from=2021-08-22&to=2021-08-01"), 400, "bad_request");
  }

  @Test
  void placesBySpelling() {
    JsonNode r = http.json("/places?q=" + Http.enc("Pol-e-Hesar"));
    assertThat(r.path("items").get(0).path("id").asText()).isEqualTo("t:pul");
    assertThat(r.path("items").get(0).path("admin1").asText()).isEqualTo("Baghlan");
    assertError(http.get("/places"), 400, "bad_request");
  }

  @Test
  void controlAsJsonAndGeoJson() {
    JsonNode c = http.json("/control?date=2021-08-21");
    JsonNode pul = find(c, "district:baghlan/pul-e-hisar");
    assertThat(pul.path("controller").asText()).isEqualTo(Fixture.RESISTANCE);
    assertThat(pul.path("status").asText()).isIn("held", "claimed");
    assertThat(pul.path("event_ids").get(0).asText()).isEqualTo("ev-fr-claim");
    assertThat(find(c, "district:baghlan/andarab").path("controller").asText())
        .isEqualTo("Taliban");
    // before any report on Pul-e Hisar
    assertThat(http.json("/control?date=2021-08-16"))
        .extracting(s -> s.path("place_id").asText())
        .doesNotContain("district:baghlan/pul-e-hisar");
    JsonNode g = http.json("/control?date=2021-08-21&format=geojson");
    assertThat(g.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(g.path("features").size()).isEqualTo(c.size());
    assertError(http.get("/control"), 400, "bad_request");
    assertError(http.get("/control?date=2021-08-21&format=kml"), 400, "bad_request");
  }

  @Test
  void timelineByAnySpelling() {
    JsonNode t = http.json("/timeline?place=" + Http.enc("Pul-e-Hesar"));
    assertThat(t.path("place_id").asText()).isEqualTo("district:baghlan/pul-e-hisar");
    assertThat(t.at("/periods/0/controller").asText()).isEqualTo(Fixture.RESISTANCE);
    assertThat(t.at("/events/0/evidence/0/quote").asText()).isEqualTo(Fixture.FR_CLAIM);
    assertThat(http.json("/timeline?place=t:andarab").path("name").asText()).isEqualTo("Andarab");
    assertError(http.get("/timeline?place=Atlantis"), 404, "not_found");
  }

  @Test
  void reportOfADay() {
    JsonNode r = http.json("/report?date=2021-08-23");
    assertThat(r.path("day").asText()).isEqualTo("2021-08-23");
    assertThat(r.path("casualties").toString()).contains("12 killed");
    assertThat(r.path("citations").toString()).contains(Fixture.EN_CLASH);
    HttpResponse<String> html = http.get("/report?date=2021-08-23&format=html");
    assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html.body()).contains("Andarab");
  }

  @Test
  void boundariesCarryTheControlUnitIds() {
    JsonNode d = http.json("/boundaries?level=district");
    assertThat(d.path("features")).hasSize(3);
    List<String> ids = new ArrayList<>();
    d.path("features").forEach(f -> ids.add(f.at("/properties/unit_id").asText()));
    assertThat(ids).contains("district:baghlan/pul-e-hisar", "district:baghlan/andarab");
    JsonNode p = http.json("/boundaries?level=province");
    assertThat(p.at("/features/0/properties/unit_id").asText()).isEqualTo("province:baghlan");
    assertError(http.get("/boundaries?level=country"), 400, "bad_request");
  }

  @Test
  void pageAndBundledLeafletAreServed() {
    HttpResponse<String> page = http.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/vendor/leaflet/leaflet.js").doesNotContain("unpkg", "cdn");
    assertThat(http.get("/vendor/leaflet/leaflet.js").body()).contains("Leaflet");
    assertThat(http.get("/vendor/leaflet/images/marker-icon.png").statusCode()).isEqualTo(200);
    assertThat(http.get("/app.js").statusCode()).isEqualTo(200);
    JsonNode meta = http.json("/meta");
    assertThat(meta.path("first_day").asText()).isEqualTo("2021-08-15");
    assertThat(meta.path("last_day").asText()).isEqualTo("2021-08-23");
    assertError(http.get("/no/such/thing"), 404, "not_found");
  }

  /** What the CLI's reader says about this JSON line: the API must say the same. */
  static String cliMessage(String where, String line) {
    ReadResult r = DocumentReader.parseJsonLine(where, line);
    assertThat(r).isInstanceOf(ReadResult.Rejected.class);
    return ((ReadResult.Rejected) r).message();
  }

  static JsonNode find(JsonNode states, String placeId) {
    for (JsonNode s : states) {
      if (s.path("place_id").asText().equals(placeId)) {
        return s;
      }
    }
    throw new AssertionError(placeId + " not in " + states);
  }
}

package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.pipeline.DocumentTooComplex;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceName;
import org.sitrep.store.EventQuery;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.StoreUnavailableException;
import org.sitrep.store.StoredDocument;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.FusionJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of sitrep: a JSON API (documented in {@code /openapi.json}), control alerts as
 * Server-Sent Events, and the single-page map with Leaflet bundled. Errors are JSON objects with a
 * stable code; {@link ErrorCode#status()} is the one place codes become HTTP statuses.
 */
public final class SitrepServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SitrepServer.class);
  static final String LEAFLET = "/META-INF/resources/webjars/leaflet/1.9.4/dist";
  static final String WEB = "/sitrep/web";
  private static final String JSON = "application/json; charset=utf-8";

  private final SitrepBackend backend;
  private final ServerSettings settings;
  private final AlertHub alerts = new AlertHub();
  private final Object writeLock = new Object();
  // outlines do not change while the server runs; ADM2 is megabytes of JSON
  private final java.util.Map<String, byte[]> boundaryBytes =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Javalin app;

  private SitrepServer(SitrepBackend backend, ServerSettings settings) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.jetty.host = settings.host();
              cfg.jetty.port = settings.port();
              cfg.http.maxRequestSize = settings.maxBodyBytes();
              var r = cfg.routes;
              r.before(this::authorize);
              r.before(this::securityHeaders);
              r.get("/", ctx -> asset(ctx, WEB + "/index.html"));
              r.get("/index.html", ctx -> asset(ctx, WEB + "/index.html"));
              r.get("/app.js", ctx -> asset(ctx, WEB + "/app.js"));
              r.get("/app.css", ctx -> asset(ctx, WEB + "/app.css"));
              r.get("/vendor/leaflet/<file>", this::leaflet);
              r.get("/openapi.json", this::openApi);
              r.get("/meta", this::meta);
              r.get("/documents", this::listDocuments);
              r.get("/documents/{id}", this::getDocument);
              r.post("/documents", this::postDocuments);
              r.get("/events", this::events);
              r.get("/places", this::places);
              r.get("/control", this::control);
              r.get("/timeline", this::timeline);
              r.get("/report", this::report);
              r.get("/boundaries", this::boundaries);
              r.sse("/alerts", client -> alerts.subscribe(client, filter(client.ctx())));
              r.exception(ApiException.class, (e, ctx) -> error(ctx, e.code(), e.getMessage()));
              r.exception(HttpResponseException.class, (e, ctx) -> httpError(ctx, e));
              r.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
                    error(
                        ctx, ErrorCode.INTERNAL, "internal error: " + e.getClass().getSimpleName());
                  });
              r.error(
                  404,
                  ctx -> {
                    if (!isJsonError(ctx)) {
                      error(ctx, ErrorCode.NOT_FOUND, "no such resource: " + ctx.path());
                    }
                  });
              r.error(
                  405,
                  ctx -> {
                    if (!isJsonError(ctx)) {
                      error(ctx, ErrorCode.METHOD_NOT_ALLOWED, ctx.method() + " not allowed");
                    }
                  });
            });
  }

  /** Starts a server; port 0 picks a free one. */
  public static SitrepServer start(SitrepBackend backend, ServerSettings settings) {
    SitrepServer s = new SitrepServer(backend, settings);
    s.app.start();
    return s;
  }

  public int port() {
    return app.port();
  }

  public String url() {
    String h = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    if ("0.0.0.0".equals(h) || "[::]".equals(h)) {
      h = "127.0.0.1";
    }
    return "http://" + h + ":" + port() + "/";
  }

  SitrepBackend backend() {
    return backend;
  }

  int subscribers() {
    return alerts.size();
  }

  @Override
  public void close() {
    alerts.closeAll();
    app.stop();
  }

  // --- access ---------------------------------------------------------------------------------

  private static final List<String> ASSETS = List.of("/", "/index.html", "/app.js", "/app.css");

  private void authorize(Context ctx) {
    if (!settings.hostAllowed(ctx.header("Host"))) {
      throw new ApiException(
          ErrorCode.FORBIDDEN_HOST,
          "this server does not answer for the host named in the request (see serve"
              + " --allow-host)");
    }
    boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
    boolean asset =
        ASSETS.contains(ctx.path())
            || ctx.path().startsWith("/vendor/")
            || ctx.path().equals("/openapi.json");
    if (write || !asset && !settings.openReads()) {
      if (!tokenOk(ctx, write)) {
        throw new ApiException(
            ErrorCode.UNAUTHORIZED,
            write
                ? "write endpoints need the token: Authorization: Bearer <token>"
                : "this server needs the token for reads: Authorization: Bearer <token>");
      }
    }
  }

  /**
   * Headers that keep the map page and the API's answers from being framed, sniffed into another
   * type, or made to load script from elsewhere; tiles may come from the configured tile host.
   */
  private void securityHeaders(Context ctx) {
    String tiles = settings.tileUrl() == null ? "" : " " + origin(settings.tileUrl());
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
            + " data:"
            + tiles
            + "; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action"
            + " 'self'");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static String origin(String url) {
    int scheme = url.indexOf("://");
    int path = url.indexOf('/', scheme + 3);
    String o = path < 0 ? url : url.substring(0, path);
    // a template host such as {s}.tile.example.org becomes a wildcard source
    return o.replaceAll("\\{[^}]*}", "*");
  }

  /** The write token, or for a read also the read token, given as the request may give it. */
  private boolean tokenOk(Context ctx, boolean write) {
    String h = ctx.header("Authorization");
    String given = null;
    if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = h.substring(7).trim();
    } else if (ctx.header("X-Sitrep-Token") != null) {
      given = ctx.header("X-Sitrep-Token");
    } else if (ctx.method() == HandlerType.GET && ctx.path().equals("/alerts")) {
      // EventSource cannot set headers; every other read takes the token by header only, so it
      // does not end up in access logs and browser history
      given = ctx.queryParam("token");
    }
    return given != null
        && (same(given, settings.token())
            || !write && settings.readToken() != null && same(given, settings.readToken()));
  }

  /** Constant-time comparison, so timing does not reveal how much of a token was right. */
  private static boolean same(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  // --- errors ---------------------------------------------------------------------------------

  private static final String ERROR_SET = "sitrep.error";

  private static boolean isJsonError(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(ERROR_SET));
  }

  static void error(Context ctx, ErrorCode code, String message) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    ObjectNode e = n.putObject("error");
    e.put("code", code.wire());
    e.put("status", code.status());
    e.put("message", message);
    ctx.attribute(ERROR_SET, Boolean.TRUE);
    ctx.status(code.status()).contentType(JSON).result(EventJson.write(n));
  }

  private static void httpError(Context ctx, HttpResponseException e) {
    ErrorCode c;
    switch (e.getStatus()) {
      case 413:
        c = ErrorCode.PAYLOAD_TOO_LARGE;
        break;
      case 404:
        c = ErrorCode.NOT_FOUND;
        break;
      case 405:
        c = ErrorCode.METHOD_NOT_ALLOWED;
        break;
      case 401:
        c = ErrorCode.UNAUTHORIZED;
        break;
      default:
        c = e.getStatus() < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL;
    }
    error(ctx, c, e.getMessage() == null ? c.wire() : e.getMessage());
  }

  private static void json(Context ctx, Object node) {
    ctx.contentType(JSON).result(EventJson.write(node));
  }

  // --- parameters -----------------------------------------------------------------------------

  private String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > settings.maxQueryChars()) {
      throw new ApiException(
          ErrorCode.BAD_REQUEST,
          name + ": longer than " + settings.maxQueryChars() + " characters");
    }
    return v.trim();
  }

  private String required(Context ctx, String name) {
    String v = param(ctx, name);
    if (v == null) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "missing query parameter '" + name + "'");
    }
    return v;
  }

  private static LocalDate date(String name, String v) {
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiException(ErrorCode.BAD_REQUEST, name + ": not a date (YYYY-MM-DD): " + v);
    }
  }

  private int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = param(ctx, name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new ApiException(
            ErrorCode.BAD_REQUEST, name + ": must be between " + min + " and " + max + ": " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiException(ErrorCode.BAD_REQUEST, name + ": not a number: " + v);
    }
  }

  private static String format(Context ctx, String dflt, String... allowed) {
    String f = ctx.queryParam("format");
    if (f == null || f.isBlank()) {
      return dflt;
    }
    f = f.trim().toLowerCase(Locale.ROOT);
    for (String a : allowed) {
      if (a.equals(f)) {
        return f;
      }
    }
    throw new ApiException(
        ErrorCode.BAD_REQUEST, "format: one of " + String.join(", ", allowed) + ": " + f);
  }

  private static <E extends Enum<E>> E enumParam(String name, String v, Class<E> type) {
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        names.add(c.name().toLowerCase(Locale.ROOT));
      }
      throw new ApiException(
          ErrorCode.BAD_REQUEST, name + ": one of " + String.join(", ", names) + ": " + v);
    }
  }

  // --- assets: served from the classpath (the page and the Leaflet WebJar), never a CDN ---

  private void leaflet(Context ctx) {
    String file = ctx.pathParam("file");
    if (!file.matches("(images/)?[A-Za-z0-9_.-]+") || file.contains("..")) {
      throw new ApiException(ErrorCode.NOT_FOUND, "no such asset: " + file);
    }
    asset(ctx, LEAFLET + "/" + file);
  }

  private void asset(Context ctx, String resource) {
    try (InputStream in = SitrepServer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ApiException(ErrorCode.NOT_FOUND, "no such asset: " + ctx.path());
      }
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType(mime(resource)).result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String mime(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (n.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (n.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (n.endsWith(".png")) {
      return "image/png";
    } else if (n.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "application/octet-stream";
  }

  // --- handlers -------------------------------------------------------------------------------

  private void openApi(Context ctx) {
    try (InputStream in = getClass().getResourceAsStream("/sitrep/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the build");
      }
      ctx.contentType(JSON).result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void meta(Context ctx) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("name", "sitrep");
    var cov = backend.coverage();
    n.put("first_day", cov.map(c -> c.from().toString()).orElse(null));
    n.put("last_day", cov.map(c -> c.to().toString()).orElse(null));
    n.put("tile_url", settings.tileUrl());
    n.put("reads_need_token", !settings.openReads());
    n.put("max_body_bytes", settings.maxBodyBytes());
    n.put("max_page_size", settings.maxPageSize());
    json(ctx, n);
  }

  private void listDocuments(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 100, 1, settings.maxPageSize());
    List<StoredDocument> all = backend.documents();
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("total", all.size());
    n.put("offset", offset);
    n.put("limit", limit);
    ArrayNode items = n.putArray("items");
    for (int i = offset; i < all.size() && i < (long) offset + limit; i++) {
      items.add(documentNode(all.get(i), false));
    }
    n.put("next_offset", (long) offset + limit < all.size() ? offset + limit : null);
    json(ctx, n);
  }

  private void getDocument(Context ctx) {
    String id = ctx.pathParam("id");
    StoredDocument d =
        backend
            .document(id)
            .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "no document " + id));
    json(ctx, documentNode(d, true));
  }

  static ObjectNode documentNode(StoredDocument sd, boolean withText) {
    Document d = sd.document();
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("id", d.id());
    n.set("published", d.published() == null ? null : EventJson.date(d.published()));
    n.put("source", d.source());
    n.put("url", d.url());
    n.put("lang", d.lang());
    n.put("version", sd.version());
    n.put("content_hash", sd.contentHash());
    n.put("duplicate_of", sd.duplicateOf());
    n.put("length", d.text().length());
    if (withText) {
      n.put("text", d.text());
    }
    return n;
  }

  /**
   * One document as a JSON object (the JSON Lines shape of CONTRACTS.md §1), several as NDJSON (one
   * per line; bad lines are reported and the batch goes on), or plain text with {@code ?id=}. The
   * same reader as the CLI validates them, so the messages are the CLI's.
   */
  private void postDocuments(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > settings.maxBodyBytes()) {
      throw new ApiException(
          ErrorCode.PAYLOAD_TOO_LARGE,
          "request body of " + declared + " bytes exceeds " + settings.maxBodyBytes());
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    byte[] raw;
    try {
      raw = ctx.bodyAsBytes();
    } catch (Exception e) { // Kotlin code: the connector's IOException arrives undeclared
      // a body the connector cannot read (a malformed chunked encoding, a cut connection) is the
      // client's error, not the server's
      throw new ApiException(ErrorCode.BAD_REQUEST, "malformed request body: " + e.getMessage());
    }
    if (raw.length > settings.maxBodyBytes()) {
      throw new ApiException(
          ErrorCode.PAYLOAD_TOO_LARGE, "request body exceeds " + settings.maxBodyBytes());
    }
    // strict UTF-8 as the CLI reads files: a bad byte is refused with its offset, never stored
    // as U+FFFD
    Optional<String> badUtf8 = DocumentReader.utf8Problem(raw);
    if (badUtf8.isPresent()) {
      throw new ApiException(ErrorCode.INVALID_DOCUMENT, "request: " + badUtf8.get());
    }
    String body = new String(raw, StandardCharsets.UTF_8);
    if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")) {
      ObjectNode n = EventJson.mapper().createObjectNode();
      ArrayNode ok = n.putArray("ingested");
      ArrayNode bad = n.putArray("rejected");
      String[] lines = body.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        ReadResult r = DocumentReader.parseJsonLine("request:" + (i + 1), lines[i]);
        if (r instanceof ReadResult.Rejected) {
          bad.add(rejection((ReadResult.Rejected) r));
          continue;
        }
        try {
          ok.add(outcomeNode(ingest(((ReadResult.Ok) r).document())));
        } catch (ApiException e) {
          if (e.code() == ErrorCode.STORE_UNAVAILABLE) {
            throw e;
          }
          bad.add(rejection(new ReadResult.Rejected(r.name(), e.getMessage())));
        } catch (RuntimeException e) {
          bad.add(rejection(new ReadResult.Rejected(r.name(), "extraction failed: " + e)));
        }
      }
      if (ok.isEmpty() && !bad.isEmpty()) {
        ctx.status(ErrorCode.INVALID_DOCUMENT.status());
      }
      json(ctx, n);
      return;
    }
    ReadResult r;
    if (type.startsWith("application/json")) {
      r = DocumentReader.parseJsonLine("request", body);
    } else if (type.startsWith("text/plain")) {
      String id = required(ctx, "id");
      r = DocumentReader.parseText(id, body);
    } else {
      throw new ApiException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "send application/json, application/x-ndjson or text/plain (with ?id=), not '"
              + type
              + "'");
    }
    if (r instanceof ReadResult.Rejected) {
      throw new ApiException(ErrorCode.INVALID_DOCUMENT, ((ReadResult.Rejected) r).message());
    }
    IngestOutcome o = ingest(((ReadResult.Ok) r).document());
    ctx.status(o.status() == IngestOutcome.Status.UNCHANGED ? 200 : 201);
    json(ctx, outcomeNode(o));
  }

  private static ObjectNode rejection(ReadResult.Rejected r) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("name", r.name());
    n.put("code", ErrorCode.INVALID_DOCUMENT.wire());
    n.put("message", r.message());
    return n;
  }

  private IngestOutcome ingest(Document d) {
    SitrepBackend.Ingested in;
    synchronized (writeLock) {
      try {
        in = backend.ingest(d);
      } catch (DocumentTooComplex e) {
        throw new ApiException(ErrorCode.INVALID_DOCUMENT, e.getMessage());
      } catch (StoreUnavailableException e) {
        // never acknowledge a document that would be lost with the unlinked file
        throw new ApiException(ErrorCode.STORE_UNAVAILABLE, e.getMessage());
      }
    }
    alerts.publish(in.alerts());
    return in.outcome();
  }

  static ObjectNode outcomeNode(IngestOutcome o) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("doc_id", o.docId());
    n.put("status", o.status().name().toLowerCase(Locale.ROOT));
    n.put("version", o.version());
    n.put("events", o.events());
    n.put("duplicate_of", o.duplicateOf());
    return n;
  }

  private void events(Context ctx) {
    String fmt = format(ctx, "json", "json", "geojson");
    LocalDate from = date("from", param(ctx, "from"));
    LocalDate to = date("to", param(ctx, "to"));
    if (from != null && to != null && to.isBefore(from)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "to is before from: " + from + ".." + to);
    }
    EventKind kind = enumParam("kind", param(ctx, "kind"), EventKind.class);
    ClaimStatus claim = enumParam("claim", param(ctx, "claim"), ClaimStatus.class);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 100, 1, settings.maxPageSize());
    String place = param(ctx, "place");
    String placeId = place;
    if (place != null && !place.contains(":")) {
      // any spelling: the gazetteer's best match stands for it
      List<SitrepBackend.PlaceHit> hits = backend.places(place, 1);
      placeId = hits.isEmpty() ? null : hits.get(0).place().id();
    }
    ObjectNode n = EventJson.mapper().createObjectNode();
    List<Event> found =
        place != null && placeId == null
            ? List.of()
            : backend.events(
                new EventQuery(
                    from,
                    to,
                    placeId,
                    param(ctx, "province"),
                    kind,
                    param(ctx, "actor"),
                    claim,
                    offset,
                    limit + 1));
    boolean more = found.size() > limit;
    List<Event> page = more ? found.subList(0, limit) : found;
    if ("geojson".equals(fmt)) {
      json(ctx, FusionJson.eventsGeoJsonNode(page));
      return;
    }
    n.put("offset", offset);
    n.put("limit", limit);
    n.put("place_id", placeId);
    n.put("next_offset", more ? offset + limit : null);
    ArrayNode items = n.putArray("items");
    page.forEach(e -> items.add(EventJson.toNode(e)));
    json(ctx, n);
  }

  private void places(Context ctx) {
    String q = required(ctx, "q");
    int limit = intParam(ctx, "limit", 10, 1, 100);
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("query", q);
    ArrayNode items = n.putArray("items");
    for (SitrepBackend.PlaceHit h : backend.places(q, limit)) {
      Place p = h.place();
      ObjectNode pn = items.addObject();
      pn.put("id", p.id());
      pn.put("name", p.name());
      pn.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
      pn.put("country", p.countryCode());
      pn.put("admin1", h.admin1());
      pn.put("admin2", h.admin2());
      pn.put("lat", p.lat());
      pn.put("lon", p.lon());
      pn.put("population", p.population());
      ArrayNode names = pn.putArray("names");
      p.names().stream().limit(20).map(PlaceName::name).distinct().forEach(names::add);
    }
    json(ctx, n);
  }

  private void control(Context ctx) {
    LocalDate day = date("date", required(ctx, "date"));
    String fmt = format(ctx, "json", "json", "geojson");
    json(ctx, "geojson".equals(fmt) ? backend.controlGeoJson(day) : backend.control(day));
  }

  private void timeline(Context ctx) {
    String place = required(ctx, "place");
    Optional<JsonNode> t = backend.timeline(place);
    json(
        ctx,
        t.orElseThrow(
            () ->
                new ApiException(ErrorCode.NOT_FOUND, "no control evidence for '" + place + "'")));
  }

  private void report(Context ctx) {
    LocalDate day = date("date", required(ctx, "date"));
    String fmt = format(ctx, "json", "json", "markdown", "html");
    if ("json".equals(fmt)) {
      json(ctx, backend.report(day));
    } else {
      ctx.contentType(
              "html".equals(fmt) ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8")
          .result(backend.renderReport(day, fmt));
    }
  }

  private void boundaries(Context ctx) {
    String level = param(ctx, "level");
    level = level == null ? "district" : level.toLowerCase(Locale.ROOT);
    if (!level.equals("district") && !level.equals("province")) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "level: one of province, district: " + level);
    }
    ctx.header("Cache-Control", "max-age=3600");
    byte[] b =
        boundaryBytes.computeIfAbsent(
            level, l -> EventJson.write(backend.boundaries(l)).getBytes(StandardCharsets.UTF_8));
    ctx.contentType(JSON).result(b);
  }

  private AlertHub.Filter filter(Context ctx) {
    return new AlertHub.Filter(param(ctx, "place"), param(ctx, "province"), param(ctx, "actor"));
  }
}

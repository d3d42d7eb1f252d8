package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.app.ControlChange;
import org.sitrep.app.FusedView;
import org.sitrep.app.IngestService;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.fusion.Report;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredDocument;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.FusionJson;
import org.sitrep.wire.ReportRenderer;

/**
 * The backend over the real parts: the store, the extraction pipeline, the gazetteer and fusion.
 * The fused view is rebuilt from the store after each ingest that changed something; reads share
 * the current one.
 */
public final class LiveBackend implements SitrepBackend {
  private final IngestService ingest;
  private final Store store;
  private final Gazetteer gazetteer;
  private final Map<String, JsonNode> boundaryCache = new ConcurrentHashMap<>();

  /** Over an ingest service that tracks control (its store is this backend's store). */
  public LiveBackend(IngestService ingest, Gazetteer gazetteer) {
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    this.store =
        ingest.store().orElseThrow(() -> new IllegalArgumentException("ingest without a store"));
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  public LiveBackend(Store store, Pipeline pipeline, Gazetteer gazetteer, FusionSettings settings) {
    this(
        IngestService.tracking(
            () -> Objects.requireNonNull(pipeline, "pipeline"),
            Objects.requireNonNull(store, "store"),
            Objects.requireNonNull(settings, "settings")),
        gazetteer);
  }

  private FusedView view() {
    return ingest.view();
  }

  @Override
  public List<StoredDocument> documents() {
    return store.documents();
  }

  @Override
  public Optional<StoredDocument> document(String id) {
    return store.document(id);
  }

  @Override
  public Ingested ingest(Document document) {
    IngestService.Ingested in = ingest.ingest(document);
    if (in.status() == IngestService.Status.REJECTED) {
      throw in.failure(); // the server maps it (a document too complex is the client's)
    }
    List<JsonNode> alerts = new ArrayList<>();
    for (ControlChange c : in.changes()) {
      alerts.add(FusionJson.change(c.day(), c.before(), c.after()));
    }
    return new Ingested(in.stored(), alerts);
  }

  @Override
  public List<Event> events(EventQuery query) {
    return store.events(query);
  }

  @Override
  public List<PlaceHit> places(String query, int limit) {
    List<PlaceHit> out = new ArrayList<>();
    for (Place p : gazetteer.search(query, limit)) {
      Gazetteer.AdminNames an = gazetteer.adminNames(p);
      out.add(new PlaceHit(p, an.admin1(), an.admin2()));
    }
    return out;
  }

  @Override
  public JsonNode control(LocalDate day) {
    ArrayNode a = EventJson.mapper().createArrayNode();
    view().control().control(day).states().forEach(s -> a.add(FusionJson.state(s)));
    return a;
  }

  @Override
  public JsonNode controlGeoJson(LocalDate day) {
    return parse(FusionJson.controlGeoJson(view().control().control(day)));
  }

  @Override
  public Optional<JsonNode> timeline(String place) {
    return view().control().timeline(place, () -> gazetteer).map(FusionJson::timeline);
  }

  /** The control unit id fusion gives events located at this place. */
  String unitId(Place p) {
    return ControlService.unitId(p, gazetteer);
  }

  @Override
  public JsonNode report(LocalDate day) {
    Report r = view().control().report(day);
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("day", r.day().toString());
    n.set("changes", lines(r.changes()));
    n.set("contested", lines(r.contested()));
    n.set("casualties", lines(r.casualties()));
    ArrayNode control = n.putArray("control");
    r.control().states().forEach(s -> control.add(FusionJson.state(s)));
    ArrayNode cites = n.putArray("citations");
    for (Report.Citation c : r.citations()) {
      ObjectNode cn = cites.addObject();
      cn.put("number", c.number());
      cn.put("doc_id", c.docId());
      cn.put("event_id", c.eventId());
      cn.put("start", c.start());
      cn.put("end", c.end());
      cn.put("quote", c.quote());
    }
    return n;
  }

  private static ArrayNode lines(List<Report.Line> lines) {
    ArrayNode a = EventJson.mapper().createArrayNode();
    for (Report.Line l : lines) {
      ObjectNode ln = a.addObject();
      ln.put("text", l.text());
      ArrayNode c = ln.putArray("cites");
      l.cites().forEach(c::add);
    }
    return a;
  }

  @Override
  public String renderReport(LocalDate day, String format) {
    Report r = view().control().report(day);
    return "html".equals(format) ? ReportRenderer.html(r) : ReportRenderer.markdown(r);
  }

  @Override
  public JsonNode boundaries(String level) {
    return boundaryCache.computeIfAbsent(level, this::buildBoundaries);
  }

  private JsonNode buildBoundaries(String level) {
    PlaceKind kind = "province".equals(level) ? PlaceKind.PROVINCE : PlaceKind.DISTRICT;
    Set<String> countries = new TreeSet<>();
    for (String id : gazetteer.boundaries().keySet()) {
      gazetteer.byId(id).ifPresent(p -> countries.add(p.countryCode()));
    }
    ObjectNode fc = EventJson.mapper().createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode out = fc.putArray("features");
    for (String cc : countries) {
      JsonNode part = parse(gazetteer.boundariesGeoJson(kind, cc));
      for (JsonNode f : part.path("features")) {
        ObjectNode props = (ObjectNode) f.path("properties");
        gazetteer.byId(props.path("id").asText()).ifPresent(p -> props.put("unit_id", unitId(p)));
        props.put("level", kind.name().toLowerCase(Locale.ROOT));
        out.add(f);
      }
    }
    return fc;
  }

  @Override
  public Optional<DateInterval> coverage() {
    return view().coverage();
  }

  @Override
  public void close() {
    store.close();
  }

  private static JsonNode parse(String json) {
    try {
      return EventJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredDocument;

/**
 * What the web server needs from the rest of sitrep: documents and events (the store), ingest (the
 * pipeline), place search (the gazetteer's matcher), control, timelines and reports (fusion) and
 * boundaries. Fusion outputs come as JSON in the CLI's shapes so that the HTTP layer stays thin.
 * Implementations are thread-safe.
 */
public interface SitrepBackend extends AutoCloseable {

  List<StoredDocument> documents();

  Optional<StoredDocument> document(String id);

  /** Runs the pipeline on one validated document, stores it and says which control changed. */
  Ingested ingest(Document document);

  List<Event> events(EventQuery query);

  /** Places matching any spelling, best first. */
  List<PlaceHit> places(String query, int limit);

  /** CONTRACTS.md §3 control states as of {@code day}: a JSON array. */
  JsonNode control(LocalDate day);

  /** The same states as a GeoJSON FeatureCollection of points. */
  JsonNode controlGeoJson(LocalDate day);

  /** The history of a place (unit id, or any spelling of its name); empty when no evidence. */
  Optional<JsonNode> timeline(String place);

  /** The daily report as JSON. */
  JsonNode report(LocalDate day);

  /** The daily report rendered as "markdown" or "html". */
  String renderReport(LocalDate day, String format);

  /**
   * Province ("province") or district ("district") outlines as a GeoJSON FeatureCollection whose
   * features carry {@code unit_id}, the control unit id fusion uses for that area.
   */
  JsonNode boundaries(String level);

  /** The days the current events span, for the map's date slider; empty when no events. */
  Optional<DateInterval> coverage();

  @Override
  void close();

  /** What an ingest did, and the control changes it caused (alert JSON objects). */
  record Ingested(org.sitrep.store.IngestOutcome outcome, List<JsonNode> alerts) {
    public Ingested {
      java.util.Objects.requireNonNull(outcome, "outcome");
      alerts = List.copyOf(alerts);
    }
  }

  /** One search result: the place and the names of its province and district. */
  record PlaceHit(org.sitrep.model.Place place, String admin1, String admin2) {
    public PlaceHit {
      java.util.Objects.requireNonNull(place, "place");
    }
  }
}

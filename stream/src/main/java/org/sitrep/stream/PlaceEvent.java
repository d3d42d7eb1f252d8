package org.sitrep.stream;

import java.util.Objects;
import org.sitrep.core.fusion.ControlUnit;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.wire.EventJson;

/**
 * What flows between the operators of the streaming job: an event's contract JSON plus the few
 * fields the keyed fusion needs; or, without an event, a document's version (sent before its
 * events) or the withdrawal of a document's events from one region (a new version replaced them). A
 * mutable POJO with public fields on purpose: that is the shape Flink serialises efficiently
 * without Kryo; nothing outside the job sees it.
 */
public class PlaceEvent {
  public String eventId;

  /** The document the event was extracted from (or that the version or withdrawal is about). */
  public String documentId;

  /** That document's version: the SHA-256 of its text, as the store tells versions apart. */
  public String version;

  /** A withdrawal: the region's events from {@link #documentId} are gone. */
  public boolean withdraw;

  /** The place: gazetteer id, or the place name when unresolved; null without a place. */
  public String placeKey;

  /** The fusion key: the region of the event's control unit (core's {@code regionId}). */
  public String regionKey;

  /** The document this event's document nearly repeats (null when none). */
  public String duplicateOf;

  public String placeName;
  public String kind;
  public String dateFrom;
  public String dateTo;
  public String controllerAfter;
  public String controllerBefore;
  public double confidence;
  public String json;

  public PlaceEvent() {}

  public static PlaceEvent of(Event e) {
    return of(e, null);
  }

  public static PlaceEvent of(Event e, String duplicateOf) {
    return of(e, duplicateOf, e.docIds().isEmpty() ? null : e.docIds().get(0), null);
  }

  /** An event of version {@code version} of document {@code documentId}. */
  public static PlaceEvent of(Event e, String duplicateOf, String documentId, String version) {
    PlaceEvent p = new PlaceEvent();
    p.documentId = documentId;
    p.version = version;
    p.duplicateOf = duplicateOf;
    p.regionKey = ControlUnit.of(e.location()).regionId();
    p.eventId = e.eventId();
    Location l = e.location();
    if (l != null) {
      p.placeKey = l.gazetteerId() != null ? l.gazetteerId() : "name:" + l.name();
      p.placeName = l.name();
    }
    p.kind = e.kind().wire();
    p.dateFrom = e.dated() ? e.date().from().toString() : null; // null: undated event
    p.dateTo = e.dated() ? e.date().to().toString() : null;
    if (e.territory() != null) {
      p.controllerAfter = e.territory().controllerAfter();
      p.controllerBefore = e.territory().controllerBefore();
    }
    p.confidence = e.confidence();
    p.json = EventJson.toJson(e);
    return p;
  }

  /** A document's version, sent before its events (a document without events sends it too). */
  public static PlaceEvent documentVersion(String documentId, String version) {
    PlaceEvent p = new PlaceEvent();
    p.documentId = documentId;
    p.version = version;
    return p;
  }

  /** The withdrawal of a document's events from one region. */
  public static PlaceEvent withdrawal(String documentId, String regionKey) {
    PlaceEvent p = new PlaceEvent();
    p.documentId = documentId;
    p.regionKey = regionKey;
    p.withdraw = true;
    return p;
  }

  /** An event (not a version or a withdrawal). */
  public boolean isEvent() {
    return json != null;
  }

  /** What the control path needs: territorial events, versions and withdrawals. */
  public boolean forControl() {
    return !isEvent() || movesControl();
  }

  /** The contract line with the near-duplicate link, as fusion reads it back. */
  public String line() {
    return duplicateOf == null
        ? json
        : json.substring(0, json.length() - 1)
            + ",\""
            + EventJson.DUPLICATE_OF
            + "\":"
            + EventJson.write(duplicateOf)
            + "}";
  }

  /** A territorial event: the only kind that moves control (fusion's, with or without a place). */
  public boolean movesControl() {
    return "territory".equals(kind);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlaceEvent p
        && Objects.equals(p.json, json)
        && Objects.equals(p.documentId, documentId)
        && Objects.equals(p.version, version)
        && Objects.equals(p.regionKey, regionKey)
        && p.withdraw == withdraw;
  }

  @Override
  public int hashCode() {
    return Objects.hash(json, documentId, version, regionKey, withdraw);
  }
}

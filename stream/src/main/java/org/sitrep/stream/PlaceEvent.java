package org.sitrep.stream;

import java.util.Objects;
import org.sitrep.core.json.EventJson;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * What flows between the operators of the streaming job: an event's contract JSON plus the few
 * fields the keyed fusion needs. A mutable POJO with public fields on purpose: that is the shape
 * Flink serialises efficiently without Kryo; nothing outside the job sees it.
 */
public class PlaceEvent {
  public String eventId;

  /** The fusion key: gazetteer id, or the place name when unresolved; null without a place. */
  public String placeKey;

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
    PlaceEvent p = new PlaceEvent();
    p.eventId = e.eventId();
    Location l = e.location();
    if (l != null) {
      p.placeKey = l.gazetteerId() != null ? l.gazetteerId() : "name:" + l.name();
      p.placeName = l.name();
    }
    p.kind = e.kind().wire();
    p.dateFrom = e.date().from().toString();
    p.dateTo = e.date().to().toString();
    if (e.territory() != null) {
      p.controllerAfter = e.territory().controllerAfter();
      p.controllerBefore = e.territory().controllerBefore();
    }
    p.confidence = e.confidence();
    p.json = EventJson.toJson(e);
    return p;
  }

  /** A territorial event with a place: the only kind that moves control. */
  public boolean movesControl() {
    return placeKey != null && controllerAfter != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlaceEvent && Objects.equals(((PlaceEvent) o).json, json);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(json);
  }
}

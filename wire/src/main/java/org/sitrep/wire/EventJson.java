package org.sitrep.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.TimeExpression;

/**
 * Writes events and time expressions in the exact JSON shape of CONTRACTS.md, fields in contract
 * order, so that output is canonical (the same event always gives the same bytes).
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode toNode(Event e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("event_id", e.eventId());
    ArrayNode docs = n.putArray("doc_ids");
    e.docIds().forEach(docs::add);
    n.put("kind", e.kind().wire());
    n.put("event_type", e.eventType().label());
    n.put("sub_event_type", e.subEventType().label());
    n.set("date", date(e.date()));
    n.set("location", location(e.location()));
    ArrayNode actors = n.putArray("actors");
    for (EventActor a : e.actors()) {
      ObjectNode an = actors.addObject();
      an.put("name", a.name());
      an.put("role", a.role().wire());
      if (a.actorId() != null) {
        an.put("actor_id", a.actorId());
      }
      if (a.inter() != null) {
        an.put("inter", a.inter());
      }
    }
    if (e.territory() != null) {
      ObjectNode t = n.putObject("territory");
      t.put("controller_after", e.territory().controllerAfter());
      t.put("controller_before", e.territory().controllerBefore());
    }
    n.set("fatalities", fatalities(e.fatalities()));
    ObjectNode c = n.putObject("claim");
    c.put("status", e.claim().status().wire());
    c.put("attributed_to", e.claim().attributedTo());
    ArrayNode ev = n.putArray("evidence");
    for (Evidence x : e.evidence()) {
      ObjectNode en = ev.addObject();
      en.put("doc_id", x.docId());
      en.put("start", x.start());
      en.put("end", x.end());
      en.put("quote", x.quote());
      if (x.role() != null) {
        en.put("role", x.role());
      }
    }
    n.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    return n;
  }

  public static String toJson(Event e) {
    return write(toNode(e));
  }

  /**
   * The field (after the contract's) that names the document an event's document nearly repeats,
   * present only then: a pipe of events ({@code extract | control --events -}) counts wire copies
   * once, as the store does with its near-duplicate links.
   */
  public static final String DUPLICATE_OF = "duplicate_of";

  /** The contract line, plus {@value #DUPLICATE_OF} when the document is a near-duplicate. */
  public static String toJson(Event e, String duplicateOf) {
    ObjectNode n = toNode(e);
    if (duplicateOf != null) {
      n.put(DUPLICATE_OF, duplicateOf);
    }
    return write(n);
  }

  /**
   * The contract's date object; an undated event's is {@code {"from": null, "to": null,
   * "precision": "unknown"}}.
   */
  public static ObjectNode date(DateInterval d) {
    ObjectNode n = MAPPER.createObjectNode();
    if (d == null) {
      n.putNull("from");
      n.putNull("to");
      n.put("precision", DatePrecision.UNKNOWN.wire());
      return n;
    }
    n.put("from", d.from().toString());
    n.put("to", d.to().toString());
    n.put("precision", d.precision().wire());
    return n;
  }

  public static ObjectNode location(Location l) {
    if (l == null) {
      return null;
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", l.name());
    n.put("admin1", l.admin1());
    n.put("admin2", l.admin2());
    n.put("lat", l.lat());
    n.put("lon", l.lon());
    n.put("geo_precision", l.geoPrecision());
    n.put("gazetteer_id", l.gazetteerId());
    return n;
  }

  public static ObjectNode fatalities(Fatalities f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("killed", f.killed());
    n.put("wounded", f.wounded());
    n.put("killed_or_wounded", f.killedOrWounded());
    n.put("low", f.low());
    n.put("best", f.best());
    n.put("high", f.high());
    n.put("acled", f.acled());
    return n;
  }

  /** The contract §5 line for one time expression. */
  public static ObjectNode toNode(TimeExpression t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("doc_id", t.docId());
    n.put("start", t.span().start());
    n.put("end", t.span().end());
    n.put("text", t.text());
    n.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
    n.put("from", t.value() == null ? null : t.value().from().toString());
    n.put("to", t.value() == null ? null : t.value().to().toString());
    n.put("precision", t.value() == null ? "unknown" : t.value().precision().wire());
    n.put("anchor", t.anchor());
    return n;
  }

  public static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + node.getClass().getSimpleName(), e);
    }
  }
}

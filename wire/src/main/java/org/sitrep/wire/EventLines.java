package org.sitrep.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;

/**
 * Reads events in the contract's JSON Lines shape (the output of {@code sitrep extract}, written by
 * {@link EventJson}), so that the fusion commands also work on a file or a pipe without a store and
 * the streaming job can keep events in its state. A bad line is reported (line number and reason)
 * and skipped.
 */
public final class EventLines {
  private static final ObjectMapper M = new ObjectMapper();

  private EventLines() {}

  /**
   * Events read, and the near-duplicate links their lines carried ({@code duplicate_of}: the
   * document an event's document nearly repeats), as the store keeps them for its documents.
   */
  public record Read(List<Event> events, Map<String, String> duplicateOf) {
    public Read {
      events = List.copyOf(events);
      duplicateOf = Map.copyOf(duplicateOf);
    }
  }

  public static Read read(BufferedReader in, String name, Consumer<String> errors) {
    List<Event> out = new ArrayList<>();
    Map<String, String> links = new HashMap<>();
    int n = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = M.readTree(line);
          Event e = parse(node);
          out.add(e);
          String dup = text(node, EventJson.DUPLICATE_OF);
          if (dup != null) {
            e.docIds().forEach(d -> links.put(d, dup));
          }
        } catch (IOException | RuntimeException e) {
          errors.accept(name + ":" + n + ": not a contract event: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return new Read(out, links);
  }

  /** One event line (a contract event; fields beyond the contract are ignored). */
  public static Event parse(String line) {
    try {
      return parse(M.readTree(line));
    } catch (IOException e) {
      throw new IllegalArgumentException("not a contract event: " + e.getMessage(), e);
    }
  }

  public static Event parse(JsonNode n) {
    List<String> docs = new ArrayList<>();
    n.path("doc_ids").forEach(d -> docs.add(d.asText()));
    JsonNode d = req(n, "date");
    // An undated event prints its date as nulls with precision unknown.
    DateInterval date =
        d.path("from").isNull() && d.path("to").isNull()
            ? null
            : new DateInterval(
                LocalDate.parse(req(d, "from").asText()),
                LocalDate.parse(req(d, "to").asText()),
                DatePrecision.fromWire(d.path("precision").asText("day")));
    Location loc = null;
    JsonNode l = n.get("location");
    if (l != null && !l.isNull()) {
      loc =
          new Location(
              req(l, "name").asText(),
              text(l, "admin1"),
              text(l, "admin2"),
              num(l, "lat"),
              num(l, "lon"),
              l.path("geo_precision").asInt(1),
              text(l, "gazetteer_id"));
    }
    List<EventActor> actors = new ArrayList<>();
    for (JsonNode a : n.path("actors")) {
      actors.add(
          new EventActor(
              req(a, "name").asText(),
              ActorRole.valueOf(req(a, "role").asText().toUpperCase(java.util.Locale.ROOT)),
              text(a, "actor_id"),
              a.hasNonNull("inter") ? a.get("inter").asInt() : null));
    }
    Territory t = null;
    JsonNode tn = n.get("territory");
    if (tn != null && !tn.isNull()) {
      t = new Territory(req(tn, "controller_after").asText(), text(tn, "controller_before"));
    }
    Fatalities fat = fatalities(n.path("fatalities"));
    JsonNode c = n.path("claim");
    Claim claim =
        c.isMissingNode() || c.isNull()
            ? Claim.asserted()
            : new Claim(
                ClaimStatus.fromWire(c.path("status").asText("asserted")),
                text(c, "attributed_to"));
    List<Evidence> ev = new ArrayList<>();
    for (JsonNode x : n.path("evidence")) {
      ev.add(
          new Evidence(
              req(x, "doc_id").asText(),
              req(x, "start").asInt(),
              req(x, "end").asInt(),
              req(x, "quote").asText(),
              text(x, "role")));
    }
    return new Event(
        req(n, "event_id").asText(),
        docs,
        EventKind.fromWire(req(n, "kind").asText()),
        AcledSubEventType.fromLabel(req(n, "sub_event_type").asText()),
        date,
        loc,
        actors,
        t,
        fat,
        claim,
        ev,
        n.path("confidence").asDouble(1.0));
  }

  /** The contract's {@code fatalities} object (as {@link EventJson#fatalities} writes it). */
  public static Fatalities fatalities(JsonNode f) {
    return f == null || f.isMissingNode() || f.isNull()
        ? Fatalities.NONE
        : new Fatalities(
            integer(f, "killed"),
            integer(f, "wounded"),
            integer(f, "killed_or_wounded"),
            integer(f, "low"),
            integer(f, "best"),
            integer(f, "high"),
            f.path("acled").asInt(0));
  }

  private static JsonNode req(JsonNode n, String f) {
    JsonNode v = n.get(f);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing " + f);
    }
    return v;
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double num(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static Integer integer(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asInt();
  }
}

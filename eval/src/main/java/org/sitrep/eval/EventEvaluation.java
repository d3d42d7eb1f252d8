package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.extract.Lexicons;
import org.sitrep.core.extract.Norm;
import org.sitrep.core.geo.Distance;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.Location;
import org.sitrep.wire.EventJson;

/**
 * Scores extracted events against gold. Matching rule: an event matches a gold line when it comes
 * from the same document, has the same kind, its date interval overlaps the gold's (an open end
 * when the gold gives none), and its place is within {@link #MATCH_KM} km of the gold's coordinates
 * or shares a name with it (the gold's place, admin1 or admin2 equal to the event's place name,
 * admin1 or admin2, compared without accents, case, spaces or hyphens). A gold line without a place
 * matches any place. Recall counts core lines with at least one match; precision counts events that
 * match some core or optional line; a forbidden line with a match is a forbidden hit. Per-field
 * accuracy is over matched core and optional lines, each with its best-agreeing event, and only for
 * fields the gold states.
 */
public final class EventEvaluation {
  public static final double MATCH_KM = 30;
  private static final double SAME_PLACE_KM = 10;
  private static final String[] FIELDS = {
    "place", "date", "controller", "fatalities", "claim_status", "actors", "sub_event_type"
  };

  private EventEvaluation() {}

  /** The outcome: counts, per-field [right, scored] pairs, and the lines worth reading. */
  public record Report(
      int events,
      int core,
      int coreFound,
      int optional,
      int optionalFound,
      int forbiddenHits,
      int matchedEvents,
      Map<String, int[]> fields,
      List<String> missedCore,
      List<String> forbidden,
      List<String> unmatched,
      List<String> fieldErrors) {
    public double recall() {
      return core == 0 ? 1 : (double) coreFound / core;
    }

    public double precision() {
      return events == 0 ? 1 : (double) matchedEvents / events;
    }

    public double unmatchedShare() {
      return events == 0 ? 0 : 1 - precision();
    }

    public ObjectNode toJson() {
      ObjectNode n = EventJson.mapper().createObjectNode();
      n.put("events", events);
      n.put("core", core);
      n.put("core_found", coreFound);
      n.put("recall_core", round(recall()));
      n.put("optional", optional);
      n.put("optional_found", optionalFound);
      n.put("precision", round(precision()));
      n.put("unmatched_share", round(unmatchedShare()));
      n.put("forbidden_hits", forbiddenHits);
      ObjectNode f = n.putObject("field_accuracy");
      for (Map.Entry<String, int[]> e : fields.entrySet()) {
        ObjectNode x = f.putObject(e.getKey());
        x.put("right", e.getValue()[0]);
        x.put("scored", e.getValue()[1]);
        x.put(
            "accuracy",
            e.getValue()[1] == 0 ? null : round((double) e.getValue()[0] / e.getValue()[1]));
      }
      list(n.putArray("missed_core"), missedCore);
      list(n.putArray("forbidden"), forbidden);
      list(n.putArray("unmatched_events"), unmatched);
      list(n.putArray("field_errors"), fieldErrors);
      return n;
    }

    private static void list(ArrayNode a, List<String> l) {
      l.forEach(a::add);
    }

    private static Double round(double d) {
      return Math.round(d * 1000) / 1000.0;
    }
  }

  public static Report score(List<GoldEvent> gold, List<Event> events) {
    Set<String> docs = new HashSet<>();
    gold.forEach(g -> docs.add(g.doc()));
    List<Event> scored = new ArrayList<>();
    for (Event e : events) {
      if (docs.contains(e.docIds().get(0))) {
        scored.add(e);
      }
    }
    Map<String, int[]> fields = new LinkedHashMap<>();
    for (String f : FIELDS) {
      fields.put(f, new int[2]);
    }
    int core = 0;
    int coreFound = 0;
    int optional = 0;
    int optionalFound = 0;
    int forbiddenHits = 0;
    List<String> missed = new ArrayList<>();
    List<String> forbidden = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<Event> matched = new HashSet<>();
    for (GoldEvent g : gold) {
      List<Event> hits = new ArrayList<>();
      for (Event e : scored) {
        if (matches(g, e)) {
          hits.add(e);
        }
      }
      switch (g.gold()) {
        case "forbidden":
          if (!hits.isEmpty()) {
            forbiddenHits++;
            forbidden.add(describe(g) + " <- " + hits.get(0).eventId());
          }
          continue;
        case "core":
          core++;
          if (hits.isEmpty()) {
            missed.add(describe(g));
          } else {
            coreFound++;
          }
          break;
        default:
          optional++;
          if (!hits.isEmpty()) {
            optionalFound++;
          }
      }
      matched.addAll(hits);
      if (hits.isEmpty()) {
        continue;
      }
      Event best = hits.get(0);
      int bestRight = -1;
      for (Event e : hits) {
        int right = 0;
        for (String f : FIELDS) {
          right += Boolean.TRUE.equals(field(f, g, e)) ? 1 : 0;
        }
        if (right > bestRight) {
          best = e;
          bestRight = right;
        }
      }
      for (String f : FIELDS) {
        Boolean ok = field(f, g, best);
        if (ok != null) {
          fields.get(f)[1]++;
          if (ok) {
            fields.get(f)[0]++;
          } else {
            errors.add(f + ": " + describe(g) + " <- " + EventJson.toJson(best));
          }
        }
      }
    }
    List<String> unmatched = new ArrayList<>();
    for (Event e : scored) {
      if (!matched.contains(e)) {
        unmatched.add(EventJson.toJson(e));
      }
    }
    return new Report(
        scored.size(),
        core,
        coreFound,
        optional,
        optionalFound,
        forbiddenHits,
        matched.size(),
        fields,
        missed,
        forbidden,
        unmatched,
        errors);
  }

  private static String describe(GoldEvent g) {
    return "gold line "
        + g.line()
        + " ["
        + g.gold()
        + "] "
        + g.doc()
        + " "
        + g.kind()
        + " "
        + (g.place() == null ? "-" : g.place())
        + (g.why() == null ? "" : " (" + g.why() + ")");
  }

  public static boolean matches(GoldEvent g, Event e) {
    if (!e.docIds().contains(g.doc()) || !e.kind().wire().equals(g.kind())) {
      return false;
    }
    if (!e.dated()) {
      return placeMatches(g, e); // an undated event is the gold's by place; its date field fails
    }
    LocalDate from = g.dateFrom() == null ? LocalDate.MIN : g.dateFrom();
    LocalDate to = g.dateTo() == null ? LocalDate.MAX : g.dateTo();
    if (e.date().to().isBefore(from) || e.date().from().isAfter(to)) {
      return false;
    }
    return placeMatches(g, e);
  }

  private static boolean placeMatches(GoldEvent g, Event e) {
    return !g.hasPlace() || placeWithin(g, e.location(), MATCH_KM);
  }

  private static boolean placeWithin(GoldEvent g, Location l, double km) {
    if (l == null) {
      return false;
    }
    if (g.lat() != null
        && l.lat() != null
        && Distance.km(g.lat(), g.lon(), l.lat(), l.lon()) <= km) {
      return true;
    }
    Set<String> gn = new HashSet<>();
    for (String s : new String[] {g.place(), g.admin1(), g.admin2()}) {
      if (s != null) {
        gn.add(key(s));
      }
    }
    for (String s : new String[] {l.name(), l.admin1(), l.admin2()}) {
      if (s != null && gn.contains(key(s))) {
        return true;
      }
    }
    return false;
  }

  private static Boolean field(String f, GoldEvent g, Event e) {
    switch (f) {
      case "place":
        if (!g.hasPlace()) {
          return null;
        }
        Location l = e.location();
        if (l == null) {
          return false;
        }
        if (g.lat() != null && l.lat() != null) {
          return Distance.km(g.lat(), g.lon(), l.lat(), l.lon()) <= SAME_PLACE_KM;
        }
        return g.place() != null && key(g.place()).equals(key(l.name()));
      case "date":
        if (g.dateFrom() == null || g.dateTo() == null) {
          return null;
        }
        return e.dated()
            && !e.date().from().isBefore(g.dateFrom())
            && !e.date().to().isAfter(g.dateTo());
      case "controller":
        if (g.controllerAfter() == null) {
          return null;
        }
        if (e.territory() == null || e.territory().controllerAfter() == null) {
          return false;
        }
        // By name, or by the actor list as the actors are: the gold's "Afghan government" is the
        // listed actor sitrep names "Afghan government forces" (docs/actors.md, Scoring).
        String got = e.territory().controllerAfter();
        if (key(g.controllerAfter()).equals(key(got))) {
          return true;
        }
        java.util.Optional<String> goldId = ActorIds.of(g.controllerAfter());
        return goldId.isPresent() && goldId.equals(ActorIds.of(got));
      case "fatalities":
        if (g.killed() == null && g.killedOrWounded() == null && g.acledFatalities() == null) {
          return null;
        }
        return eq(g.killed(), e.fatalities().killed())
            && eq(g.killedOrWounded(), e.fatalities().killedOrWounded())
            && (g.acledFatalities() == null || g.acledFatalities() == e.fatalities().acled());
      case "claim_status":
        return g.claim() == null ? null : g.claim().equals(e.claim().status().wire());
      case "actors":
        if (g.actors() == null) {
          return null;
        }
        // By the actor list: a gold name that is a listed actor's name or alias matches the event
        // actor with that id; any other by name (docs/actors.md, Scoring).
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (EventActor a : e.actors()) {
          names.add(key(a.name()));
          if (a.actorId() != null) {
            ids.add(a.actorId());
          }
        }
        Set<Integer> codes = new HashSet<>();
        for (EventActor a : e.actors()) {
          if (a.inter() != null) {
            codes.add(a.inter());
          }
        }
        for (String a : g.actors()) {
          java.util.Optional<String> id = ActorIds.of(a);
          boolean byId = id.map(ids::contains).orElse(false);
          // a generic gold name ("unidentified armed men") is any event actor of its ACLED type
          boolean byClass =
              id.isEmpty() && ActorIds.genericCode(a).map(codes::contains).orElse(false);
          if (!byId && !byClass && !names.contains(key(a))) {
            return false;
          }
        }
        return true;
      default:
        return g.subEventType() == null
            ? null
            : g.subEventType().equalsIgnoreCase(e.subEventType().label());
    }
  }

  private static boolean eq(Integer gold, Integer got) {
    return gold == null ? true : gold.equals(got);
  }

  /** The actor list, loaded once, to read gold actor names by actor id. */
  private static final class ActorIds {
    private static final Lexicons LEX = Lexicons.loadFromClasspath();

    static java.util.Optional<String> of(String name) {
      return LEX.actorIdOf(name);
    }

    static java.util.Optional<Integer> genericCode(String name) {
      return LEX.genericCodeOf(name);
    }
  }

  static String key(String s) {
    return Norm.of(s).replaceAll("[\\s\\-'’_]", "");
  }
}

package org.sitrep.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.fusion.Alert;
import org.sitrep.core.fusion.ControlMap;
import org.sitrep.core.fusion.ControlState;
import org.sitrep.core.fusion.ControlUnit;
import org.sitrep.core.fusion.FusedEvent;
import org.sitrep.core.fusion.Names;
import org.sitrep.core.fusion.SourceVote;
import org.sitrep.core.fusion.Timeline;
import org.sitrep.model.Event;

/**
 * Control maps, timelines, alerts and events as JSON, CSV and GeoJSON. The control fields come
 * first and in CONTRACTS.md §3 order: place_id, name, admin1, admin2, lat, lon, controller, status,
 * confidence, since, event_ids; extra fields follow.
 */
public final class FusionJson {
  public static final List<String> CONTROL_COLUMNS =
      List.of(
          "place_id",
          "name",
          "admin1",
          "admin2",
          "lat",
          "lon",
          "controller",
          "status",
          "confidence",
          "since",
          "event_ids",
          "level",
          "challenger",
          "sources",
          "last_news",
          "localities");

  private FusionJson() {}

  public static ObjectNode state(ControlState s) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    ControlUnit u = s.unit();
    n.put("place_id", u.id());
    n.put("name", u.name());
    n.put("admin1", u.admin1());
    n.put("admin2", u.admin2());
    n.put("lat", u.lat());
    n.put("lon", u.lon());
    n.put("controller", s.controller());
    n.put("status", s.status().wire());
    n.put("confidence", round(s.confidence()));
    n.put("since", s.since().toString());
    ArrayNode ids = n.putArray("event_ids");
    s.eventIds().forEach(ids::add);
    n.put("level", u.level().wire());
    n.put("challenger", s.challenger());
    n.put("sources", s.sources());
    n.put("last_news", s.lastNews().toString());
    ArrayNode loc = n.putArray("localities");
    s.localities().forEach(loc::add);
    return n;
  }

  /** {@code sitrep control --format json}: a JSON array, one object per place. */
  public static String controlJson(ControlMap m) {
    ArrayNode a = EventJson.mapper().createArrayNode();
    m.states().forEach(s -> a.add(state(s)));
    return EventJson.write(a);
  }

  public static String controlCsv(ControlMap m) {
    StringBuilder sb = new StringBuilder();
    Csv.row(sb, CONTROL_COLUMNS);
    for (ControlState s : m.states()) {
      ControlUnit u = s.unit();
      Csv.row(
          sb,
          List.of(
              u.id(),
              u.name(),
              nz(u.admin1()),
              nz(u.admin2()),
              u.lat() == null ? "" : u.lat().toString(),
              u.lon() == null ? "" : u.lon().toString(),
              s.controller(),
              s.status().wire(),
              String.format(Locale.ROOT, "%.3f", s.confidence()),
              s.since().toString(),
              String.join(" ", s.eventIds()),
              u.level().wire(),
              nz(s.challenger()),
              Integer.toString(s.sources()),
              s.lastNews().toString(),
              String.join("; ", s.localities())));
    }
    return sb.toString();
  }

  public static String controlGeoJson(ControlMap m) {
    ObjectNode fc = EventJson.mapper().createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode fs = fc.putArray("features");
    for (ControlState s : m.states()) {
      fs.add(feature(s.unit().lat(), s.unit().lon(), state(s)));
    }
    return EventJson.write(fc);
  }

  /** Events as a GeoJSON FeatureCollection: contract fields as properties, a Point when known. */
  public static String eventsGeoJson(List<Event> events) {
    return EventJson.write(eventsGeoJsonNode(events));
  }

  /** The same, as a tree (the server's {@code /events?format=geojson}). */
  public static ObjectNode eventsGeoJsonNode(List<Event> events) {
    ObjectNode fc = EventJson.mapper().createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode fs = fc.putArray("features");
    for (Event e : events) {
      Double lat = e.location() == null ? null : e.location().lat();
      Double lon = e.location() == null ? null : e.location().lon();
      fs.add(feature(lat, lon, EventJson.toNode(e)));
    }
    return fc;
  }

  /** A fused event: the contract event shape plus its reports and source counts. */
  public static ObjectNode fused(FusedEvent f) {
    ObjectNode n = EventJson.toNode(f.toEvent());
    ArrayNode m = n.putArray("member_event_ids");
    f.memberIds().forEach(m::add);
    n.put("independent_sources", f.independentSources());
    n.put("denying_sources", f.denyingSources());
    ArrayNode votes = n.putArray("sources");
    for (SourceVote v : f.votes()) {
      ObjectNode vn = votes.addObject();
      vn.put("group", v.group());
      vn.put("voice", v.voice().wire());
      vn.put("support", round(v.support()));
      vn.put("contrary", round(v.contrary()));
    }
    return n;
  }

  public static ObjectNode timeline(Timeline t) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    ControlUnit u = t.unit();
    n.put("place_id", u.id());
    n.put("name", u.name());
    n.put("admin1", u.admin1());
    n.put("admin2", u.admin2());
    n.put("level", u.level().wire());
    ArrayNode es = n.putArray("periods");
    for (Timeline.Entry e : t.entries()) {
      ObjectNode en = es.addObject();
      en.put("from", e.from().toString());
      en.put("to", e.to() == null ? null : e.to().toString());
      en.put("controller", e.state().controller());
      en.put("status", e.state().status().wire());
      en.put("confidence", round(e.state().confidence()));
      en.put("since", e.state().since().toString());
      en.put("challenger", e.state().challenger());
      ArrayNode ids = en.putArray("event_ids");
      e.state().eventIds().forEach(ids::add);
      ArrayNode nw = en.putArray("new_event_ids");
      e.newEventIds().forEach(nw::add);
    }
    ArrayNode ev = n.putArray("events");
    t.events().forEach(f -> ev.add(fused(f)));
    return n;
  }

  /** A watch rule's alert ({@code sitrep watch}): the change, with the rule that matched it. */
  public static ObjectNode alert(Alert a) {
    return change(a.day(), a.rule().toString(), a.before(), a.after());
  }

  /**
   * A change of control on {@code day} ({@code before} null on first news), as the server's alert
   * stream sends it: {@code day, place_id, name, admin1, admin2, from, to, event_ids}.
   */
  public static ObjectNode change(LocalDate day, ControlState before, ControlState after) {
    return change(day, null, before, after);
  }

  private static ObjectNode change(
      LocalDate day, String rule, ControlState before, ControlState to) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("day", day.toString());
    if (rule != null) {
      n.put("rule", rule);
    }
    ControlUnit u = to.unit();
    n.put("place_id", u.id());
    n.put("name", u.name());
    n.put("admin1", u.admin1());
    n.put("admin2", u.admin2());
    if (before == null) {
      n.putNull("from");
    } else {
      n.set("from", brief(before));
    }
    n.set("to", brief(to));
    ArrayNode ids = n.putArray("event_ids");
    to.eventIds().forEach(ids::add);
    return n;
  }

  private static ObjectNode brief(ControlState s) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("controller", s.controller());
    n.put("status", s.status().wire());
    n.put("confidence", round(s.confidence()));
    n.put("since", s.since().toString());
    return n;
  }

  private static ObjectNode feature(Double lat, Double lon, ObjectNode props) {
    ObjectNode f = EventJson.mapper().createObjectNode();
    f.put("type", "Feature");
    if (lat == null || lon == null) {
      f.putNull("geometry");
    } else {
      ObjectNode g = f.putObject("geometry");
      g.put("type", "Point");
      ArrayNode c = g.putArray("coordinates");
      c.add(lon);
      c.add(lat);
    }
    f.set("properties", props);
    return f;
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** The control table as aligned plain text, for terminals and {@code sitrep demo}. */
  public static String textTable(ControlMap m) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "PLACE", "PROVINCE", "LEVEL", "CONTROLLER", "STATUS", "CONF", "SINCE", "SRC", "VS"
        });
    for (ControlState s : m.states()) {
      ControlUnit u = s.unit();
      String name =
          u.name()
              + s.localities().stream()
                  .filter(x -> !Names.key(x).equals(Names.key(u.name())))
                  .findFirst()
                  .map(x -> " (" + x + ")")
                  .orElse("");
      rows.add(
          new String[] {
            name,
            nz(u.admin1()),
            u.level().wire(),
            s.controller(),
            s.status().wire(),
            String.format(Locale.ROOT, "%.2f", s.confidence()),
            s.since().toString(),
            Integer.toString(s.sources()),
            nz(s.challenger())
          });
    }
    int[] w = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Control on ").append(m.day()).append('\n');
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        line.append(String.format("%-" + w[i] + "s", r[i]));
        if (i < r.length - 1) {
          line.append("  ");
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    if (m.states().isEmpty()) {
      sb.append("(no territorial evidence up to this day)\n");
    }
    return sb.toString();
  }
}

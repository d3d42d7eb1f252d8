package org.sitrep.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.ControlState;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.fusion.SourceGroups;
import org.sitrep.model.Event;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.EventLines;
import org.sitrep.wire.FusionJson;

/**
 * The control of one region (a province with its districts and localities) as core fusion says it:
 * the region's territorial events (contract JSON lines, with their near-duplicate link) are fused
 * by {@link ControlService}, exactly as {@code sitrep control} and the server do, and the control
 * table is read as of the latest news in the region. What the job streams out is that table as a
 * changelog: a record for each unit whose state differs from the one last streamed for it, and a
 * removal for a unit that is no longer one (a locality now counted for its district). The last
 * record per {@code place_key} is the region's table. Pure: nothing here knows about Flink.
 *
 * <p>{@link #changes(Collection, Map, FusionSettings)} computes that from all of the region's lines
 * at once. An instance does the same incrementally, for the streaming job's per-region memory: it
 * keeps the region's parsed events and their fusion ({@link ControlService#withEvents}: an event
 * refuses only its place, and units whose evidence did not change keep their states), so that an
 * event costs about what its own place holds, not what the whole region ever received. An instance
 * gives, after each change, exactly the records the static form gives on the same lines. Not
 * thread-safe: one per region, used by one operator.
 */
public final class RegionControl {
  /** The key of a removed unit's record. */
  public static final String REMOVED = "removed";

  private final FusionSettings settings;
  private final Map<String, Event> events = new HashMap<>(); // event id → event
  private final Map<String, String> duplicateOf = new TreeMap<>(); // event id → its link
  private final TreeMap<LocalDate, Integer> lastDays = new TreeMap<>(); // dated events' last days
  private SourceGroups groups = SourceGroups.NONE;
  private boolean relinked; // a link came or went since the groups were made
  private ControlService fused;
  // place_key → the unit's state and record as last computed (its record is a function of both)
  private Map<String, Known> table = Map.of();

  private record Known(ControlState state, String record) {}

  private RegionControl(FusionSettings settings) {
    this.settings = settings;
  }

  /** A region with these event lines (as the job keeps them in its state), fused at once. */
  public static RegionControl of(Collection<String> eventLines, FusionSettings settings) {
    RegionControl r = new RegionControl(settings);
    for (String line : eventLines) {
      r.remember(read(line));
    }
    r.groups = r.links();
    r.relinked = false;
    r.fused = ControlService.of(r.events.values(), r.groups, settings);
    return r;
  }

  /** Adds one event line, replacing the event of the same id if there is one. */
  public void put(String eventLine) {
    Line l = read(eventLine);
    Event old = events.get(l.event().eventId());
    if (old != null) {
      forget(old);
    }
    remember(l);
    update(old == null ? List.of() : List.of(old), List.of(l.event()));
  }

  /** Removes these events (ids this region may or may not hold). */
  public void remove(Collection<String> eventIds) {
    List<Event> gone = new ArrayList<>();
    for (String id : eventIds) {
      Event e = events.get(id);
      if (e != null) {
        forget(e);
        gone.add(e);
      }
    }
    if (!gone.isEmpty()) {
      update(gone, List.of());
    }
  }

  private void update(List<Event> removed, List<Event> added) {
    if (relinked) {
      groups = links();
      relinked = false;
    }
    fused = fused.withEvents(removed, added, groups);
  }

  /**
   * The records to stream now that the region holds what was put and not removed, given what was
   * streamed before ({@code streamed}: place_key → record); returns place_key → new record. Equal
   * to {@link #changes(Collection, Map, FusionSettings)} on the region's lines.
   */
  public Map<String, String> changes(Map<String, String> streamed) {
    if (events.isEmpty()) {
      table = Map.of();
      return removals(streamed);
    }
    if (lastDays.isEmpty()) {
      return new LinkedHashMap<>(); // undated events move no day of the control map
    }
    LocalDate asOf = lastDays.lastKey();
    Map<String, Known> now = new LinkedHashMap<>();
    for (ControlState s : fused.control(asOf).states()) {
      Known k = table.get(s.unit().id());
      // An equal state (its day is as_of) gives the record already written: no need to write it.
      now.put(s.unit().id(), k != null && k.state().equals(s) ? k : new Known(s, record(s, asOf)));
    }
    table = now;
    Map<String, String> records = new LinkedHashMap<>();
    now.forEach((k, v) -> records.put(k, v.record()));
    return diff(records, streamed, asOf);
  }

  private record Line(Event event, String duplicateOf) {}

  private static Line read(String line) {
    EventLines.Read r = readLines(List.of(line));
    String dup = r.duplicateOf().isEmpty() ? null : r.duplicateOf().values().iterator().next();
    return new Line(r.events().get(0), dup);
  }

  private void remember(Line l) {
    Event e = l.event();
    events.put(e.eventId(), e);
    if (l.duplicateOf() != null) {
      duplicateOf.put(e.eventId(), l.duplicateOf());
      relinked = true;
    }
    if (e.dated()) {
      lastDays.merge(e.date().to(), 1, Integer::sum);
    }
  }

  private void forget(Event e) {
    events.remove(e.eventId());
    relinked |= duplicateOf.remove(e.eventId()) != null;
    if (e.dated()) {
      lastDays.computeIfPresent(e.date().to(), (d, n) -> n == 1 ? null : n - 1);
    }
  }

  /** The near-duplicate links the region's lines carry, as {@link EventLines#read} gathers them. */
  private SourceGroups links() {
    if (duplicateOf.isEmpty()) {
      return SourceGroups.NONE;
    }
    Map<String, String> links = new HashMap<>();
    duplicateOf.forEach((id, dup) -> events.get(id).docIds().forEach(d -> links.put(d, dup)));
    SourceGroups g = SourceGroups.fromDuplicateLinks(links);
    return g.equals(groups) ? groups : g;
  }

  /**
   * The records to stream after the region's events became {@code eventLines}, given what was
   * streamed before ({@code streamed}: place_key → record); returns place_key → new record.
   */
  public static Map<String, String> changes(
      Collection<String> eventLines, Map<String, String> streamed, FusionSettings settings) {
    EventLines.Read read = readLines(eventLines);
    List<Event> events = read.events();
    if (events.isEmpty()) {
      return removals(streamed);
    }
    LocalDate asOf = null;
    for (Event e : events) {
      if (e.dated() && (asOf == null || e.date().to().isAfter(asOf))) {
        asOf = e.date().to(); // undated events move no day of the control map
      }
    }
    if (asOf == null) {
      return new LinkedHashMap<>();
    }
    ControlService svc =
        ControlService.of(events, SourceGroups.fromDuplicateLinks(read.duplicateOf()), settings);
    Map<String, String> now = new LinkedHashMap<>();
    for (ControlState s : svc.control(asOf).states()) {
      now.put(s.unit().id(), record(s, asOf));
    }
    return diff(now, streamed, asOf);
  }

  /** The lines the job's state holds, read back: one that does not read back is a bug. */
  private static EventLines.Read readLines(Collection<String> eventLines) {
    return EventLines.read(
        new BufferedReader(new StringReader(String.join("\n", eventLines))),
        "region state",
        m -> {
          throw new IllegalStateException(m);
        });
  }

  private static String record(ControlState s, LocalDate asOf) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("place_key", s.unit().id());
    n.put("as_of", asOf.toString());
    n.setAll(FusionJson.state(s));
    return EventJson.write(n);
  }

  /** Every event withdrawn (new versions of their documents): no unit is left. */
  private static Map<String, String> removals(Map<String, String> streamed) {
    Map<String, String> out = new LinkedHashMap<>();
    for (var was : streamed.entrySet()) {
      if (!isRemoval(was.getValue())) {
        out.put(was.getKey(), removal(was.getKey(), asOf(was.getValue())));
      }
    }
    return out;
  }

  private static String removal(String placeKey, String asOf) {
    ObjectNode n = EventJson.mapper().createObjectNode();
    n.put("place_key", placeKey);
    n.put("as_of", asOf);
    n.put(REMOVED, true);
    return EventJson.write(n);
  }

  /** The records of {@code now} that differ from those streamed, and removals of units gone. */
  private static Map<String, String> diff(
      Map<String, String> now, Map<String, String> streamed, LocalDate asOf) {
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : now.entrySet()) {
      if (!e.getValue().equals(streamed.get(e.getKey()))) {
        out.put(e.getKey(), e.getValue());
      }
    }
    for (String was : streamed.keySet()) {
      if (!now.containsKey(was) && !isRemoval(streamed.get(was))) {
        out.put(was, removal(was, asOf.toString()));
      }
    }
    return out;
  }

  /** The as_of of a record this job streamed. */
  private static String asOf(String record) {
    try {
      return EventJson.mapper().readTree(record).path("as_of").asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a record this job streamed does not read back", e);
    }
  }

  static boolean isRemoval(String record) {
    return record != null && record.contains("\"" + REMOVED + "\":true");
  }
}

package org.sitrep.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class RegionControl {
  private RegionControl() {}

  /** The key of a removed unit's record. */
  public static final String REMOVED = "removed";

  /**
   * The records to stream after the region's events became {@code eventLines}, given what was
   * streamed before ({@code streamed}: place_key → record); returns place_key → new record.
   */
  public static Map<String, String> changes(
      Collection<String> eventLines, Map<String, String> streamed, FusionSettings settings) {
    // The state holds only lines this job wrote: one that does not read back is a bug.
    EventLines.Read read =
        EventLines.read(
            new BufferedReader(new StringReader(String.join("\n", eventLines))),
            "region state",
            m -> {
              throw new IllegalStateException(m);
            });
    List<Event> events = read.events();
    Map<String, String> out = new LinkedHashMap<>();
    if (events.isEmpty()) {
      // Every event withdrawn (new versions of their documents): no unit is left.
      for (var was : streamed.entrySet()) {
        if (!isRemoval(was.getValue())) {
          ObjectNode n = EventJson.mapper().createObjectNode();
          n.put("place_key", was.getKey());
          n.put("as_of", asOf(was.getValue()));
          n.put(REMOVED, true);
          out.put(was.getKey(), EventJson.write(n));
        }
      }
      return out;
    }
    LocalDate asOf = null;
    for (Event e : events) {
      if (e.dated() && (asOf == null || e.date().to().isAfter(asOf))) {
        asOf = e.date().to(); // undated events move no day of the control map
      }
    }
    if (asOf == null) {
      return out;
    }
    ControlService svc =
        ControlService.of(events, SourceGroups.fromDuplicateLinks(read.duplicateOf()), settings);
    Map<String, String> now = new LinkedHashMap<>();
    for (ControlState s : svc.control(asOf).states()) {
      ObjectNode n = EventJson.mapper().createObjectNode();
      n.put("place_key", s.unit().id());
      n.put("as_of", asOf.toString());
      n.setAll(FusionJson.state(s));
      now.put(s.unit().id(), EventJson.write(n));
    }
    for (var e : now.entrySet()) {
      if (!e.getValue().equals(streamed.get(e.getKey()))) {
        out.put(e.getKey(), e.getValue());
      }
    }
    for (String was : streamed.keySet()) {
      if (!now.containsKey(was) && !isRemoval(streamed.get(was))) {
        ObjectNode n = EventJson.mapper().createObjectNode();
        n.put("place_key", was);
        n.put("as_of", asOf.toString());
        n.put(REMOVED, true);
        out.put(was, EventJson.write(n));
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

package org.sitrep.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.core.fusion.FusionSettings;

/**
 * Core fusion keyed by region (a province with its districts: {@code ControlUnit.regionId}): the
 * region's territorial events live in Flink keyed state (checkpointed and rescaled with the job),
 * and each event streams out the region's control states that it changed, computed by {@link
 * RegionControl} with the same rule as {@code sitrep control} and the server. A withdrawal (a new
 * version of a document) removes that document's events and streams what that changed.
 *
 * <p>The keyed state stays the only truth. To spare re-reading, re-parsing and re-fusing a region's
 * whole history for every event, the operator also keeps, in plain memory, the last regions it
 * served as incremental {@link RegionControl}s (their parsed events and fusion) with a copy of what
 * was streamed for them: built from the keyed state the first time a region's key comes (so after a
 * restore or a rescale, whose new operator instances start empty), updated with the state on every
 * event, and dropped least recently used first beyond {@link #REGIONS_KEPT} regions.
 */
final class ControlFunction extends KeyedProcessFunction<String, PlaceEvent, String> {
  private static final long serialVersionUID = 1L;

  /** How many regions one operator instance keeps in memory (a region is rebuilt when needed). */
  static final int REGIONS_KEPT = 512;

  private transient MapState<String, String> events; // event id → contract line
  private transient MapState<String, String> documents; // event id → its document
  private transient MapState<String, String> streamed; // place_key → last record streamed
  private transient Map<String, Region> regions; // region key → its memory, least recent first

  /** A region in memory: its fusion, and what was streamed for it (as in {@link #streamed}). */
  private record Region(RegionControl control, Map<String, String> streamed) {}

  @Override
  public void open(OpenContext context) {
    events =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("events", String.class, String.class));
    streamed =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("streamed", String.class, String.class));
    documents =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("documents", String.class, String.class));
    regions =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Region> eldest) {
            return size() > REGIONS_KEPT;
          }
        };
  }

  @Override
  public void processElement(PlaceEvent e, Context ctx, Collector<String> out) throws Exception {
    Region region = region(ctx.getCurrentKey());
    if (e.withdraw) {
      // A new version of the document replaced these events (DocumentVersions).
      List<String> gone = new ArrayList<>();
      for (Map.Entry<String, String> d : documents.entries()) {
        if (d.getValue().equals(e.documentId)) {
          gone.add(d.getKey());
        }
      }
      for (String id : gone) {
        events.remove(id);
        documents.remove(id);
      }
      region.control().remove(gone);
    } else {
      // A redelivered event (same id) replaces itself: at-least-once input changes nothing.
      String line = e.line();
      events.put(e.eventId, line);
      if (e.documentId != null) {
        documents.put(e.eventId, e.documentId);
      }
      region.control().put(line);
    }
    for (Map.Entry<String, String> c : region.control().changes(region.streamed()).entrySet()) {
      streamed.put(c.getKey(), c.getValue());
      region.streamed().put(c.getKey(), c.getValue());
      out.collect(c.getValue());
    }
  }

  /** The current key's region in memory, built from the keyed state when not there. */
  private Region region(String key) throws Exception {
    Region r = regions.get(key);
    if (r == null) {
      List<String> lines = new ArrayList<>();
      events.values().forEach(lines::add);
      Map<String, String> was = new HashMap<>();
      for (Map.Entry<String, String> s : streamed.entries()) {
        was.put(s.getKey(), s.getValue());
      }
      r = new Region(RegionControl.of(lines, FusionSettings.defaults()), was);
      regions.put(key, r);
    }
    return r;
  }
}

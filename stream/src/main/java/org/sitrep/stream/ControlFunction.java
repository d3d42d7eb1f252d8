package org.sitrep.stream;

import java.util.ArrayList;
import java.util.HashMap;
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
 */
final class ControlFunction extends KeyedProcessFunction<String, PlaceEvent, String> {
  private static final long serialVersionUID = 1L;
  private transient MapState<String, String> events; // event id → contract line
  private transient MapState<String, String> documents; // event id → its document
  private transient MapState<String, String> streamed; // place_key → last record streamed

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
  }

  @Override
  public void processElement(PlaceEvent e, Context ctx, Collector<String> out) throws Exception {
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
    } else {
      // A redelivered event (same id) replaces itself: at-least-once input changes nothing.
      events.put(e.eventId, e.line());
      if (e.documentId != null) {
        documents.put(e.eventId, e.documentId);
      }
    }
    List<String> lines = new ArrayList<>();
    events.values().forEach(lines::add);
    Map<String, String> before = new HashMap<>();
    for (Map.Entry<String, String> s : streamed.entries()) {
      before.put(s.getKey(), s.getValue());
    }
    for (Map.Entry<String, String> c :
        RegionControl.changes(lines, before, FusionSettings.defaults()).entrySet()) {
      streamed.put(c.getKey(), c.getValue());
      out.collect(c.getValue());
    }
  }
}

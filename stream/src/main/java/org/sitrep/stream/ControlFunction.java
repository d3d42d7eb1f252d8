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
 * RegionControl} with the same rule as {@code sitrep control} and the server.
 */
final class ControlFunction extends KeyedProcessFunction<String, PlaceEvent, String> {
  private static final long serialVersionUID = 1L;
  private transient MapState<String, String> events; // event id → contract line
  private transient MapState<String, String> streamed; // place_key → last record streamed

  @Override
  public void open(OpenContext context) {
    events =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("events", String.class, String.class));
    streamed =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("streamed", String.class, String.class));
  }

  @Override
  public void processElement(PlaceEvent e, Context ctx, Collector<String> out) throws Exception {
    // A redelivered event (same id) replaces itself: at-least-once input changes nothing.
    events.put(e.eventId, e.line());
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

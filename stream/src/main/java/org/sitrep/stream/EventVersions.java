package org.sitrep.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.wire.EventJson;

/**
 * Keyed by document, on the way to the events topic: a new version of a document (same id, other
 * text) first sends a removal for each event of its old version ({@code {"event_id", "removed":
 * true}}, as the control topic removes a unit), then its own events; so the last record per {@code
 * event_id} is what the store holds. The same version again (a redelivery) removes nothing; events
 * of an older version that arrive after a newer version's are dropped. Without this, a consumer of
 * the topic would keep the events a correction took back.
 */
final class EventVersions extends KeyedProcessFunction<String, PlaceEvent, String> {
  private static final long serialVersionUID = 1L;
  static final String REMOVED = "removed";

  private transient ValueState<String> version; // the document's latest version
  private transient MapState<String, Boolean> events; // that version's event ids, as sent

  @Override
  public void open(OpenContext context) {
    version =
        getRuntimeContext().getState(new ValueStateDescriptor<>("event-version", String.class));
    events =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("event-ids", String.class, Boolean.class));
  }

  @Override
  public void processElement(PlaceEvent e, Context ctx, Collector<String> out) throws Exception {
    String latest = version.value();
    if (!e.isEvent()) {
      if (latest != null && !latest.equals(e.version)) {
        for (String id : events.keys()) {
          out.collect(removal(id));
        }
        events.clear();
      }
      version.update(e.version);
      return;
    }
    if (e.version != null && latest != null && !e.version.equals(latest)) {
      return; // an older version's event, late: its document has moved on
    }
    events.put(e.eventId, Boolean.TRUE);
    out.collect(e.line());
  }

  /** The record that takes an event back: its id and the removal mark. */
  static String removal(String eventId) {
    return "{\"event_id\":" + EventJson.write(eventId) + ",\"" + REMOVED + "\":true}";
  }
}

package org.sitrep.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by document: a new version of a document (same id, other text) withdraws its old events
 * from every region that holds them, as the store supersedes a document's old events, before its
 * new events go on to the regions. The same version again (a redelivery) withdraws nothing. Events
 * of an older version that arrive after a newer version's are dropped. The versions of one document
 * are taken in the order they arrive (one Kafka key, one partition).
 */
final class DocumentVersions extends KeyedProcessFunction<String, PlaceEvent, PlaceEvent> {
  private static final long serialVersionUID = 1L;
  private transient ValueState<String> version; // the document's latest version
  private transient MapState<String, Boolean> regions; // regions holding that version's events

  @Override
  public void open(OpenContext context) {
    version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", String.class));
    regions =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("regions", String.class, Boolean.class));
  }

  @Override
  public void processElement(PlaceEvent e, Context ctx, Collector<PlaceEvent> out)
      throws Exception {
    String latest = version.value();
    if (!e.isEvent()) {
      if (latest != null && !latest.equals(e.version)) {
        for (String region : regions.keys()) {
          out.collect(PlaceEvent.withdrawal(e.documentId, region));
        }
        regions.clear();
      }
      version.update(e.version);
      return;
    }
    if (e.version != null && latest != null && !e.version.equals(latest)) {
      return; // an older version's event, late: its document has moved on
    }
    regions.put(e.regionKey, Boolean.TRUE);
    out.collect(e);
  }
}

package org.sitrep.stream;

import java.nio.file.Path;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.text.Sentence;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;
import org.sitrep.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One document (a JSON line of CONTRACTS.md §1, as read from Kafka) through the same core pipeline
 * as {@code sitrep extract}; stores it when a store is configured; emits its events. A bad document
 * is logged in one line and skipped: the stream goes on.
 */
public final class ExtractFunction extends RichFlatMapFunction<String, PlaceEvent> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ExtractFunction.class);
  public static final String DOCUMENTS = "sitrep.documents";
  public static final String TOKENS = "sitrep.tokens";
  public static final String REJECTED = "sitrep.rejected";
  public static final String EVENTS = "sitrep.events";

  private final StreamSettings settings;
  private transient Pipeline pipeline;
  private transient Store store;
  private transient long seen;
  private transient LongCounter documents;
  private transient LongCounter tokens;
  private transient LongCounter rejected;
  private transient LongCounter eventCount;

  ExtractFunction(StreamSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    pipeline =
        SharedPipeline.get(settings.gazetteer() == null ? null : Path.of(settings.gazetteer()));
    store = settings.db() == null ? null : StreamStores.open(settings.db());
    // Job-wide totals, read back from the job result (benchmarks) or the web UI.
    documents = getRuntimeContext().getLongCounter(DOCUMENTS);
    tokens = getRuntimeContext().getLongCounter(TOKENS);
    rejected = getRuntimeContext().getLongCounter(REJECTED);
    eventCount = getRuntimeContext().getLongCounter(EVENTS);
  }

  @Override
  public void flatMap(String line, Collector<PlaceEvent> out) {
    seen++;
    String where = settings.documentsTopic() + "#" + seen;
    ReadResult r = DocumentReader.parseJsonLine(where, line);
    if (r instanceof ReadResult.Rejected) {
      LOG.warn("sitrep: {}", ((ReadResult.Rejected) r).message());
      rejected.add(1);
      return;
    }
    ReadResult.Ok ok = (ReadResult.Ok) r;
    ExtractedDocument x;
    try {
      x = pipeline.run(ok.document());
    } catch (RuntimeException e) {
      LOG.warn("sitrep: {}: extraction failed: {}", ok.name(), e.toString());
      rejected.add(1);
      return;
    }
    documents.add(1);
    for (Sentence sentence : x.placed().dated().analyzed().sentences()) {
      tokens.add(sentence.tokens().size());
    }
    if (store != null) {
      // Ingest is idempotent, so redelivery after a failure (at-least-once) changes nothing.
      store.ingest(x);
    }
    eventCount.add(x.events().size());
    for (Event e : x.events()) {
      out.collect(PlaceEvent.of(e));
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}

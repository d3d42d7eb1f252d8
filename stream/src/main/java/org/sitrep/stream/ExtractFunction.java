package org.sitrep.stream;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.sitrep.app.Assembly;
import org.sitrep.app.IngestService;
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
 * as {@code sitrep extract}; stores it when a store is configured; emits its version, then its
 * events. A bad document is logged in one line and skipped: the stream goes on.
 */
public final class ExtractFunction extends RichFlatMapFunction<String, PlaceEvent> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ExtractFunction.class);
  public static final String DOCUMENTS = "sitrep.documents";
  public static final String TOKENS = "sitrep.tokens";
  public static final String REJECTED = "sitrep.rejected";
  public static final String EVENTS = "sitrep.events";

  private final StreamSettings settings;
  private transient IngestService service;
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
    Path gazetteer = settings.gazetteer() == null ? null : Path.of(settings.gazetteer());
    // The pipeline is shared by every subtask of this JVM (Assembly loads resources once).
    Supplier<Pipeline> pipeline =
        () -> gazetteer == null ? Assembly.pipeline() : Assembly.pipeline(gazetteer);
    store = settings.db() == null ? null : StreamStores.open(settings.db());
    service =
        store == null ? IngestService.extracting(pipeline) : IngestService.storing(pipeline, store);
    service.pipeline();
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
    // With a store, ingest is idempotent: a redelivered document (at-least-once) is unchanged,
    // runs no pipeline and gives its stored events again.
    IngestService.Ingested in = service.ingest(ok.document());
    if (in.status() == IngestService.Status.REJECTED) {
      LOG.warn("sitrep: {}: extraction failed: {}", ok.name(), in.problem());
      rejected.add(1);
      return;
    }
    documents.add(1);
    in.extraction()
        .ifPresent(
            x -> {
              for (Sentence sentence : x.placed().sentences()) {
                tokens.add(sentence.tokens().size());
              }
            });
    eventCount.add(in.events().size());
    // The version first: a new version of a document withdraws its old events downstream.
    String id = ok.document().id();
    String version = version(ok.document().text());
    out.collect(PlaceEvent.documentVersion(id, version));
    for (Event e : in.events()) {
      out.collect(PlaceEvent.of(e, in.duplicateOf(), id, version));
    }
  }

  /** A document's version: the SHA-256 of its text, as the store tells versions apart. */
  static String version(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}

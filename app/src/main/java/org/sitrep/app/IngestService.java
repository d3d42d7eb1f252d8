package org.sitrep.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.fusion.ControlMap;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.ControlState;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.Store;

/**
 * The one ingest step of every front (the CLI's extract and ingest, the server, the streaming job,
 * the benchmarks): a document already stored with the same text is answered from the store without
 * running the pipeline; otherwise the pipeline runs, the store (when there is one) keeps the
 * result, and (when control is tracked) the fused view is updated and the control changes said.
 *
 * <p>Thread-safe: the pipeline runs in the calling thread, in parallel; the store serialises its
 * writes; with control tracked, the store write and the view update of one document happen under
 * one lock so that changes are computed against the view that includes every earlier document.
 */
public final class IngestService {
  /** What happened to one document. */
  public enum Status {
    NEW,
    NEW_VERSION,
    UNCHANGED,
    /** The pipeline failed on this document ({@link Ingested#problem}); nothing was stored. */
    REJECTED
  }

  /**
   * The outcome of one document: its status, the store's outcome (null without a store or when
   * rejected), the events (those extracted, or those stored for an unchanged document), the control
   * changes (empty unless control is tracked) and the extracted document (null when unchanged or
   * rejected), and the pipeline's failure (null unless rejected).
   */
  public record Ingested(
      Status status,
      IngestOutcome stored,
      List<Event> events,
      List<ControlChange> changes,
      ExtractedDocument extracted,
      RuntimeException failure,
      String duplicateOf) {
    public Ingested {
      Objects.requireNonNull(status, "status");
      events = List.copyOf(events);
      changes = List.copyOf(changes);
    }

    /** Why the pipeline rejected the document (null unless {@link Status#REJECTED}). */
    public String problem() {
      return failure == null ? null : failure.toString();
    }

    public Optional<ExtractedDocument> extraction() {
      return Optional.ofNullable(extracted);
    }
  }

  private final Supplier<Pipeline> pipeline;
  private final Store store;
  private final FusionSettings control;
  private volatile Pipeline loaded;
  private volatile FusedView view;
  // Without a store, the documents seen so far, for the store's near-duplicate rule.
  private final NearDuplicateIndex seen;

  private IngestService(Supplier<Pipeline> pipeline, Store store, FusionSettings control) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.store = store;
    this.control = control;
    this.seen =
        store == null
            ? new NearDuplicateIndex(org.sitrep.store.StoreSettings.DEFAULTS.nearDuplicates())
            : null;
  }

  /** Extraction only (no store): every document is new. */
  public static IngestService extracting(Supplier<Pipeline> pipeline) {
    return new IngestService(pipeline, null, null);
  }

  /**
   * Extraction into a store. The pipeline is asked for on the first document that needs it, so a
   * batch of unchanged or unreadable documents loads no model.
   */
  public static IngestService storing(Supplier<Pipeline> pipeline, Store store) {
    return new IngestService(pipeline, Objects.requireNonNull(store, "store"), null);
  }

  /** As {@link #storing}, also keeping the store's fused view and saying what control changed. */
  public static IngestService tracking(
      Supplier<Pipeline> pipeline, Store store, FusionSettings settings) {
    return new IngestService(
        pipeline, Objects.requireNonNull(store, "store"), Objects.requireNonNull(settings));
  }

  /** The store, when there is one. */
  public Optional<Store> store() {
    return Optional.ofNullable(store);
  }

  /** The pipeline (loaded on first call). A failure to load it is the run's, not a document's. */
  public Pipeline pipeline() {
    Pipeline p = loaded;
    if (p == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = Objects.requireNonNull(pipeline.get(), "pipeline");
        }
        p = loaded;
      }
    }
    return p;
  }

  /** The fused view of the store as of the last ingest (control tracked only). */
  public FusedView view() {
    if (control == null) {
      throw new IllegalStateException("control is not tracked by this service");
    }
    FusedView v = view;
    if (v == null) {
      synchronized (this) {
        if (view == null) {
          view = FusedView.of(store, control);
        }
        v = view;
      }
    }
    return v;
  }

  /**
   * Ingests one document. Store failures ({@link org.sitrep.store.StoreException}) and a pipeline
   * that cannot be loaded propagate; a document the pipeline fails on is {@link Status#REJECTED},
   * with the failure.
   */
  public Ingested ingest(Document document) {
    Objects.requireNonNull(document, "document");
    if (store != null) {
      // Identical text already stored: nothing to extract, nothing to write, nothing changed.
      Optional<IngestOutcome> same = store.unchanged(document);
      if (same.isPresent()) {
        // Its stored events are given again: a replaying stream re-emits what it emitted before.
        return new Ingested(
            Status.UNCHANGED,
            same.get(),
            store.eventsOf(document.id()),
            List.of(),
            null,
            null,
            same.get().duplicateOf());
      }
    }
    Pipeline p = pipeline();
    ExtractedDocument x;
    try {
      x = p.run(document);
    } catch (RuntimeException e) {
      return new Ingested(Status.REJECTED, null, List.of(), List.of(), null, e, null);
    }
    if (store == null) {
      String dup = seen.add(document.id(), x.placed().clean());
      return new Ingested(Status.NEW, null, x.events(), List.of(), x, null, dup);
    }
    if (control == null) {
      return stored(store.ingest(x), x, List.of());
    }
    synchronized (this) {
      FusedView before = view();
      IngestOutcome o = store.ingest(x);
      if (o.status() == IngestOutcome.Status.UNCHANGED) {
        return stored(o, x, List.of());
      }
      // only the places this document touches are fused again (the store keeps its events as given)
      FusedView after = before.withDocument(o.docId(), x.events(), o.duplicateOf());
      view = after;
      return stored(o, x, changes(before.control(), after.control(), x.events()));
    }
  }

  private static Ingested stored(IngestOutcome o, ExtractedDocument x, List<ControlChange> c) {
    Status s =
        switch (o.status()) {
          case NEW -> Status.NEW;
          case NEW_VERSION -> Status.NEW_VERSION;
          case UNCHANGED -> Status.UNCHANGED;
        };
    return new Ingested(s, o, x.events(), c, x, null, o.duplicateOf());
  }

  /** Control states that differ, on the last day of each new event, between before and after. */
  public static List<ControlChange> changes(
      ControlService before, ControlService after, List<Event> added) {
    Set<LocalDate> days = new TreeSet<>();
    for (Event e : added) {
      if (e.dated()) { // an undated event moves no day of the control map
        days.add(e.date().to());
      }
    }
    List<ControlChange> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (LocalDate day : days) {
      ControlMap b = before.control(day);
      for (ControlState s : after.control(day).states()) {
        ControlState was = b.state(s.unit().id()).orElse(null);
        if (s.differsFrom(was) && seen.add(day + " " + s.unit().id())) {
          out.add(new ControlChange(day, was, s));
        }
      }
    }
    return out;
  }
}

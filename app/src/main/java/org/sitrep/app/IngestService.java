package org.sitrep.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>Thread-safe: the pipeline runs in the calling thread, in parallel ({@link #prepare}); what
 * depends on the documents before — the store write, the near-duplicate link, the view update and
 * control changes — happens under one lock ({@link #complete}), so that a batch whose documents are
 * prepared in parallel and completed in input order gets the answers of one document at a time.
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
  // Store writes through this service, so that a document prepared before one knows to ask again.
  private final AtomicLong writes = new AtomicLong();
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
   * Ingests one document: {@link #prepare} then {@link #complete}. Store failures ({@link
   * org.sitrep.store.StoreException}) and a pipeline that cannot be loaded propagate; a document
   * the pipeline fails on is {@link Status#REJECTED}, with the failure.
   */
  public Ingested ingest(Document document) {
    return complete(prepare(document));
  }

  /**
   * The part of one document's ingest that may run on any thread, in parallel with others: the
   * pipeline, unless the store already holds the same text. Nothing is written and nothing depends
   * on other documents; {@link #complete} does that, in input order.
   */
  public Prepared prepare(Document document) {
    Objects.requireNonNull(document, "document");
    if (store == null) {
      Extraction x = run(document);
      // signed here, in parallel; linked in input order by complete
      NearDuplicateIndex.Signed signed =
          x.document == null ? null : seen.sign(x.document.placed().clean());
      return new Prepared(document, x, null, -1, signed);
    }
    long at = writes.get(); // read before the store: a write after it makes the answer stale
    Optional<IngestOutcome> same = store.unchanged(document);
    return same.isPresent()
        ? new Prepared(document, null, same.get(), at, null)
        : new Prepared(document, run(document), null, at, null);
  }

  /**
   * The rest of one document's ingest, in input order, on one thread at a time (the writer): the
   * store write, the near-duplicate link of a run without a store, the control changes. Given the
   * documents in the order they were read, the answers are those of {@link #ingest} one after the
   * other: a document that became unchanged or changed meanwhile (an earlier document of the same
   * batch with the same id) is answered as it would have been.
   */
  public synchronized Ingested complete(Prepared p) {
    Document document = p.document;
    if (store != null) {
      // Nothing written since it was prepared: the store's answer then is still its answer.
      Optional<IngestOutcome> same =
          p.checkedAt == writes.get()
              ? Optional.ofNullable(p.unchanged)
              : store.unchanged(document);
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
    Extraction r = p.extraction != null ? p.extraction : run(document);
    if (r.failure != null) {
      return new Ingested(Status.REJECTED, null, List.of(), List.of(), null, r.failure, null);
    }
    ExtractedDocument x = r.document;
    if (store == null) {
      String dup =
          p.signed != null && r == p.extraction
              ? seen.add(document.id(), p.signed)
              : seen.add(document.id(), x.placed().clean());
      return new Ingested(Status.NEW, null, x.events(), List.of(), x, null, dup);
    }
    writes.incrementAndGet();
    if (control == null) {
      return stored(store.ingest(x), x, List.of());
    }
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

  private Extraction run(Document document) {
    Pipeline p = pipeline();
    try {
      return new Extraction(p.run(document), null);
    } catch (RuntimeException e) {
      return new Extraction(null, e);
    }
  }

  private record Extraction(ExtractedDocument document, RuntimeException failure) {}

  /** One document {@linkplain #prepare prepared}, to be {@linkplain #complete completed}. */
  public static final class Prepared {
    private final Document document;
    private final Extraction extraction; // null: unchanged in the store when prepared
    private final IngestOutcome unchanged; // the store's answer then, when unchanged
    private final long checkedAt; // the store's write count when asked; -1 without a store
    private final NearDuplicateIndex.Signed signed; // without a store: the extraction's signature

    private Prepared(
        Document document,
        Extraction extraction,
        IngestOutcome unchanged,
        long checkedAt,
        NearDuplicateIndex.Signed signed) {
      this.document = document;
      this.extraction = extraction;
      this.unchanged = unchanged;
      this.checkedAt = checkedAt;
      this.signed = signed;
    }

    public Document document() {
      return document;
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

package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.core.text.CleanDocument;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;
import org.sitrep.store.Store;

/**
 * The one ingest step: unchanged documents skip the pipeline, failures are the document's, control
 * changes are said once. The pipeline's stages pass the document through and its last stage states
 * one territorial event per document (who holds the place is the document's text), so that the test
 * is about the service, not the extractor.
 */
class IngestServiceTest {
  @TempDir Path tmp;

  private final AtomicInteger runs = new AtomicInteger();

  private Pipeline stating() {
    return new Pipeline(
        d -> new CleanDocument(d, List.of()),
        c -> new AnalyzedDocument(c, List.of()),
        a -> new DatedDocument(a, List.of()),
        dd -> new PlacedDocument(dd, List.of()),
        p -> {
          runs.incrementAndGet();
          String holder = p.text().strip();
          if (holder.isEmpty()) {
            throw new IllegalArgumentException("nothing to read");
          }
          return new ExtractedDocument(p, List.of(taken(p.id(), p.text(), holder)));
        });
  }

  private static Event taken(String docId, String text, String holder) {
    Location place = new Location("Alpha", "North", "Alpha", 35.0, 69.0, 2, "t:alpha");
    return new Event(
        "ev-" + docId,
        List.of(docId),
        EventKind.TERRITORY,
        AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        DateInterval.day(LocalDate.of(2021, 8, 15)),
        place,
        List.of(new EventActor(holder, ActorRole.ACTOR1, null)),
        new Territory(holder, null),
        Fatalities.NONE,
        new Claim(ClaimStatus.REPORTED, null),
        List.of(new Evidence(docId, 0, text.length(), text, null)),
        0.8);
  }

  private static Document doc(String id, String text) {
    return new Document(id, text, DateInterval.day(LocalDate.of(2021, 8, 16)), null, null, "en");
  }

  private Store store() throws IOException {
    return Store.open(Files.createTempFile(tmp, "s", ".db").toString() + "x");
  }

  @Test
  void anUnchangedDocumentIsAnsweredFromTheStoreWithoutRunningThePipeline() throws IOException {
    try (Store store = store()) {
      IngestService s = IngestService.storing(this::stating, store);
      IngestService.Ingested first = s.ingest(doc("d1", "Rebels"));
      IngestService.Ingested again = s.ingest(doc("d1", "Rebels"));

      assertThat(first.status()).isEqualTo(IngestService.Status.NEW);
      assertThat(again.status()).isEqualTo(IngestService.Status.UNCHANGED);
      assertThat(runs).hasValue(1);
      assertThat(again.extraction()).isEmpty();
      assertThat(again.events()).extracting(Event::eventId).containsExactly("ev-d1");
      assertThat(s.ingest(doc("d1", "Army")).status()).isEqualTo(IngestService.Status.NEW_VERSION);
    }
  }

  @Test
  void aDocumentThePipelineFailsOnIsRejectedAndNothingIsStored() throws IOException {
    try (Store store = store()) {
      IngestService s = IngestService.storing(this::stating, store);
      IngestService.Ingested bad = s.ingest(doc("d2", "   "));

      assertThat(bad.status()).isEqualTo(IngestService.Status.REJECTED);
      assertThat(bad.problem()).contains("nothing to read");
      assertThat(store.documents()).isEmpty();
    }
  }

  @Test
  void withoutAStoreEveryDocumentIsNewAndRunsThePipeline() {
    IngestService s = IngestService.extracting(this::stating);
    assertThat(s.ingest(doc("d3", "Rebels")).status()).isEqualTo(IngestService.Status.NEW);
    assertThat(s.ingest(doc("d3", "Rebels")).events()).hasSize(1);
    assertThat(runs).hasValue(2);
    assertThat(s.store()).isEmpty();
  }

  @Test
  void withoutAStoreAWireCopyIsLinkedToItsOriginalAsTheStoreWouldLinkIt() throws IOException {
    String story =
        "Rebels\n"
            + "the convoy left the valley at dawn and reached the market town before noon while"
            + " the elders of three villages met in the school to talk about the road, the"
            + " water and the harvest that the rains had spoiled this year across the plain";
    String reprint = story + " according to a local radio";
    IngestService pipe = IngestService.extracting(this::stating);
    assertThat(pipe.ingest(doc("wire", story)).duplicateOf()).isNull();
    assertThat(pipe.ingest(doc("outlet", reprint)).duplicateOf()).isEqualTo("wire");
    assertThat(pipe.ingest(doc("other", "Army\nsomething else entirely")).duplicateOf()).isNull();
    try (Store store = store()) {
      IngestService stored = IngestService.storing(this::stating, store);
      stored.ingest(doc("wire", story));
      assertThat(stored.ingest(doc("outlet", reprint)).duplicateOf()).isEqualTo("wire");
    }
  }

  @Test
  void trackedControlSaysWhatChangedOnceAndNothingForAnUnchangedDocument() throws IOException {
    try (Store store = store()) {
      IngestService s = IngestService.tracking(this::stating, store, FusionSettings.defaults());
      List<ControlChange> first = s.ingest(doc("d4", "Rebels")).changes();
      List<ControlChange> same = s.ingest(doc("d4", "Rebels")).changes();

      assertThat(first).hasSize(1);
      assertThat(first.get(0).before()).isNull();
      assertThat(first.get(0).after().controller()).isEqualTo("Rebels");
      assertThat(first.get(0).day()).isEqualTo(LocalDate.of(2021, 8, 15));
      assertThat(same).isEmpty();
      assertThat(s.view().control().control(LocalDate.of(2021, 8, 15)).states()).hasSize(1);
    }
  }

  @Test
  void preparedTogetherThenCompletedInOrderAnswersAsOneAfterTheOther() throws IOException {
    // d5 twice with the same text, then with another, then the first again: prepared all at
    // once, none sees the others' writes; completing in order must still give what ingesting
    // one after the other gives.
    List<Document> batch =
        List.of(doc("d5", "Rebels"), doc("d5", "Rebels"), doc("d5", "Army"), doc("d5", "Rebels"));
    List<IngestService.Status> expected;
    try (Store store = store()) {
      IngestService s = IngestService.storing(this::stating, store);
      expected = batch.stream().map(d -> s.ingest(d).status()).toList();
    }
    assertThat(expected)
        .containsExactly(
            IngestService.Status.NEW,
            IngestService.Status.UNCHANGED,
            IngestService.Status.NEW_VERSION,
            IngestService.Status.NEW_VERSION);
    try (Store store = store()) {
      IngestService s = IngestService.storing(this::stating, store);
      s.ingest(doc("d0", "Army")); // a write before the batch: no effect on the batch's answers
      List<IngestService.Prepared> prepared = batch.stream().map(s::prepare).toList();
      List<IngestService.Ingested> done = prepared.stream().map(s::complete).toList();
      assertThat(done).extracting(IngestService.Ingested::status).isEqualTo(expected);
      assertThat(done.get(1).extraction()).isEmpty();
      assertThat(store.document("d5").orElseThrow().version()).isEqualTo(3);
    }
  }

  @Test
  void anUnchangedDocumentPreparedAndCompletedWithNothingWrittenBetweenRunsNoPipeline()
      throws IOException {
    try (Store store = store()) {
      IngestService s = IngestService.storing(this::stating, store);
      s.ingest(doc("d6", "Rebels"));
      IngestService.Prepared p = s.prepare(doc("d6", "Rebels"));
      assertThat(s.complete(p).status()).isEqualTo(IngestService.Status.UNCHANGED);
      assertThat(runs).hasValue(1);
    }
  }

  @Test
  void withoutAStoreWireCopiesAreLinkedInCompletionOrder() {
    String story =
        "Rebels\n"
            + "the convoy left the valley at dawn and reached the market town before noon while"
            + " the elders of three villages met in the school to talk about the road, the"
            + " water and the harvest that the rains had spoiled this year across the plain";
    IngestService pipe = IngestService.extracting(this::stating);
    IngestService.Prepared copy = pipe.prepare(doc("copy", story + " said a radio"));
    IngestService.Prepared wire = pipe.prepare(doc("wire", story));
    // prepared in the other order, completed in input order: the first completed is the original
    assertThat(pipe.complete(wire).duplicateOf()).isNull();
    assertThat(pipe.complete(copy).duplicateOf()).isEqualTo("wire");
  }
}

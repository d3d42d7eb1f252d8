package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Assembly;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Segment;
import org.sitrep.model.TimeExpression;
import org.sitrep.store.Store;

/**
 * The whole pipeline on the seeds and on the bundled examples: every span anything emits (segment,
 * time, place, evidence) points into the right document, and every evidence quote is exactly {@code
 * text.substring(start, end)} — also after a round trip through the store.
 */
class EvidenceInvariantTest {
  @TempDir Path dir;
  private static Pipeline pipeline; // loaded once for both tests: models and gazetteer are slow

  @Test
  void seeds() {
    Path seeds = Path.of(System.getProperty("sitrep.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds), "../shared/seeds is absent");
    check(seeds);
  }

  @Test
  void examples() {
    check(CliIngestEventsTest.examples());
  }

  private void check(Path input) {
    CliIngestEventsTest.assumeGazetteer();
    if (pipeline == null) {
      pipeline = Assembly.pipeline();
    }
    Map<String, String> texts = new HashMap<>();
    List<ExtractedDocument> done = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    new DocumentReader()
        .read(
            List.of(input),
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                texts.put(ok.document().id(), ok.document().text());
                done.add(pipeline.run(ok.document()));
              } else {
                rejected.add(((ReadResult.Rejected) r).message());
              }
            });
    assertThat(rejected).isEmpty();
    assertThat(done).isNotEmpty();
    int events = 0;
    for (ExtractedDocument x : done) {
      String text = texts.get(x.id());
      for (Segment s : x.placed().clean().segments()) {
        assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
      }
      for (TimeExpression t : x.placed().times()) {
        assertThat(t.span().of(text)).as(x.id() + " time").isEqualTo(t.text());
      }
      for (PlaceMention p : x.placed().places()) {
        assertThat(p.span().of(text)).as(x.id() + " place").isEqualTo(p.surface());
      }
      for (Event e : x.events()) {
        events++;
        assertThat(e.docIds()).contains(x.id());
        checkEvidence(e, texts);
      }
    }
    try (Store store = Store.open(dir.resolve("inv.db").toString())) {
      done.forEach(store::ingest);
      List<Event> stored = store.events();
      assertThat(stored).hasSize(events);
      Map<String, String> storedTexts = new HashMap<>();
      store.documents().forEach(d -> storedTexts.put(d.document().id(), d.document().text()));
      assertThat(storedTexts).isEqualTo(texts);
      stored.forEach(e -> checkEvidence(e, storedTexts));
    }
  }

  private static void checkEvidence(Event e, Map<String, String> texts) {
    assertThat(e.evidence()).isNotEmpty();
    for (Evidence ev : e.evidence()) {
      String text = texts.get(ev.docId());
      assertThat(text).as("evidence of %s names a known document", e.eventId()).isNotNull();
      assertThat(ev.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(ev.start(), ev.end()))
          .as("quote of event %s", e.eventId())
          .isEqualTo(ev.quote());
    }
  }
}

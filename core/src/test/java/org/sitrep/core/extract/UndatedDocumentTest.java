package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;

/** A document without publication date still yields its events (issue 11, item 5). */
class UndatedDocumentTest {
  private static List<Event> undated(String text) {
    return Fixtures.PIPELINE.run(Document.of("u", text)).events();
  }

  @Test
  void anEventOfAnUndatedDocumentIsKeptWithANullDate() {
    List<Event> es = undated("Fighters seized the centre of Andarab district after a battle.");
    assertThat(es).isNotEmpty();
    Event e = es.get(0);
    assertThat(e.dated()).isFalse();
    assertThat(e.date()).isNull();
    assertThat(e.location().name()).isEqualTo("Andarab");
    // no date evidence: nothing dates it
    assertThat(e.evidence()).noneMatch(x -> "date".equals(x.role()));
  }

  @Test
  void aFullDateInTheTextDatesTheEventWithoutPublicationDate() {
    List<Event> es = undated("On 3 July 2021 gunmen killed four farmers in Andarab district.");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).date().from()).isEqualTo(LocalDate.of(2021, 7, 3));
    assertThat(es.get(0).date().precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aRelativeDayWithNothingToAnchorItLeavesTheEventUndated() {
    // "on Tuesday" needs a reference day; the document gives none, so no day is guessed.
    List<Event> es = undated("Gunmen killed four farmers in Andarab district on Tuesday.");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).kind()).isEqualTo(EventKind.VIOLENCE);
    assertThat(es.get(0).date()).isNull();
  }

  @Test
  void undatedEventsOfOneDocumentKeepStableDistinctIds() {
    String text =
        "Gunmen killed four farmers in Andarab district. Fighters also seized Deh-e Salah.";
    List<Event> a = undated(text);
    List<Event> b = undated(text);
    assertThat(a).extracting(Event::eventId).doesNotHaveDuplicates();
    assertThat(a).extracting(Event::eventId).isEqualTo(b.stream().map(Event::eventId).toList());
  }
}

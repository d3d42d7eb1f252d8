package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.core.text.CleanDocument;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.CharSpan;
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
import org.sitrep.model.Segment;
import org.sitrep.model.SegmentKind;
import org.sitrep.model.Territory;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeKind;

/** Processed documents built by hand, with events whose evidence quotes their own text. */
final class Fixtures {
  private Fixtures() {}

  /** A document whose sentences each yield one event quoting that sentence. */
  static ExtractedDocument doc(String id, String text, int eventsWanted) {
    Document d =
        new Document(id, text, DateInterval.day(LocalDate.of(2021, 8, 21)), null, null, "en");
    CleanDocument clean =
        new CleanDocument(
            d, List.of(new Segment(new CharSpan(0, text.length()), SegmentKind.BODY, "en")));
    List<CharSpan> sentences = new ArrayList<>();
    int s = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.') {
        sentences.add(new CharSpan(s, i + 1));
        s = i + 2;
      }
    }
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < eventsWanted; i++) {
      CharSpan sp = sentences.get(i % sentences.size());
      boolean territory = i % 2 == 0;
      events.add(
          new Event(
              id + "-e" + i,
              List.of(id),
              territory ? EventKind.TERRITORY : EventKind.CLASH,
              territory
                  ? AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                  : AcledSubEventType.ARMED_CLASH,
              DateInterval.day(LocalDate.of(2021, 8, 15 + (i % 5))),
              new Location("Andarab", "Baghlan", "Andarab", 35.6, 69.3, 2, "test:andarab"),
              List.of(
                  new EventActor("Taliban", ActorRole.ACTOR1, null),
                  new EventActor("local fighters", ActorRole.ACTOR2, null)),
              territory ? new Territory("Taliban", "local fighters") : null,
              new Fatalities(12, null, null, 12, 12, null, 12),
              new Claim(ClaimStatus.CLAIMED, "a spokesman"),
              List.of(
                  Evidence.of(id, text, sp, null),
                  Evidence.of(id, text, new CharSpan(sp.start(), sp.start() + 3), "date")),
              0.5));
    }
    TimeExpression t =
        new TimeExpression(
            id, new CharSpan(0, 3), text.substring(0, 3), TimeKind.DATE, null, "published");
    return new ExtractedDocument(
        new PlacedDocument(
            new DatedDocument(new AnalyzedDocument(clean, List.of()), List.of(t)), List.of()),
        events);
  }

  static String story(int n) {
    return "Report number "
        + n
        + " from the north. Fighters entered district "
        + n
        + " at dawn. Officials said at least "
        + (n % 40)
        + " people were killed. Residents fled toward the provincial capital.";
  }
}

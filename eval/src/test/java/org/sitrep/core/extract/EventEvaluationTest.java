package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.eval.GoldEvent;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Claim;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;

/** The matching rule and the scores, on hand-made events. */
class EventEvaluationTest {
  static Event event(String doc, String place, double lat, double lon, String from, String to) {
    return new Event(
        "e-" + place,
        List.of(doc),
        EventKind.TERRITORY,
        AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        new DateInterval(
            LocalDate.parse(from), LocalDate.parse(to), org.sitrep.model.DatePrecision.DAY),
        new Location(
            place, place.equals("Kabul") ? "Kabul" : "Baghlan", null, lat, lon, 1, "g:" + place),
        List.of(),
        new Territory("Taliban", null),
        Fatalities.NONE,
        Claim.asserted(),
        List.of(new Evidence(doc, 0, 1, "x", null)),
        0.8);
  }

  @Test
  void matchesWithin30KmOrByAdminNameWithOverlappingDates() {
    List<GoldEvent> gold =
        GoldEvent.parse(
            "{\"doc\":\"d\",\"gold\":\"core\",\"kind\":\"territory\",\"place\":\"Banu\",\"lat\":35.63,\"lon\":69.26,\"date_from\":\"2021-08-19\",\"date_to\":\"2021-08-21\",\"controller_after\":\"Taliban\"}\n"
                + "{\"doc\":\"d\",\"gold\":\"core\",\"kind\":\"territory\",\"place\":\"Baghlan\",\"date_from\":\"2021-08-01\",\"date_to\":\"2021-08-31\"}\n"
                + "{\"doc\":\"d\",\"gold\":\"forbidden\",\"kind\":\"territory\",\"place\":\"Banu\",\"date_to\":\"2000-12-31\"}\n");
    List<Event> events =
        List.of(
            event("d", "Deh-e Salah", 35.76, 69.31, "2021-08-20", "2021-08-20"),
            event("d", "Kabul", 34.53, 69.17, "2021-08-20", "2021-08-20"),
            event("other", "Banu", 35.63, 69.26, "2021-08-20", "2021-08-20"));
    EventEvaluation.Report r = EventEvaluation.score(gold, events);
    assertThat(r.coreFound()).isEqualTo(2);
    assertThat(r.forbiddenHits()).isZero();
    assertThat(r.events()).isEqualTo(2); // the other document has no gold: not scored
    assertThat(r.precision()).isEqualTo(0.5); // Kabul matches Baghlan by no name and is 100 km off
    assertThat(r.fields().get("controller")).containsExactly(1, 1);
    assertThat(r.fields().get("place")[0]).isZero(); // Deh-e Salah is not Banu itself
  }

  /** The event with other actors and territory, all else kept. */
  private static Event with(Event e, List<org.sitrep.model.EventActor> actors, Territory t) {
    return new Event(
        e.eventId(),
        e.docIds(),
        e.kind(),
        e.subEventType(),
        e.date(),
        e.location(),
        actors,
        t,
        e.fatalities(),
        e.claim(),
        e.evidence(),
        e.confidence());
  }

  @Test
  void aControllerMatchesByTheActorListAsActorsDo() {
    String line =
        "{\"doc\":\"d\",\"gold\":\"core\",\"kind\":\"territory\",\"place\":\"Banu\","
            + "\"lat\":35.63,\"lon\":69.26,\"date_from\":\"2021-08-19\","
            + "\"date_to\":\"2021-08-21\",\"controller_after\":\"%s\"}\n";
    Event e = event("d", "Banu", 35.63, 69.26, "2021-08-20", "2021-08-20");
    Event held = with(e, e.actors(), new Territory("Afghan government forces", "Taliban"));
    // an alias of the listed actor the event names
    assertThat(
            EventEvaluation.score(
                    GoldEvent.parse(String.format(line, "Afghan government")), List.of(held))
                .fields()
                .get("controller"))
        .containsExactly(1, 1);
    // another actor is still wrong
    assertThat(
            EventEvaluation.score(GoldEvent.parse(String.format(line, "Taliban")), List.of(held))
                .fields()
                .get("controller"))
        .containsExactly(0, 1);
  }

  @Test
  void aGenericGoldActorMatchesAnEventActorOfItsAcledType() {
    String line =
        "{\"doc\":\"d\",\"gold\":\"core\",\"kind\":\"territory\",\"place\":\"Banu\","
            + "\"lat\":35.63,\"lon\":69.26,\"date_from\":\"2021-08-19\","
            + "\"date_to\":\"2021-08-21\",\"actors\":[\"%s\"]}\n";
    Event e = event("d", "Banu", 35.63, 69.26, "2021-08-20", "2021-08-20");
    Event withActor =
        with(
            e,
            List.of(
                new org.sitrep.model.EventActor(
                    "Unidentified Armed Group (Afghanistan)",
                    org.sitrep.model.ActorRole.ACTOR1,
                    null,
                    3)),
            e.territory());
    assertThat(
            EventEvaluation.score(
                    GoldEvent.parse(String.format(line, "unidentified armed men")),
                    List.of(withActor))
                .fields()
                .get("actors"))
        .containsExactly(1, 1);
    // protesters are another type
    assertThat(
            EventEvaluation.score(
                    GoldEvent.parse(String.format(line, "protesters")), List.of(withActor))
                .fields()
                .get("actors"))
        .containsExactly(0, 1);
  }
}

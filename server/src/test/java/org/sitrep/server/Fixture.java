package org.sitrep.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.core.text.CleanDocument;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;
import org.sitrep.model.Territory;
import org.sitrep.store.Store;

/**
 * A small theatre for API tests: a gazetteer of one province and three districts with square
 * outlines and several spellings, and documents written for these tests (not seed text) with the
 * events they state, stored through the Store API.
 */
final class Fixture {
  static final String RESISTANCE = "anti-Taliban resistance";
  static final String FR_CLAIM =
      "Des combattants de la résistance affirment avoir repris le district de Pol-e Hesar aux"
          + " talibans samedi 21 août.";
  static final String EN_TAKEN = "The Taliban took Andarab district on 15 August, residents said.";
  static final String EN_CLASH =
      "Taliban fighters killed 12 people in clashes near Andarab on Monday, an official said.";

  private Fixture() {}

  static Gazetteer gazetteer() {
    List<Place> places = new ArrayList<>();
    places.add(place("t:baghlan", "Baghlan", PlaceKind.PROVINCE, "t:baghlan", null, 36.0, 68.9));
    places.add(
        place(
            "t:pul",
            "Pul-e Hisar",
            PlaceKind.DISTRICT,
            "t:baghlan",
            "t:pul",
            35.6,
            69.5,
            "Pol-e Hesar",
            "Pul-e-Hesar",
            "Pul-i-Hisar"));
    places.add(
        place("t:andarab", "Andarab", PlaceKind.DISTRICT, "t:baghlan", "t:andarab", 35.6, 69.2));
    places.add(
        place(
            "t:deh",
            "Deh-e Salah",
            PlaceKind.DISTRICT,
            "t:baghlan",
            "t:deh",
            35.7,
            69.35,
            "Dih Salah"));
    return Gazetteer.of(
        places,
        Map.of(
            "t:baghlan", square(68.5, 35.4, 70.0, 36.5),
            "t:pul", square(69.4, 35.5, 69.7, 35.75),
            "t:andarab", square(69.0, 35.5, 69.4, 35.75),
            "t:deh", square(69.2, 35.75, 69.5, 35.9)),
        Set.of("AF"));
  }

  private static Place place(
      String id,
      String name,
      PlaceKind kind,
      String a1,
      String a2,
      double lat,
      double lon,
      String... other) {
    List<PlaceName> names = new ArrayList<>();
    for (String o : other) {
      names.add(new PlaceName(o, "und"));
    }
    return new Place(id, name, kind, "AF", a1, a2, lat, lon, 1000, names);
  }

  private static String square(double w, double s, double e, double n) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
        w,
        s,
        e,
        s,
        e,
        n,
        w,
        n,
        w,
        s);
  }

  static Location pul() {
    return new Location("Pol-e Hesar", "Baghlan", "Pul-e Hisar", 35.6, 69.5, 2, "t:pul");
  }

  static Location andarab() {
    return new Location("Andarab", "Baghlan", "Andarab", 35.6, 69.2, 2, "t:andarab");
  }

  static ExtractedDocument frClaim() {
    Document d =
        new Document(
            "fx-fr-claim",
            "date 2021-08-22\n" + FR_CLAIM + "\n",
            DateInterval.day(LocalDate.of(2021, 8, 22)),
            "test outlet",
            "https://example.org/fr-claim",
            "fr");
    Event e =
        new Event(
            "ev-fr-claim",
            List.of(d.id()),
            EventKind.TERRITORY,
            AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            new DateInterval(
                LocalDate.of(2021, 8, 19), LocalDate.of(2021, 8, 21), DatePrecision.DAY),
            pul(),
            List.of(
                new EventActor(RESISTANCE, ActorRole.ACTOR1, null),
                new EventActor("Taliban", ActorRole.ACTOR2, null)),
            new Territory(RESISTANCE, "Taliban"),
            Fatalities.NONE,
            new Claim(ClaimStatus.CLAIMED, "resistance fighters"),
            List.of(evidence(d, FR_CLAIM)),
            0.7);
    return extracted(d, List.of(e));
  }

  static ExtractedDocument enTaken() {
    Document d =
        new Document(
            "fx-en-taken",
            EN_TAKEN + "\n" + EN_CLASH + "\n",
            DateInterval.day(LocalDate.of(2021, 8, 24)),
            null,
            null,
            "en");
    Event taken =
        new Event(
            "ev-en-taken",
            List.of(d.id()),
            EventKind.TERRITORY,
            AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            DateInterval.day(LocalDate.of(2021, 8, 15)),
            andarab(),
            List.of(new EventActor("Taliban", ActorRole.ACTOR1, null)),
            new Territory("Taliban", null),
            Fatalities.NONE,
            new Claim(ClaimStatus.REPORTED, "residents"),
            List.of(evidence(d, EN_TAKEN)),
            0.8);
    Event clash =
        new Event(
            "ev-en-clash",
            List.of(d.id()),
            EventKind.CLASH,
            AcledSubEventType.ARMED_CLASH,
            DateInterval.day(LocalDate.of(2021, 8, 23)),
            andarab(),
            List.of(new EventActor("Taliban", ActorRole.ACTOR1, null)),
            null,
            new Fatalities(12, null, null, 12, 12, 12, 12),
            new Claim(ClaimStatus.REPORTED, "an official"),
            List.of(evidence(d, EN_CLASH)),
            0.6);
    return extracted(d, List.of(taken, clash));
  }

  static Evidence evidence(Document d, String sentence) {
    int start = d.text().indexOf(sentence);
    return new Evidence(d.id(), start, start + sentence.length(), sentence, null);
  }

  static ExtractedDocument extracted(Document d, List<Event> events) {
    return new ExtractedDocument(
        new PlacedDocument(
            new DatedDocument(
                new AnalyzedDocument(new CleanDocument(d, List.of()), List.of()), List.of()),
            List.of()),
        events);
  }

  static void fill(Store store) {
    store.ingest(enTaken());
    store.ingest(frClaim());
  }
}

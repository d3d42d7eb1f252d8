package org.sitrep.core.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;

/** Hand-made events for the fusion tests; the quotes are the project's own fixture sentences. */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate AUG = LocalDate.of(2021, 8, 1);

  static LocalDate aug(int day) {
    return LocalDate.of(2021, 8, day);
  }

  static LocalDate sep(int day) {
    return LocalDate.of(2021, 9, day);
  }

  static Location district(String name, String admin1, String admin2, double lat, double lon) {
    return new Location(name, admin1, admin2, lat, lon, 1, null);
  }

  static Location province(String admin1, double lat, double lon) {
    return new Location(admin1, admin1, null, lat, lon, 3, null);
  }

  static final Location PUL_E_HESAR =
      district("Pul-e-Hesar", "Baghlan", "Pul-e Hisar", 35.59, 69.54);
  static final Location DEH_SALAH = district("Deh Salah", "Baghlan", "Deh-e Salah", 35.76, 69.31);
  static final Location BANU = district("Banu", "Baghlan", "Andarab", 35.63, 69.26);
  static final Location RUKHA = district("Rukha", "Panjshir", "Rukha", 35.43, 69.48);
  static final Location PANJSHIR = province("Panjshir", 35.38, 69.5);
  static final Location KUNDUZ = district("Kunduz", "Kunduz", "Kunduz", 36.73, 68.86);

  /** A territorial report: {@code who} took {@code where} from {@code from}, per {@code doc}. */
  static Event taken(
      String id,
      String doc,
      Location where,
      String who,
      String from,
      LocalDate d1,
      LocalDate d2,
      ClaimStatus status,
      String by) {
    String quote = "Fixture report " + id + ": " + who + " took " + where.name() + ".";
    List<EventActor> actors = new ArrayList<>();
    actors.add(new EventActor(who, ActorRole.ACTOR1, null));
    if (from != null) {
      actors.add(new EventActor(from, ActorRole.ACTOR2, null));
    }
    return new Event(
        id,
        List.of(doc),
        EventKind.TERRITORY,
        AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        new DateInterval(d1, d2, d1.equals(d2) ? DatePrecision.DAY : DatePrecision.WEEK),
        where,
        actors,
        new Territory(who, from),
        Fatalities.NONE,
        new Claim(status, by),
        List.of(new Evidence(doc, 10, 10 + quote.length(), quote, null)),
        1.0);
  }

  static Event taken(
      String id, String doc, Location where, String who, LocalDate d, ClaimStatus st, String by) {
    return taken(id, doc, where, who, null, d, d, st, by);
  }

  static Event clash(
      String id,
      String doc,
      Location where,
      LocalDate d1,
      LocalDate d2,
      Fatalities f,
      String... a) {
    String quote = "Fixture clash " + id + " near " + where.name() + ".";
    List<EventActor> actors = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      actors.add(new EventActor(a[i], i == 0 ? ActorRole.ACTOR1 : ActorRole.ACTOR2, null));
    }
    return new Event(
        id,
        List.of(doc),
        EventKind.CLASH,
        AcledSubEventType.ARMED_CLASH,
        new DateInterval(d1, d2, d1.equals(d2) ? DatePrecision.DAY : DatePrecision.WEEK),
        where,
        actors,
        null,
        f,
        Claim.asserted(),
        List.of(new Evidence(doc, 0, quote.length(), quote, null)),
        0.9);
  }
}

package org.sitrep.core.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.geo.Resolution;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Territory;

/**
 * The output event of a finished candidate: its evidence spans, location with admin names, actors
 * by role, claim, confidence, and an id stable across runs. Stateless and thread-safe.
 */
final class EventBuilder {
  static final String UNKNOWN = "unknown";

  private final Sides sides;
  private final PlaceDirectory directory;

  EventBuilder(Sides sides, PlaceDirectory directory) {
    this.sides = Objects.requireNonNull(sides, "sides");
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  Event build(PlacedDocument doc, Candidate c) {
    String text = doc.text();
    List<Evidence> ev = new ArrayList<>();
    ev.add(Evidence.of(doc.id(), text, c.scan.sentence.span(), null));
    for (Candidate m : c.mergedFrom) {
      addEvidence(ev, Evidence.of(doc.id(), text, m.scan.sentence.span(), "event"));
    }
    if (c.date.source() != null) {
      addEvidence(ev, Evidence.of(doc.id(), text, c.date.source(), "date"));
    }
    if (c.attributionSpan != null) {
      addEvidence(ev, Evidence.of(doc.id(), text, c.attributionSpan, "attribution"));
    }
    if (c.place != null && c.carried) {
      addEvidence(ev, Evidence.of(doc.id(), text, c.place.what().span(), "place"));
    }
    for (Evidence e : c.more) {
      addEvidence(ev, e);
    }
    Location loc = location(doc, c);
    List<EventActor> actors = new ArrayList<>();
    Territory territory = null;
    if (c.kind() == EventKind.TERRITORY) {
      String after = c.after == null ? UNKNOWN : sides.displayName(c.after);
      String before = c.before == null ? null : sides.displayName(c.before);
      territory = new Territory(after, before);
      if (c.after != null) {
        actors.add(eventActor(c.after, ActorRole.ACTOR1));
      }
      if (c.before != null) {
        actors.add(eventActor(c.before, ActorRole.ACTOR2));
      }
    } else {
      for (ActorRef a : c.actors1) {
        actors.add(eventActor(a, actors.isEmpty() ? ActorRole.ACTOR1 : ActorRole.ASSOC_ACTOR1));
      }
      boolean first = true;
      for (ActorRef a : c.actors2) {
        actors.add(eventActor(a, first ? ActorRole.ACTOR2 : ActorRole.ASSOC_ACTOR2));
        first = false;
      }
    }
    DateInterval date = c.date.undated() ? null : c.date.value();
    Evidence main = ev.get(0);
    String id =
        hash(
            doc.id()
                + "|"
                + c.kind().wire()
                + "|"
                + c.placeId()
                + "|"
                + (date == null ? "undated" : date.from() + "/" + date.to())
                + "|"
                + main.start()
                + "-"
                + main.end()
                + "|"
                + c.trig.start());
    return new Event(
        id,
        List.of(doc.id()),
        c.kind(),
        c.type,
        date,
        loc,
        actors,
        territory,
        c.fatalities,
        new Claim(c.status, c.attributedTo),
        ev,
        confidence(c, loc));
  }

  private static void addEvidence(List<Evidence> ev, Evidence e) {
    for (Evidence x : ev) {
      if (x.start() == e.start() && x.end() == e.end() && Objects.equals(x.role(), e.role())) {
        return;
      }
    }
    if (e.role() != null && "event".equals(e.role())) {
      for (Evidence x : ev) {
        if (x.start() == e.start() && x.end() == e.end()) {
          return;
        }
      }
    }
    ev.add(e);
  }

  private EventActor eventActor(ActorRef r, ActorRole role) {
    Actor a = sides.actor(r);
    return new EventActor(sides.displayName(r), role, a == null ? null : a.id(), r.inter());
  }

  private Location location(PlacedDocument doc, Candidate c) {
    if (c.place == null) {
      return null;
    }
    Resolution.Resolved r = (Resolution.Resolved) c.place.what().resolution();
    Place p = r.place();
    int precision = r.geoPrecision();
    if (p.kind() == PlaceKind.COUNTRY) {
      // Known in its sentence only by its country, an event is coded, as ACLED does, at the one
      // admin unit of that country the text names ("a village of the north-east of Burkina Faso"
      // and, further on, "the province of Yagha").
      Place unit = onlyUnitNamed(doc, p.countryCode());
      if (unit != null) {
        p = unit;
        precision = unit.kind() == PlaceKind.DISTRICT ? 2 : 3;
      }
    }
    String name = Gazetteer.bareName(p.name(), p.kind());
    String admin1 = adminName(p.admin1Id()).orElse(p.kind() == PlaceKind.PROVINCE ? name : null);
    String admin2 = adminName(p.admin2Id()).orElse(p.kind() == PlaceKind.DISTRICT ? name : null);
    Double lat = p.lat();
    Double lon = p.lon();
    if (p.kind() == PlaceKind.COUNTRY) {
      // ACLED geo-precision 3 for a country: the event stands at the national capital.
      Optional<Place> capital = directory.capitalOf(p.id());
      if (capital.isPresent()) {
        lat = capital.get().lat();
        lon = capital.get().lon();
      }
    } else if (p.kind() == PlaceKind.PROVINCE) {
      // ACLED geo-precision 3: an event known only by its province stands at the provincial
      // capital, unless the event's own sentence sets that capital apart ("the districts fell
      // and the capital is besieged"): then it is the province without its capital, at the
      // province's own point.
      Optional<Place> capital = directory.capitalOf(p.id());
      if (capital.isPresent() && capital.get().lat() != null && !namedIn(doc, c, capital.get())) {
        lat = capital.get().lat();
        lon = capital.get().lon();
      }
    }
    return new Location(name, admin1, admin2, lat, lon, precision, p.id());
  }

  /**
   * The one admin unit of a country that the document's resolved mentions name: its district when
   * they name one district only, else its province when they all lie in one; null otherwise.
   */
  private static Place onlyUnitNamed(PlacedDocument doc, String country) {
    Place province = null;
    Place district = null;
    boolean manyDistricts = false;
    for (org.sitrep.core.geo.PlaceMention m : doc.places()) {
      if (!(m.resolution() instanceof Resolution.Resolved rr)
          || !java.util.Objects.equals(rr.place().countryCode(), country)
          || rr.place().admin1Id() == null) {
        continue;
      }
      Place u = rr.place();
      if (u.kind() != PlaceKind.PROVINCE && u.kind() != PlaceKind.DISTRICT) {
        continue;
      }
      if (province != null && !province.admin1Id().equals(u.admin1Id())) {
        return null;
      }
      if (province == null || u.kind() == PlaceKind.PROVINCE) {
        province = u;
      }
      if (u.kind() == PlaceKind.DISTRICT) {
        manyDistricts |= district != null && !district.id().equals(u.id());
        district = u;
      }
    }
    if (manyDistricts) {
      // Two districts of one province: the province, when the text names it.
      return province != null && province.kind() == PlaceKind.PROVINCE ? province : null;
    }
    return district != null ? district : province;
  }

  /** How far (tokens) a siege word may follow the capital it speaks of ("X, the capital, was"). */
  private static final int SIEGE_REACH = 8;

  /**
   * Whether the candidate's own sentence sets the capital apart from the province's event: the
   * capital (the town or a place at it, its namesake district) besieged or surrounded ("X, the
   * capital, was encircled", "besieging X"; cue category {@code siege}) or excepted ("all districts
   * except X"; {@code except}).
   */
  private static boolean namedIn(PlacedDocument doc, Candidate c, Place capital) {
    SentenceScan sc = c.scan;
    for (Hit<org.sitrep.core.geo.PlaceMention> h : sc.allPlaces) {
      if (!(h.what().resolution() instanceof Resolution.Resolved rr)
          || !atCapital(rr.place(), capital)) {
        continue;
      }
      for (Hit<Cue> q : sc.cues("siege")) {
        if ((q.start() >= h.end() && q.start() - h.end() <= SIEGE_REACH)
            || (q.end() <= h.start() && h.start() - q.end() <= 3)) {
          return true;
        }
      }
      for (Hit<Cue> q : sc.cues("except")) {
        if (q.end() <= h.start() && h.start() - q.end() <= 3) {
          return true;
        }
      }
    }
    return false;
  }

  private static final double AT_CAPITAL_KM = 15;

  private static boolean atCapital(Place p, Place capital) {
    return p.id().equals(capital.id())
        || (p.kind() != PlaceKind.PROVINCE
            && p.kind() != PlaceKind.COUNTRY
            && capital.admin1Id().equals(p.admin1Id())
            && p.lat() != null
            && org.sitrep.core.geo.Distance.km(p.lat(), p.lon(), capital.lat(), capital.lon())
                <= AT_CAPITAL_KM);
  }

  /** An admin unit's name as texts write it, without "Province", "Region", "County"... */
  private Optional<String> adminName(String id) {
    return id == null
        ? Optional.empty()
        : directory.byId(id).map(a -> Gazetteer.bareName(a.name(), a.kind()));
  }

  /** From how sure the text is, how precisely the place and the date are known. */
  static double confidence(ClaimStatus status, Location loc, boolean carried, GoverningDate d) {
    double base =
        switch (status) {
          case ASSERTED -> 0.85;
          case REPORTED -> 0.75;
          case CLAIMED -> 0.65;
          case HEDGED -> 0.45;
          case DISPUTED -> 0.35;
          case DENIED -> 0.2;
        };
    double place =
        loc == null
            ? 0.7
            : switch (loc.geoPrecision()) {
              case 1 -> 1.0;
              case 2 -> 0.95;
              default -> 0.85;
            };
    if (carried) {
      place *= 0.9;
    }
    DatePrecision p = d.value().precision();
    double date =
        switch (p) {
          case DAY -> 1.0;
          case WEEK -> 0.95;
          case MONTH -> 0.85;
          case YEAR -> 0.7;
          case UNKNOWN -> 0.6;
        };
    if (d.how().equals(GoverningDate.PUBLISHED)) {
      date *= 0.9;
    }
    return Math.max(0, Math.min(1, base * place * date));
  }

  private static double confidence(Candidate c, Location loc) {
    double conf = confidence(c.status, loc, c.carried && !c.endsFight, c.date);
    // An act the codebook codes as part of another event of its sentence is less sure as an event
    // of its own than that one.
    return c.takenIn ? conf * TAKEN_IN : conf;
  }

  /** How much less sure an act is that the codebook codes as part of another event. */
  private static final double TAKEN_IN = 0.9;

  static String hash(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}

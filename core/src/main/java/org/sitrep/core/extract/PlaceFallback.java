package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.geo.Resolution;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.CharSpan;
import org.sitrep.model.EventKind;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * Where the events of one trigger are: its own places, else the place it shares with a battle of
 * its sentence, the areas or town it refers back to ("the three districts", "la ville"), or the
 * place carried over from the sentences before. Stateless and thread-safe.
 */
final class PlaceFallback {
  /** How many sentences back a place carries over to an event that names none. */
  static final int CARRY_SENTENCES = 3;

  /** The opening sentences (headline, lead) that may take their place from the next sentence. */
  static final int LEAD_SENTENCES = 2;

  private final PlaceDirectory directory;

  PlaceFallback(PlaceDirectory directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * The places of a trigger's events (a null entry: an event with no place) and whether they were
   * carried from elsewhere in the text.
   */
  record Targets(List<Hit<PlaceMention>> places, boolean carried) {}

  Targets targets(
      List<SentenceScan> scans,
      SentenceScan sc,
      Hit<Trigger> t,
      AcledSubEventType type,
      Map<Hit<Trigger>, List<Hit<PlaceMention>>> own) {
    List<Hit<PlaceMention>> ps = own.getOrDefault(t, List.of());
    boolean territorial = type == null || type.defaultKind() == EventKind.TERRITORY;
    List<Hit<PlaceMention>> targets = new ArrayList<>(ps);
    boolean carried = false;
    if (targets.isEmpty() && territorial) {
      // "X fell after a week of fighting" with the verb last, "after fighting in X, they took the
      // district": the place went to the nearer battle trigger; the change of control shares it.
      Hit<PlaceMention> shared = sharedBattlePlace(t, own);
      if (shared != null) {
        targets.add(shared);
      }
    }
    if (targets.isEmpty()) {
      if (territorial) {
        // "all but one of its 28 districts had fallen": the province named before.
        // A change of control needs a place; one without still says who is taking places
        // ("the Taliban took another city"): it is kept as a hint for the document pass.
        Hit<PlaceMention> area = areaReference(scans, sc, t);
        targets.add(area);
        carried = area != null;
      } else {
        Hit<PlaceMention> fallback = sc.places.isEmpty() ? null : sc.places.get(0);
        // "attacks across the country": no place of its own, none carried from before.
        boolean nationwide =
            sc.countrySubject
                || sc.anyCueInClause("nationwide", 0, sc.size(), sc.clause[t.start()]);
        if (nationwide) {
          fallback = null;
        }
        // A statement is located only by a place its own sentence names; a heading ("Security
        // measures: 8 May.") by the sentence that tells it.
        if (fallback == null
            && !nationwide
            && (type.defaultKind() != EventKind.STATEMENT || t.what().has(Trigger.HEADING))) {
          fallback = carriedPlace(scans, sc);
          carried = fallback != null;
        }
        targets.add(fallback);
      }
    } else if (!territorial && type.defaultKind() != EventKind.CLASH) {
      targets = List.of(ps.get(0)); // one happening, located at its first place
    }
    return new Targets(targets, carried);
  }

  /**
   * The first country the document names, as a place hit outside any sentence's tokens: where a
   * report of violence whose place the gazetteer does not know is coded.
   */
  static Hit<PlaceMention> countryMention(PlacedDocument doc) {
    for (PlaceMention m : doc.places()) {
      if (m.resolution() instanceof Resolution.Resolved r
          && r.place().kind() == PlaceKind.COUNTRY) {
        return new Hit<>(0, 0, m);
      }
    }
    return null;
  }

  /**
   * The one place of the sentence within reach of the trigger that went to a battle trigger; null
   * when there is none or more than one.
   */
  static Hit<PlaceMention> sharedBattlePlace(
      Hit<Trigger> t, Map<Hit<Trigger>, List<Hit<PlaceMention>>> own) {
    Hit<PlaceMention> found = null;
    for (Map.Entry<Hit<Trigger>, List<Hit<PlaceMention>>> e : own.entrySet()) {
      Trigger other = e.getKey().what();
      if (other.type() == null || other.type().defaultKind() != EventKind.CLASH) {
        continue;
      }
      for (Hit<PlaceMention> p : e.getValue()) {
        if (Hits.distance(p, t) <= PlaceAssigner.PLACE_REACH) {
          if (found != null) {
            return null;
          }
          found = p;
        }
      }
    }
    return found;
  }

  /**
   * A territorial trigger without a place of its own that speaks of areas named before ("its 28
   * districts", "the three districts", "ces localités"): the province of the latest place of this
   * sentence or the few before, at province precision.
   */
  Hit<PlaceMention> areaReference(List<SentenceScan> scans, SentenceScan sc, Hit<Trigger> t) {
    Hit<Cue> ref = null;
    for (Hit<Cue> h : sc.cues("arearef")) {
      if (Hits.distance(h, t) <= 5) {
        ref = h;
        break;
      }
    }
    if (ref == null) {
      return townReference(scans, sc, t);
    }
    List<Hit<PlaceMention>> before = new ArrayList<>();
    for (Hit<PlaceMention> p : sc.places) {
      if (p.end() <= ref.start()) {
        before.add(p);
      }
    }
    for (int k = sc.index - 1; before.isEmpty() && k >= 0 && k >= sc.index - CARRY_SENTENCES; k--) {
      before.addAll(scans.get(k).places);
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      Place pl = Hits.place(before.get(i));
      Optional<Place> province =
          pl.kind() == PlaceKind.PROVINCE
              ? Optional.of(pl)
              : pl.admin1Id() == null ? Optional.empty() : directory.byId(pl.admin1Id());
      if (province.isPresent()) {
        CharSpan span = sc.span(ref.start(), ref.end());
        PlaceMention m =
            new PlaceMention(
                span,
                sc.surface(ref.start(), ref.end()),
                new Resolution.Resolved(
                    province.get(), 1.0, 3, "areas of the province named before", List.of()));
        return new Hit<>(ref.start(), ref.end(), m);
      }
    }
    return null;
  }

  /**
   * "entered the capital", "entrent dans la ville": a town named before (the country's capital for
   * "the capital" when the text names it anywhere), at the reference's tokens.
   */
  static Hit<PlaceMention> townReference(
      List<SentenceScan> scans, SentenceScan sc, Hit<Trigger> t) {
    Hit<Cue> ref = null;
    for (Hit<Cue> h : sc.cues("townref")) {
      boolean named = false;
      for (Hit<PlaceMention> p : sc.allPlaces) {
        named |= p.start() >= h.end() && p.start() <= h.end() + 2;
      }
      if (!named && Hits.distance(h, t) <= 3) {
        ref = h;
        break;
      }
    }
    if (ref == null) {
      return null;
    }
    Hit<PlaceMention> antecedent = null;
    if ("capital".equals(ref.what().value())) {
      for (SentenceScan s : scans) {
        for (Hit<PlaceMention> p : s.places) {
          if (antecedent == null && Hits.place(p).kind() == PlaceKind.NATIONAL_CAPITAL) {
            antecedent = p;
          }
        }
      }
    }
    for (int k = sc.index; antecedent == null && k >= 0 && k >= sc.index - CARRY_SENTENCES; k--) {
      List<Hit<PlaceMention>> ps = scans.get(k).places;
      for (int i = ps.size() - 1; i >= 0 && antecedent == null; i--) {
        Hit<PlaceMention> p = ps.get(i);
        if ((k < sc.index || p.end() <= ref.start()) && town(Hits.place(p).kind())) {
          antecedent = p;
        }
      }
    }
    return antecedent == null ? null : new Hit<>(ref.start(), ref.end(), antecedent.what());
  }

  private static boolean town(PlaceKind k) {
    return k == PlaceKind.NATIONAL_CAPITAL
        || k == PlaceKind.PROVINCIAL_CAPITAL
        || k == PlaceKind.DISTRICT_CENTRE
        || k == PlaceKind.POPULATED_PLACE;
  }

  /** The first place of the nearest of the few sentences before that names one. */
  static Hit<PlaceMention> carriedPlace(List<SentenceScan> scans, SentenceScan sc) {
    if (sc.heading()) {
      // A heading without a place introduces the paragraph below it, not the one above: it is
      // located by the happening of that paragraph it names (Merger), not by a carried place.
      return null;
    }
    for (int k = sc.index - 1; k >= 0 && k >= sc.index - CARRY_SENTENCES; k--) {
      SentenceScan prev = scans.get(k);
      if (!prev.places.isEmpty()) {
        return prev.places.get(0);
      }
    }
    if (sc.index < LEAD_SENTENCES && sc.index + 1 < scans.size()) {
      // The lead of a report names no place before it; the sentence after it says where.
      SentenceScan next = scans.get(sc.index + 1);
      return next.places.isEmpty() ? null : next.places.get(0);
    }
    return null;
  }
}

package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.EventKind;

/**
 * Which of a sentence's triggers stand for an event: a weak word gives way to a strong one ("gunmen
 * entered X and killed three": a raid, not a capture), and a nominal trigger needs its place right
 * beside it; a trigger word that only qualifies a noun ("combat aircraft") is none. Stateless and
 * thread-safe.
 */
final class TriggerFilter {

  List<Hit<Trigger>> eventTriggers(SentenceScan sc) {
    List<Hit<Trigger>> trig = new ArrayList<>();
    boolean strong = false;
    boolean strongViolence = false;
    boolean violence = false;
    for (Hit<Trigger> t : sc.triggers) {
      if (t.what().has(Trigger.HEADING)) {
        continue; // a heading governs the others' types (EventTyper), it does not silence them
      }
      // "sans combattre", "without a fight" tell how a place was taken, not of a raid.
      boolean denied = sc.anyCue("negation1", t.start() - 1, t.start());
      strong |= !t.what().has(Trigger.WEAK) && !t.what().territorial() && !denied;
      AcledSubEventType ty = t.what().type();
      violence |=
          ty != null
              && ty.defaultKind() != EventKind.STATEMENT
              && !t.what().territorial()
              && !denied;
      strongViolence |=
          !t.what().has(Trigger.WEAK)
              && ty != null
              && ty.defaultKind() != EventKind.STATEMENT
              && !t.what().territorial()
              && !denied;
    }
    for (Hit<Trigger> t : sc.triggers) {
      Trigger tr = t.what();
      if (tr.has(Trigger.HEADING) && !isHeading(sc, t)) {
        continue; // the words of a heading inside a sentence are no heading
      }
      if (inCompound(sc, t)) {
        continue; // "combat aircraft", "tenue de combat": the word names gear, not a fight
      }
      boolean statement = tr.type() != null && tr.type().defaultKind() == EventKind.STATEMENT;
      // A weak act of violence or protest gives way only to another act ("killed in an air
      // strike"), not to a development told with it: the arms seized or the arrests made with a
      // killing or a protest are part of it ("killed a militant and recovered weapons").
      boolean outranked = tr.territorial() ? strong || violence : strongViolence;
      if (tr.has(Trigger.WEAK) && outranked && !statement) {
        continue; // "gunmen entered X and killed three": a raid, not a capture
      }
      if (tr.has(Trigger.ADJ)
              && !placeFollows(sc, t)
              && !sc.anyCue("arearef", t.end(), t.end() + 4)
              && !sc.anyCue("townref", t.end(), t.end() + 3)
          || tr.has(Trigger.ADJ_BEFORE) && !placePrecedes(sc, t)) {
        continue;
      }
      trig.add(t);
    }
    return trig;
  }

  /**
   * Cue categories of phrases that contain a trigger word without reporting a happening: gear,
   * dress and units qualified by it ({@code compound}: "combat aircraft"), a trend of many ({@code
   * trend}: "a rise in attacks"), a sound or sight reported as such ({@code perceived}: "explosions
   * were heard"), shots fired into the air ({@code airfire}), a crowd cheering ({@code welcome}),
   * an idiom ({@code idiom}: "took place").
   */
  private static final List<String> NOT_HAPPENINGS =
      List.of("compound", "trend", "perceived", "airfire", "welcome", "idiom");

  /** Whether the trigger lies inside one of the {@link #NOT_HAPPENINGS} phrases. */
  private static boolean inCompound(SentenceScan sc, Hit<Trigger> t) {
    for (String category : NOT_HAPPENINGS) {
      for (Hit<Cue> c : sc.cues(category)) {
        if (c.start() <= t.start() && c.end() >= t.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the acts a heading opens are told by other triggers, of its sentence ({@code trig}) or
   * of the next two: then they are the events, of the heading's type.
   */
  boolean toldUnder(List<SentenceScan> scans, SentenceScan sc, List<Hit<Trigger>> trig) {
    for (Hit<Trigger> t : trig) {
      if (!t.what().has(Trigger.HEADING)) {
        return true;
      }
    }
    for (int k = sc.index + 1; k < scans.size() && k <= sc.index + 2; k++) {
      if (!eventTriggers(scans.get(k)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a heading trigger opens its sentence and a colon follows it ("Arrests: ..."). */
  static boolean isHeading(SentenceScan sc, Hit<Trigger> t) {
    return t.start() == 0 && t.end() < sc.size() && sc.norm.get(t.end()).equals(":");
  }

  private static boolean placePrecedes(SentenceScan sc, Hit<Trigger> t) {
    for (Hit<PlaceMention> p : sc.places) {
      if (p.end() <= t.start() && p.end() >= t.start() - 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean placeFollows(SentenceScan sc, Hit<Trigger> t) {
    for (Hit<PlaceMention> p : sc.places) {
      if (p.start() >= t.end() && p.start() <= t.end() + 3) {
        return true;
      }
    }
    return false;
  }
}

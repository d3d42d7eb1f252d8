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
 * beside it. Stateless and thread-safe.
 */
final class TriggerFilter {

  List<Hit<Trigger>> eventTriggers(SentenceScan sc) {
    List<Hit<Trigger>> trig = new ArrayList<>();
    boolean strong = false;
    boolean violence = false;
    for (Hit<Trigger> t : sc.triggers) {
      // "sans combattre", "without a fight" tell how a place was taken, not of a raid.
      boolean denied = sc.anyCue("negation1", t.start() - 1, t.start());
      strong |= !t.what().has(Trigger.WEAK) && !t.what().territorial() && !denied;
      AcledSubEventType ty = t.what().type();
      violence |=
          ty != null
              && ty.defaultKind() != EventKind.STATEMENT
              && !t.what().territorial()
              && !denied;
    }
    for (Hit<Trigger> t : sc.triggers) {
      Trigger tr = t.what();
      boolean statement = tr.type() != null && tr.type().defaultKind() == EventKind.STATEMENT;
      if (tr.has(Trigger.WEAK) && (strong || tr.territorial() && violence) && !statement) {
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

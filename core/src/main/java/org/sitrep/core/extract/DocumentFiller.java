package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.EventKind;

/**
 * What a sentence leaves open, filled from the rest of the document: the taker of a passive capture
 * (the side taking the places around it, else the nearest side that fights the loser), the second
 * side of a clash, a generic actor narrowed to the one the text names ("the resistance" in a text
 * that names the NRF), and the sub-event type of a change of control. Stateless and thread-safe.
 */
final class DocumentFiller {
  private final Sides sides;

  DocumentFiller(Sides sides) {
    this.sides = Objects.requireNonNull(sides, "sides");
  }

  /** Fills the controllers and second sides a sentence left open from the rest of the text. */
  void fillFromDocument(List<SentenceScan> scans, List<Candidate> live, List<Candidate> hints) {
    List<Candidate> takers = new ArrayList<>(live);
    takers.addAll(hints);
    for (Candidate c : live) {
      // "repris aux talibans" with no agent: retaken by the nearest side that fights them.
      if (c.kind() == EventKind.TERRITORY && c.after == null && c.before != null) {
        c.after = opponent(scans, c.scan.index, c.before);
      }
    }
    for (Candidate c : live) {
      if (c.kind() != EventKind.TERRITORY || c.after != null) {
        continue;
      }
      // A passive capture with no agent: the side that took the places around it in the text.
      Candidate best = null;
      int bestD = Integer.MAX_VALUE;
      for (Candidate o : takers) {
        if (o == c || o.kind() != EventKind.TERRITORY || o.after == null) {
          continue;
        }
        int d = Math.abs(o.scan.index - c.scan.index) * 2 + (o.scan.index > c.scan.index ? 1 : 0);
        if (d < bestD && !sides.sameSide(o.after, c.before)) {
          best = o;
          bestD = d;
        }
      }
      if (best != null) {
        c.after = best.after;
      } else {
        c.after = opponent(scans, c.scan.index, c.before);
      }
    }
    for (Candidate c : live) {
      // Control cannot pass from a side to itself: the agent was misread, take the other side.
      if (c.kind() == EventKind.TERRITORY
          && c.after != null
          && c.before != null
          && sides.sameSide(c.after, c.before)) {
        ActorRef other = opponent(scans, c.scan.index, c.before);
        if (other != null) {
          c.after = other;
        }
      }
    }
    for (Candidate c : live) {
      if (c.kind() != EventKind.CLASH || !c.actors1.isEmpty() || !c.actors2.isEmpty()) {
        continue;
      }
      // "Heavy fighting is going on near the prison" naming no side: the two sides the text around
      // it fights between, when it names both.
      ActorRef one = side(scans, c.scan.index, 0);
      if (one == null) {
        one = side(scans, c.scan.index, 1);
      }
      ActorRef other = one == null ? null : opponent(scans, c.scan.index, one);
      if (other != null) {
        Sides.add(c.actors1, one);
        Sides.add(c.actors2, other);
      }
    }
    for (Candidate c : live) {
      if (c.kind() != EventKind.CLASH || c.actors1.isEmpty() || !c.actors2.isEmpty()) {
        continue;
      }
      Sides.add(c.actors2, opponent(scans, c.scan.index, c.actors1.get(0)));
    }
  }

  /** The nearest actor of the text (earlier first) on another side than {@code of}. */
  private ActorRef opponent(List<SentenceScan> scans, int at, ActorRef of) {
    if (of == null) {
      // No side to oppose: the sentence's own actors were already passed over as agents, so the
      // text around it speaks first ("Taliban fighters pressed on. The fall of X came as ...").
      ActorRef around = side(scans, at, 1);
      return around != null ? around : side(scans, at, 0);
    }
    for (int d = 0; d < scans.size(); d++) {
      for (int k : new int[] {at - d, at + d}) {
        if (k < 0 || k >= scans.size() || d == 0 && k != at) {
          continue;
        }
        for (Hit<ActorRef> h : scans.get(k).actors) {
          if (sides.armed(h.what()) && !sides.sameSide(h.what(), of)) {
            return h.what();
          }
        }
      }
    }
    return null;
  }

  /** The nearest armed side of the text at {@code min} sentences or more from {@code at}. */
  private ActorRef side(List<SentenceScan> scans, int at, int min) {
    for (int d = min; d < scans.size(); d++) {
      for (int k : new int[] {at - d, at + d}) {
        if (k < 0 || k >= scans.size() || d == 0 && k != at) {
          continue;
        }
        for (Hit<ActorRef> h : scans.get(k).actors) {
          if (sides.armed(h.what())) {
            return h.what();
          }
        }
      }
      if (min == 0) {
        break;
      }
    }
    return null;
  }

  /**
   * "The insurgents", "militants" of a text that names a listed non-state group: that group, the
   * nearest mention (earlier first). Kept generic when the text names none.
   */
  void corefer(List<SentenceScan> scans, Candidate c) {
    c.after = named(scans, c, c.after);
    c.before = named(scans, c, c.before);
    c.actors1.replaceAll(a -> named(scans, c, a));
    c.actors2.replaceAll(a -> named(scans, c, a));
  }

  private ActorRef named(List<SentenceScan> scans, Candidate c, ActorRef r) {
    if (r == null || r.cls() == null || !ActorClasses.ANAPHORIC.contains(r.cls())) {
      return r;
    }
    int at = c.scan.index;
    for (int d = 0; d < scans.size(); d++) {
      for (int k : new int[] {at - d, at + d}) {
        if (k < 0 || k >= scans.size() || d > 0 && k == at) {
          continue;
        }
        for (Hit<ActorRef> h : scans.get(k).actors) {
          Actor a = sides.actor(h.what());
          if (a != null && a.type().equals("non_state")) {
            return h.what();
          }
        }
      }
    }
    return r;
  }

  /** "The resistance" of a text that names the NRF is the NRF. */
  void narrow(Candidate c, Set<String> mentioned) {
    c.after = narrowed(c.after, mentioned, c);
    c.before = narrowed(c.before, mentioned, c);
    c.actors1.replaceAll(a -> narrowed(a, mentioned, c));
    c.actors2.replaceAll(a -> narrowed(a, mentioned, c));
  }

  private ActorRef narrowed(ActorRef r, Set<String> mentioned, Candidate c) {
    Actor a = r == null ? null : sides.actor(r);
    if (a == null || a.narrowsTo() == null || !mentioned.contains(a.narrowsTo())) {
      return r;
    }
    Actor to = sides.byId(a.narrowsTo());
    return to.validOn(c.date.value().to()) ? new ActorRef(to.id(), r.person(), null) : r;
  }

  /** The sub-event type of a change of control, from who took the place and how. */
  void typeCapture(Candidate c) {
    typeCapture(List.of(), c);
  }

  /** The same, reading the sentences after the capture's ({@code scans}: the document's). */
  void typeCapture(List<SentenceScan> scans, Candidate c) {
    if (c.type != null) {
      return;
    }
    if (nonviolent(scans, c.scan)) {
      c.type = AcledSubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY;
      return;
    }
    c.type =
        c.after != null && sides.state(c.after, c.date.value().from())
            ? AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY
            : AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
  }

  /**
   * Whether the capture is told as taken without a fight ({@code nonviolent}: "without resistance",
   * "surrendered", a "deserted" post), in its sentence or in the next two that go on with its story
   * (no place of their own): the codebook's non-violent transfer of territory.
   */
  private static boolean nonviolent(List<SentenceScan> scans, SentenceScan sc) {
    if (!sc.cues("nonviolent").isEmpty()) {
      return true;
    }
    for (int k = sc.index + 1; k < scans.size() && k <= sc.index + 2; k++) {
      SentenceScan next = scans.get(k);
      if (!next.places.isEmpty()) {
        return false;
      }
      if (!next.cues("nonviolent").isEmpty()) {
        return true;
      }
    }
    return false;
  }
}

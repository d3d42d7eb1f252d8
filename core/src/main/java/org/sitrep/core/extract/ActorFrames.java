package org.sitrep.core.extract;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.EventKind;

/**
 * Who does what to whom in a trigger's frame: for a change of control the side that took the place
 * and the one that held it (active, passive, "par"/"by" agents, "repris aux X", nominal captures,
 * "held by"), for other events the actors of either side by the event's kind. Stateless and
 * thread-safe.
 */
final class ActorFrames {
  private final Sides sides;

  ActorFrames(Sides sides) {
    this.sides = Objects.requireNonNull(sides, "sides");
  }

  /** Fills the candidate's actors (or controllers after and before) from its sentence. */
  void frame(SentenceScan sc, Candidate c, List<Attribution> attributions) {
    Hit<Trigger> t = c.trig;
    int tc = sc.clause[t.start()];
    boolean passive = sc.anyCue("passive", Math.max(0, t.start() - 3), t.start());
    ActorRef agent = null;
    for (Hit<Cue> a : sc.cues("agent")) {
      if (a.start() >= t.end() && a.start() <= t.end() + 10 && sc.clause[a.start()] == tc) {
        agent = actorFrom(sc, a.end(), a.end() + 3);
        if (agent != null) {
          break;
        }
      }
    }
    ActorRef subject = passive ? null : actorBefore(sc, t.start(), null);
    agent = speakers(sc, agent, attributions);
    subject = speakers(sc, subject, attributions);
    if (c.type == null || c.type.defaultKind() == EventKind.TERRITORY) {
      Trigger tr = t.what();
      if (tr.has(Trigger.BEFORE_NEXT)) {
        // Inside a gapped trigger too: "drove [the Taliban] out of Banu".
        c.before = actorFrom(sc, t.start() + 1, t.end() + 10);
      }
      if (tr.has(Trigger.BEFORE_FROM)) {
        for (Hit<ActorRef> a : sc.actors) {
          if (a.start() >= t.end()
              && a.start() <= t.end() + 10
              && (fromWord(sc, a.start() - 1)
                  || fromWord(sc, a.start() - 2) && sc.norm.get(a.start() - 1).equals("the"))) {
            c.before = a.what();
            break;
          }
        }
      }
      if (tr.has(Trigger.AFTER_NEXT)) {
        // Inside a gapped trigger too: "به دست [طالبان] سقوط کرد", "fell under [Taliban] control".
        c.after = actorFrom(sc, t.start() + 1, t.end() + 8);
      }
      if (c.before == null && !tr.has(Trigger.LOSE)) {
        // Verb-final languages put the previous controller before the verb ("از طالبان پس گرفت").
        c.before = fromActorBefore(sc, t);
      }
      if (tr.has(Trigger.LOSE)) {
        // "les forces gouvernementales ont abandonné Taloqan": the subject is the old controller.
        c.before = passive ? agent : actorBefore(sc, t.start(), null);
        return;
      }
      if (c.after == null) {
        c.after = agent;
      }
      if (c.after == null && !passive && !tr.has(Trigger.NOUN)) {
        c.after = actorBefore(sc, t.start(), c.before);
      }
      if (c.after == null && tr.has(Trigger.NOUN)) {
        c.after = nominalAgent(sc, t, c.before);
      }
      for (Hit<Cue> h : sc.cues("heldby")) {
        if (h.start() >= t.end() && h.start() <= t.end() + PlaceAssigner.PLACE_REACH) {
          ActorRef b = actorFrom(sc, h.end(), h.end() + 4);
          if (tr.has(Trigger.FALL)) {
            if (c.after == null && b != null && !sides.sameSide(b, c.before)) {
              c.after = b; // held after the fall: the new holder
              break;
            }
          } else if (c.before == null && b != null && !sides.sameSide(b, c.after)) {
            c.before = b;
            break;
          }
        }
      }
      return;
    }
    EventKind k = c.type.defaultKind();
    switch (k) {
      case CLASH:
        {
          // "six soldiers died when gunmen stormed the camp", "nine soldiers were killed in an
          // attack on a camp": the side that lost men before the trigger is the side attacked, not
          // the attacker; the attacker is the agent, or named after the trigger, or unnamed.
          ActorRef struck = agent == null && subject != null ? struck(sc, t) : null;
          ActorRef a1 = struck != null ? null : subject != null ? subject : agent;
          ActorRef a2 = null;
          for (Hit<ActorRef> a : sc.actors) {
            if (a.start() >= t.end()
                && !inSource(a, attributions)
                && !sides.sameSide(a.what(), struck != null ? struck : a1)
                // "an attack on an army post" after "soldiers were killed": the same forces
                && !(struck != null && sides.stateForces(a.what()) && sides.stateForces(struck))) {
              a2 = a.what();
              break;
            }
          }
          if (struck != null) {
            c.struck = true;
            Sides.add(c.actors1, a2);
            Sides.add(c.actors2, struck);
            break;
          }
          if (a1 == null && passive) {
            ActorRef patient = actorBefore(sc, t.start(), null);
            a1 = a2;
            a2 = patient;
          }
          if (a1 == null) {
            a1 = a2;
            a2 = null;
          }
          Sides.add(c.actors1, a1);
          Sides.add(c.actors2, a2);
          break;
        }
      case VIOLENCE:
      case EXPLOSION:
        {
          // the victims named first ("four civilians were killed") do not strike
          ActorRef striker = agent != null ? agent : subject;
          if (striker == null && k == EventKind.EXPLOSION) {
            striker = strikerAdjective(sc, t);
          }
          if (striker == null && k == EventKind.EXPLOSION) {
            striker = strikerInTrigger(sc, t);
          }
          if (striker != null && !sides.civilian(striker)) {
            Sides.add(c.actors1, striker);
          }
          if (k == EventKind.EXPLOSION) {
            // "the blast killed three soldiers of the army": the force struck is the other side
            ActorRef struck = forceStruck(sc, striker, attributions);
            Sides.add(
                c.actors2, struck != null ? struck : forceShelled(sc, t, striker, attributions));
          }
        }
        // "a resident told the agency the blast ...": the one who tells is no victim
        if (sc.cues("civilian").stream().anyMatch(h -> !inSource(h, attributions))) {
          Sides.add(c.actors2, new ActorRef("civilians", null, null));
        }
        break;
      case PROTEST:
      case RIOT:
        // ACLED's generic actors: demonstrators who stay peaceful are protesters, those who turn
        // violent, or a mob, rioters.
        Sides.add(
            c.actors1, new ActorRef(k == EventKind.RIOT ? "rioters" : "protesters", null, null));
        if (c.type != AcledSubEventType.PEACEFUL_PROTEST
            && c.type != AcledSubEventType.MOB_VIOLENCE) {
          for (Hit<ActorRef> a : sc.actors) {
            Actor ac = sides.actor(a.what());
            if (ac == null || !ac.type().equals("civilian")) {
              Sides.add(c.actors2, a.what());
              break;
            }
          }
        }
        break;
      default:
        Sides.add(c.actors1, subject != null ? subject : actorBefore(sc, t.start(), null));
        if (c.actors1.isEmpty()) {
          Sides.add(c.actors1, agent);
        }
    }
  }

  /**
   * A country adjective right before the strike's own noun names who struck ("a US drone strike",
   * "Israeli air strikes"): that country's armed forces.
   */
  private static ActorRef strikerAdjective(SentenceScan sc, Hit<Trigger> t) {
    for (Hit<Cue> d : sc.cues("demonym")) {
      if (d.end() == t.start()) {
        return new ActorRef(
            null, null, sc.surface(d.start(), t.start()), "military", d.what().value(), null, null);
      }
    }
    return null;
  }

  private static boolean fromWord(SentenceScan sc, int i) {
    return i >= 0 && sc.anyCue("from", i, i + 1);
  }

  /** How many words from a word of killing or wounding the force it tells of may stand. */
  private static final int STRUCK_REACH = 4;

  /**
   * The armed side named next to a word of killing or wounding ("killed three Afghan soldiers", "سه
   * سرباز ارتش کشته شدند"), not the striker, not a source: the side an explosion struck.
   */
  private ActorRef forceStruck(SentenceScan sc, ActorRef striker, List<Attribution> attributions) {
    for (Hit<ActorRef> a : sc.actors) {
      if (inSource(a, attributions)
          || sides.civilian(a.what())
          || striker != null && sides.sameSide(a.what(), striker)) {
        continue;
      }
      for (String cat : new String[] {"killed", "wounded"}) {
        for (Hit<Cue> h : sc.cues(cat)) {
          if (h.start() >= a.end() && h.start() - a.end() <= STRUCK_REACH
              || a.start() >= h.end() && a.start() - h.end() <= STRUCK_REACH) {
            return a.what();
          }
        }
      }
    }
    return null;
  }

  /**
   * Armed forces that open the trigger's own words ("l'aviation afghane a bombardé": the trigger
   * runs from the aircraft to the verb): the striker.
   */
  private ActorRef strikerInTrigger(SentenceScan sc, Hit<Trigger> t) {
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() == t.start() && a.end() <= t.end() && sides.armed(a.what())) {
        return a.what();
      }
    }
    return null;
  }

  /**
   * The armed side a strike is aimed at, named right after its verb in its clause ("shelled Russian
   * positions", "a drone struck rebel fighters"): ACLED's second actor of a strike on forces.
   */
  private ActorRef forceShelled(
      SentenceScan sc, Hit<Trigger> t, ActorRef striker, List<Attribution> attributions) {
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() < t.end()
          || a.start() - t.end() > STRUCK_REACH
          || sc.clause[a.start()] != sc.clause[t.start()]
          || inSource(a, attributions)) {
        continue;
      }
      if (sides.armed(a.what()) && !sides.sameSide(a.what(), striker)) {
        return a.what();
      }
    }
    return null;
  }

  /**
   * "Its forces", "their troops": the forces of the sentence's speaker when the speaker is an armed
   * side ("the Ukrainian military said its forces shelled ..."), else no one the text names. Other
   * references come back as they are.
   */
  private ActorRef speakers(SentenceScan sc, ActorRef r, List<Attribution> attributions) {
    if (r == null || !"forces".equals(r.cls()) || r.country() != null) {
      return r;
    }
    for (Hit<ActorRef> h : sc.actors) {
      if (h.what() != r) {
        continue;
      }
      if (h.start() == 0 || !sc.anyCue("ownforces", h.start() - 1, h.start())) {
        return r;
      }
      for (Hit<ActorRef> a : sc.actors) {
        if (inSource(a, attributions) && sides.armed(a.what())) {
          return a.what();
        }
      }
      return null;
    }
    return r;
  }

  /** How many words after a side the words that tell its men died may start. */
  private static final int DIED_REACH = 3;

  /**
   * The side whose men are told dead or hurt before the trigger ("nine soldiers and three civilians
   * were killed in an attack", {@code died} cues right after the side): an armed side before
   * civilians; null when the side before the trigger is not told dead.
   */
  private ActorRef struck(SentenceScan sc, Hit<Trigger> t) {
    List<Hit<ActorRef>> before = new java.util.ArrayList<>();
    for (Hit<ActorRef> a : sc.actors) {
      if (a.end() <= t.start()) {
        before.add(a);
      }
    }
    if (before.isEmpty()) {
      return null;
    }
    for (Hit<Cue> d : sc.cues("died")) {
      if (d.end() > t.start()) {
        continue;
      }
      // the sides told dead: the one right before the words, and those joined to it before
      // ("nine soldiers and three civilians were killed")
      int reach = d.start();
      ActorRef found = null;
      boolean nearest = false;
      for (int k = before.size() - 1; k >= 0; k--) {
        Hit<ActorRef> a = before.get(k);
        if (a.start() >= d.start()) {
          continue;
        }
        if (reach - a.end() > DIED_REACH) {
          break;
        }
        nearest |= k == before.size() - 1;
        if (found == null || sides.civilian(found) && !sides.civilian(a.what())) {
          found = a.what();
        }
        reach = a.start();
      }
      // only when the side nearest the trigger is among them (else it is the attacker)
      if (nearest) {
        return found;
      }
    }
    return null;
  }

  private static boolean inSource(Hit<?> h, List<Attribution> attributions) {
    for (Attribution a : attributions) {
      if (h.start() >= a.srcFrom() && h.start() < a.srcTo()) {
        return true;
      }
    }
    return false;
  }

  /**
   * An actor right after a word of the "frombefore" cues (a "from" that stands before the verb, in
   * verb-final languages), before the trigger and in its clause.
   */
  private static ActorRef fromActorBefore(SentenceScan sc, Hit<Trigger> t) {
    ActorRef found = null;
    for (Hit<ActorRef> a : sc.actors) {
      if (a.end() <= t.start()
          && a.start() > 0
          && sc.anyCue("frombefore", a.start() - 1, a.start())
          && sc.clause[a.start()] == sc.clause[t.start()]) {
        found = a.what();
      }
    }
    return found;
  }

  private static ActorRef actorFrom(SentenceScan sc, int from, int to) {
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= from && a.start() <= to) {
        return a.what();
      }
    }
    return null;
  }

  /**
   * Who took the place of a nominal capture ("the Taliban's capture of X", "les talibans annoncent
   * la prise de X", "the fall of X to the Taliban"): the nearest actor before it, else one right
   * after it in its own clause. An actor of another clause ("..., but accused government forces of
   * ...") is someone else's argument: the document then decides.
   */
  private static ActorRef nominalAgent(SentenceScan sc, Hit<Trigger> t, ActorRef not) {
    ActorRef before = actorBefore(sc, t.start(), not);
    if (before != null) {
      return before;
    }
    int tc = sc.clause[t.start()];
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= t.end()
          && a.start() - t.end() <= PlaceAssigner.PLACE_REACH / 2
          && sc.clause[a.start()] == tc
          && (not == null || !a.what().key().equals(not.key()))) {
        return a.what();
      }
    }
    return null;
  }

  /**
   * The nearest actor ending before {@code pos}, other than {@code not}; an actor inside an
   * apposition (", unique foyer d'opposition au nouveau régime afghan,") only when there is no
   * other.
   */
  private static ActorRef actorBefore(SentenceScan sc, int pos, ActorRef not) {
    ActorRef best = null;
    ActorRef appositive = null;
    for (Hit<ActorRef> a : sc.actors) {
      if (a.end() <= pos
          && (not == null || !a.what().key().equals(not.key()))
          // the last word of a marked object ("... bordering Pakistan را"): not the subject
          && !sc.anyCue("object", a.end(), a.end() + 1)) {
        if (sc.appositive(a.start(), pos)) {
          appositive = a.what();
        } else {
          best = a.what();
        }
      }
    }
    return best != null ? best : appositive;
  }
}

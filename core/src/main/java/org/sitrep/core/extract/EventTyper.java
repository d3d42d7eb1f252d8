package org.sitrep.core.extract;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.CharSpan;
import org.sitrep.model.EventKind;

/**
 * The ACLED sub-event type of a trigger, refined by the codebook from its trigger's default: how a
 * demonstration went, mob violence by a crowd, and violence typed by its target (armed men: a
 * clash; civilians: an attack). Stateless and thread-safe.
 */
final class EventTyper {
  private final Sides sides;

  EventTyper(Sides sides) {
    this.sides = Objects.requireNonNull(sides, "sides");
  }

  /** The sub-event type; null for a change of control (typed later from who took the place). */
  AcledSubEventType subType(List<SentenceScan> scans, SentenceScan sc, Hit<Trigger> t) {
    return subType(scans, sc, t, List.of());
  }

  /**
   * The sub-event type, knowing where the time expressions near the sentence lie ({@code dates}:
   * their capitalised words, "On Monday", "19 August", name nobody).
   */
  AcledSubEventType subType(
      List<SentenceScan> scans, SentenceScan sc, Hit<Trigger> t, List<CharSpan> dates) {
    Trigger tr = t.what();
    AcledSubEventType type = tr.type();
    AcledSubEventType headed = heading(scans, sc);
    if (headed != null) {
      // A report opened by the kind of development it tells ("Property destruction: ...") is of
      // that kind, whatever words of violence it uses to tell it.
      return headed;
    }
    if (type == null) {
      return seizedThing(sc, t);
    }
    if (tr.has(Trigger.VICTIM) && sc.anyCue("arson", Math.max(0, t.start() - 3), t.end() + 3)) {
      // An arson or petrol-bomb attack destroys property: the codebook's property destruction.
      return AcledSubEventType.LOOTING_PROPERTY_DESTRUCTION;
    }
    if (type == AcledSubEventType.ARRESTS && armedGroupStrikes(sc, t)) {
      // People detained by an armed group, not the state: the codebook's abduction.
      return AcledSubEventType.ABDUCTION;
    }
    if ((type == AcledSubEventType.ARRESTS || type == AcledSubEventType.ABDUCTION)
        && killingTold(scans, sc, t)) {
      // Those detained or abducted who are then killed: the killing is the event, an attack on
      // civilians (a clash when those it kills are armed men).
      return storyTarget(scans, sc, t, AcledSubEventType.ATTACK);
    }
    if (type == AcledSubEventType.PEACEFUL_PROTEST) {
      // Demonstrators who turn violent make a violent demonstration whatever the police do; force
      // against a demonstration only counts as excessive when the demonstrators were peaceful.
      if (protestCue(scans, sc, "violent")) {
        return AcledSubEventType.VIOLENT_DEMONSTRATION;
      }
      if (protestCue(scans, sc, "excessive") && !forceIsTheCause(sc, t, "excessive")) {
        return AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
      }
      if (protestCue(scans, sc, "intervention") && !forceIsTheCause(sc, t, "intervention")) {
        return AcledSubEventType.PROTEST_WITH_INTERVENTION;
      }
    }
    if (type == AcledSubEventType.VIOLENT_DEMONSTRATION
        && !demonstrationTold(scans)
        && !riotDemonstrates(sc, t)) {
      // Rioters with no demonstration in the report: the codebook's mob violence.
      return AcledSubEventType.MOB_VIOLENCE;
    }
    if (type == AcledSubEventType.GRENADE && exchangeTold(scans, sc)) {
      // A grenade thrown at men who fire back is one exchange of fire: the codebook's armed clash.
      return AcledSubEventType.ARMED_CLASH;
    }
    AcledSubEventType typed = victimType(sc, t, null);
    if (typed == null) {
      // The target left unnamed ("in an attack"): the one the sentence names for its other acts.
      typed = tr.has(Trigger.VICTIM) ? storyTarget(scans, sc, t, type) : type;
    }
    if (typed == AcledSubEventType.ARMED_CLASH
        && tr.has(Trigger.VICTIM)
        && sc.anyCue("offduty", 0, sc.size())
        && !exchangeTold(scans, sc)) {
      // Armed men struck off duty or at home, and no fire returned: one side acts, an attack.
      typed = AcledSubEventType.ATTACK;
    }
    if (typed == AcledSubEventType.ATTACK && exchangeTold(scans, sc)) {
      // Civilians attacked who, or whose guards, fight back: an exchange of fire is a clash.
      typed = AcledSubEventType.ARMED_CLASH;
    }
    if ((typed == AcledSubEventType.ATTACK
            || typed == AcledSubEventType.ARMED_CLASH
            || typed == AcledSubEventType.LOOTING_PROPERTY_DESTRUCTION)
        && mobJustice(sc)) {
      // A suspected thief or someone accused of witchcraft beaten, burnt or killed by hands no
      // report names as armed or as the state's: the codebook's mob justice, a mob's violence.
      return AcledSubEventType.MOB_VIOLENCE;
    }
    // A crowd that kills, fights or destroys property is a mob (the codebook's riots), not an
    // armed group's attack, clash or looting.
    if ((typed == AcledSubEventType.ATTACK
            || typed == AcledSubEventType.ARMED_CLASH
            || typed == AcledSubEventType.LOOTING_PROPERTY_DESTRUCTION)
        && crowdStrikes(sc, t, dates)) {
      return AcledSubEventType.MOB_VIOLENCE;
    }
    return typed;
  }

  /**
   * The type of the heading ("Arrests:", "Movement of forces:") that opens this sentence or one of
   * the two before it, the nearest; null when none does.
   */
  private static AcledSubEventType heading(List<SentenceScan> scans, SentenceScan sc) {
    for (int k = sc.index; k >= 0 && k >= sc.index - 2; k--) {
      SentenceScan o = scans.get(k);
      for (Hit<Trigger> h : o.triggers) {
        if (h.what().has(Trigger.HEADING) && TriggerFilter.isHeading(o, h)) {
          return h.what().type();
        }
      }
    }
    return null;
  }

  /**
   * What a word of taking ("seized", "captured") took, when it is no place: goods (a vehicle,
   * cattle, drugs) make looting, armed men taken in a fight a clash; null (a change of control)
   * otherwise.
   */
  private static AcledSubEventType seizedThing(SentenceScan sc, Hit<Trigger> t) {
    if (t.what().has(Trigger.AFTER_NEXT)) {
      // "fell to the fighters": the words after the verb name the new holder, not a thing taken
      return null;
    }
    int tc = sc.clause[t.start()];
    // "three militants were killed, injured or captured": armed men taken, told in the passive
    // (over the commas of a list of verbs)
    for (int i = t.start() - 1; i >= 0 && i >= t.start() - 8; i--) {
      if (startsCue(sc, "captive", i)) {
        if (sc.anyCue("passive", i + 1, t.start())) {
          return AcledSubEventType.ARMED_CLASH;
        }
        break;
      }
    }
    for (int i = t.end();
        i < sc.size() && i < t.end() + 6 && sc.clause[i] == tc && !agentAt(sc, i);
        i++) {
      for (Hit<PlaceMention> p : sc.places) {
        if (p.start() == i) {
          return null; // a place is taken: territory
        }
      }
      if (startsCue(sc, "goods", i)) {
        return AcledSubEventType.LOOTING_PROPERTY_DESTRUCTION;
      }
      if (i < t.end() + 3 && startsCue(sc, "captive", i)) {
        return AcledSubEventType.ARMED_CLASH;
      }
    }
    return null;
  }

  private static boolean startsCue(SentenceScan sc, String category, int i) {
    for (Hit<Cue> h : sc.cues(category)) {
      if (h.start() == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type the other violent words of the story give by their targets: those of the sentence
   * first, then of the two sentences before and after; {@code type} when none names a target.
   */
  private AcledSubEventType storyTarget(
      List<SentenceScan> scans, SentenceScan sc, Hit<Trigger> t, AcledSubEventType type) {
    for (int d = 0; d <= 2; d++) {
      for (int k : d == 0 ? new int[] {sc.index} : new int[] {sc.index + d, sc.index - d}) {
        if (k < 0 || k >= scans.size()) {
          continue;
        }
        SentenceScan o = scans.get(k);
        for (Hit<Trigger> u : o.triggers) {
          if (u == t || !u.what().has(Trigger.VICTIM)) {
            continue;
          }
          AcledSubEventType byIt = victimType(o, u, null);
          if (byIt != null) {
            return byIt;
          }
        }
      }
    }
    return type;
  }

  /**
   * Whether the sentence or the next two (and the one before, when this one names no place) tell of
   * an exchange of fire or a clash ({@code exchange} cues: "exchanged fire", "a gun battle",
   * "fought back", "clashed"), not negated.
   */
  private static boolean exchangeTold(List<SentenceScan> scans, SentenceScan sc) {
    // A sentence that names no place of its own goes on with the story of the one before.
    int from = sc.places.isEmpty() ? Math.max(0, sc.index - 1) : sc.index;
    for (int k = from; k < scans.size() && k <= sc.index + 2; k++) {
      SentenceScan o = scans.get(k);
      for (Hit<Cue> h : o.cues("exchange")) {
        if (!o.anyCue("negation", Math.max(0, h.start() - 3), h.start())
            && !tiedToAnotherHappening(o, h.start())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the clause of an exchange cue ties it to another happening, earlier or apart ("related
   * to clashes between two clans", "in retaliation for a gun battle"): that fighting is no exchange
   * of fire in the act told here.
   */
  private static boolean tiedToAnotherHappening(SentenceScan sc, int at) {
    int from = at;
    while (from > 0 && sc.clause[from - 1] == sc.clause[at]) {
      from--;
    }
    return sc.anyCue("prior", from, at);
  }

  /**
   * Whether a riot is itself a demonstration: its grievance follows it ("rioted over fees", "rioted
   * when the results were announced", "calling for their release"), or those who riot are the
   * members of an institution or a ballot who demonstrate against it (students, pupils, voters,
   * inmates, workers: "students rioted", "rioting voters"). Rioters of no such kind with no
   * grievance told stay a mob.
   */
  private static boolean riotDemonstrates(SentenceScan sc, Hit<Trigger> t) {
    for (Hit<Trigger> u : sc.triggers) {
      if (u.what().type() == AcledSubEventType.MOB_VIOLENCE) {
        return false; // the report calls them a mob, or they lynch: a mob whatever its grievance
      }
    }
    if (sc.anyCue("grievance", t.end(), Math.min(sc.size(), t.end() + 8))) {
      return true;
    }
    if (sc.anyCue("constituency", t.end(), Math.min(sc.size(), t.end() + 1))) {
      return true; // "rioting voters"
    }
    // "students rioted": the subject, before any other act of the clause ("attacked health workers
    // by throwing stones" names workers as the target)
    int tc = sc.clause[t.start()];
    int from = t.start();
    while (from > 0 && sc.clause[from - 1] == tc && from > t.start() - 10) {
      from--;
    }
    for (Hit<Cue> h : sc.cues("constituency")) {
      if (h.start() >= from && h.end() <= t.start()) {
        for (Hit<Trigger> u : sc.triggers) {
          if (u != t && u.start() < h.start() && u.end() > from) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether the report tells of a demonstration (a protest, march or rally) anywhere. */
  private static boolean demonstrationTold(List<SentenceScan> scans) {
    for (SentenceScan sc : scans) {
      for (Hit<Trigger> t : sc.triggers) {
        if (t.what().type() == AcledSubEventType.PEACEFUL_PROTEST) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A cue of how a demonstration went, in its sentence or in the next two that report nothing else
   * ("Traders marched in X. They burned tyres."), as short reports tell it.
   */
  private static boolean protestCue(List<SentenceScan> scans, SentenceScan sc, String category) {
    if (!sc.cues(category).isEmpty()) {
      return true;
    }
    for (int k = sc.index + 1; k < scans.size() && k <= sc.index + 2; k++) {
      SentenceScan next = scans.get(k);
      if ((category.equals("violent") || category.equals("excessive"))
          && next.places.isEmpty()
          && affirmed(next, category)) {
        // No place of its own: it goes on with the protest's story, and tells its violence
        // ("They fought running battles with the police.") or the force used on it ("Police
        // shot one of them dead.") whatever other acts it names.
        return true;
      }
      for (Hit<Trigger> t : next.triggers) {
        EventKind kind = t.what().type() == null ? null : t.what().type().defaultKind();
        if (!t.what().has(Trigger.WEAK)
            && kind != EventKind.PROTEST
            && kind != EventKind.RIOT
            && t.what().type() != AcledSubEventType.ARRESTS) {
          return false;
        }
      }
      if (!next.cues(category).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a killing is told with the act, not as its cause ("arrested on suspicion of killing"):
   * in its sentence, or in the next two that name no place of their own ("Their bodies were found
   * the next day.").
   */
  private static boolean killingTold(List<SentenceScan> scans, SentenceScan sc, Hit<Trigger> t) {
    for (Hit<Cue> k : sc.cues("killed")) {
      boolean cause =
          k.start() >= t.end()
              ? sc.anyCue("cause", t.end(), k.start())
              : sc.anyCue("consequence", k.end(), t.start());
      if (!cause && !sc.anyCue("negation", Math.max(0, k.start() - 6), k.start())) {
        return true;
      }
    }
    for (int i = sc.index + 1; i < scans.size() && i <= sc.index + 2; i++) {
      SentenceScan next = scans.get(i);
      if (!next.places.isEmpty()) {
        break;
      }
      if (affirmed(next, "killed")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every force (or intervention: an arrest) the protest's sentence tells is what the
   * protest is about, not what met it: told after a word of cause that follows the protest
   * ("protested after police shot a driver", "demanding the release of"), or before a word of
   * consequence that leads to it ("police shot a tout, sparking protests").
   */
  private static boolean forceIsTheCause(SentenceScan sc, Hit<Trigger> t, String category) {
    List<Hit<Cue>> force = sc.cues(category);
    if (force.isEmpty()) {
      return false;
    }
    for (Hit<Cue> f : force) {
      boolean cause =
          f.start() >= t.end()
              ? sc.anyCue("cause", t.end(), f.start())
              : sc.anyCue("consequence", f.end(), t.start());
      if (!cause) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a cue of the category stands in the sentence not negated ("no clashes with police").
   */
  private static boolean affirmed(SentenceScan sc, String category) {
    for (Hit<Cue> h : sc.cues(category)) {
      if (!sc.anyCue("negation", Math.max(0, h.start() - 6), h.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the one who acts is an armed group and no state force: the subject of an active verb in
   * its clause, or the agent after "by" of a passive one.
   */
  private boolean armedGroupStrikes(SentenceScan sc, Hit<Trigger> t) {
    int tc = sc.clause[t.start()];
    boolean passive = passive(sc, t);
    int from;
    int to;
    if (passive) {
      from = agentAfter(sc, t);
      if (from == Integer.MAX_VALUE) {
        return false;
      }
      to = Math.min(sc.size(), from + 6);
    } else {
      int after = t.end();
      if (after >= sc.size()
          || sc.isPunctuation(after)
          || sc.cues("bare").stream().anyMatch(h -> h.start() == after)) {
        return false; // "militants arrested in X": a bare participle, the words before are held
      }
      from = t.start();
      while (from > 0 && sc.clause[from - 1] == tc && from > t.start() - 10) {
        from--;
      }
      to = t.start();
    }
    if (sc.anyCue("stateforce", from, to)) {
      return false;
    }
    boolean armed = sc.anyCue("armed", from, to);
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= from && a.end() <= to && sides.known(a.what())) {
        Actor x = sides.actor(a.what());
        // a group that is, or became, a government detains: its arrests stay arrests
        if (sides.stateForces(a.what())
            || x != null && (!x.type().equals("non_state") || x.stateFrom() != null)) {
          return false;
        }
        armed |= sides.armed(a.what());
      }
    }
    return armed;
  }

  /**
   * Whether the ones who strike are a crowd (residents, supporters, youths, a mob) and no armed
   * group: the codebook's mob violence. They are the subject of an active verb, the agent after
   * "by" of a passive one, or the parties of a clash.
   */
  private boolean crowdStrikes(SentenceScan sc, Hit<Trigger> t, List<CharSpan> dates) {
    int tc = sc.clause[t.start()];
    boolean passive = passive(sc, t);
    // A clash has two parties and no striker: a crowd that fights the police or another crowd.
    boolean clash =
        t.what().type() == AcledSubEventType.ARMED_CLASH && !t.what().has(Trigger.VICTIM);
    int from;
    int to;
    if (passive && !clash) {
      from = t.end();
      while (from < sc.size() && from < t.end() + 6 && !agentAt(sc, from)) {
        from++;
      }
      to = Math.min(sc.size(), from + 6);
    } else {
      from = t.start();
      while (from > 0 && sc.clause[from - 1] == tc && from > t.start() - 15) {
        from--;
      }
      to = clash ? Math.min(sc.size(), t.end() + 8) : t.start();
    }
    if (from >= to || sc.anyCue("armed", from, to)) {
      return false;
    }
    if (!sc.anyCue("crowd", from, to)) {
      return clash && unnamedSideMeetsTheState(sc, t, from, to, dates);
    }
    if (!clash && sc.anyCue("stateforce", from, to)) {
      return false; // the police who beat someone are no mob
    }
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= from
          && a.end() <= to
          && sides.known(a.what())
          && !sides.civilian(a.what())
          && !(clash && sides.stateForces(a.what()))
          && !crowdOf(sc, a)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the sentence tells of violence on a suspected thief or over witchcraft ({@code
   * mobjustice} cues) with no armed man, no shooting and no state force in it.
   */
  private boolean mobJustice(SentenceScan sc) {
    if (sc.cues("mobjustice").isEmpty()
        || sc.anyCue("armed", 0, sc.size())
        || sc.anyCue("shooting", 0, sc.size())
        || sc.anyCue("stateforce", 0, sc.size())) {
      return false;
    }
    for (Hit<ActorRef> a : sc.actors) {
      if (sides.known(a.what()) && !sides.civilian(a.what())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a clash ({@code brawl} words, which name no weapon) is between the state's forces and a
   * side the sentence leaves unnamed, with no arms or shooting told ("one died in clashes with
   * police in X", "people clashed with officers"): the codebook's rioters, not an armed group. An
   * armed word, a shot, an armed man of no state force ("gang members", "bandits") or a group named
   * that is neither the state nor civilians makes it a clash.
   */
  private boolean unnamedSideMeetsTheState(
      SentenceScan sc, Hit<Trigger> t, int from, int to, List<CharSpan> dates) {
    if (!sc.anyCue("stateforce", from, to)
        || !covered(sc.cues("brawl"), t.start())
        || sc.anyCue("armed", 0, sc.size())
        || sc.anyCue("shooting", 0, sc.size())) {
      return false;
    }
    if (namesSomeoneElse(sc, from, to, dates)) {
      return false;
    }
    for (Hit<Cue> h : sc.cues("combatant")) {
      if (!sc.anyCue("stateforce", h.start(), h.end())) {
        return false;
      }
    }
    for (Hit<ActorRef> a : sc.actors) {
      if (!sides.stateForces(a.what()) && !sides.civilian(a.what())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a capitalised word of the span names a side the lexicons do not know ("GNA and LNA
   * forces", "Imbonerakure"): not a place, a time expression, a state's forces, a country
   * adjective, nor the sentence's first word when that is a function word, a number or a word of
   * people.
   */
  private boolean namesSomeoneElse(SentenceScan sc, int from, int to, List<CharSpan> dates) {
    for (int j = from; j < to; j++) {
      // "pro-Houthi", "al-Shabaab": a capital inside the word names someone too
      if (sc.tokens.get(j).text().chars().noneMatch(Character::isUpperCase)) {
        continue;
      }
      final int at = j;
      CharSpan w = sc.tokens.get(at).span();
      if (dates.stream().anyMatch(d -> d.start() <= w.start() && w.end() <= d.end())) {
        continue; // a month or a weekday
      }
      if (at == 0
          && (sc.lex.functionWords().contains(sc.norm.get(at))
              || sc.numbers.stream().anyMatch(n -> n.start() <= at && at < n.end())
              || covered(sc.cues("civilian"), at)
              || covered(sc.cues("crowd"), at))) {
        continue;
      }
      if (sc.allPlaces.stream().anyMatch(p -> p.start() <= at && at < p.end())
          || sc.actors.stream()
              .anyMatch(a -> a.start() <= at && at < a.end() && sides.stateForces(a.what()))
          || covered(sc.cues("stateforce"), at)
          || covered(sc.cues("demonym"), at)) {
        continue;
      }
      return true;
    }
    return false;
  }

  private static boolean covered(List<Hit<Cue>> hits, int at) {
    for (Hit<Cue> h : hits) {
      if (h.start() <= at && at < h.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor names whose crowd it is ("supporters of the ODM", "two factions of the
   * coalition", {@code crowdof} cues just before it): a party's supporters are rioters, not the
   * party's armed wing.
   */
  private static boolean crowdOf(SentenceScan sc, Hit<ActorRef> a) {
    for (Hit<Cue> h : sc.cues("crowdof")) {
      if (h.end() <= a.start() && a.start() - h.end() <= 4) {
        return true;
      }
    }
    return false;
  }

  private AcledSubEventType victimType(SentenceScan sc, Hit<Trigger> t, AcledSubEventType type) {
    Trigger tr = t.what();
    if (tr.has(Trigger.VICTIM)) {
      AcledSubEventType byTarget = byTarget(sc, t);
      if (byTarget != null) {
        return byTarget;
      }
      boolean passive = passive(sc, t);
      // The agent after "by" ("killed by", "an attack blamed on") is the one who strikes.
      int agent = agentAfter(sc, t);
      int civ = nearest(victimSide(civilians(sc), t, passive, agent), t);
      int com = nearest(victimSide(combatants(sc), t, passive, agent), t);
      for (Hit<ActorRef> a : sc.actors) {
        if (!passive && a.end() <= t.start() || a.start() >= agent) {
          continue; // the subject of an active verb is the one who strikes, not the target
        }
        int d = Hits.distance(a, t);
        if (sides.civilian(a.what())) {
          civ = Math.min(civ, d);
        } else {
          com = Math.min(com, d);
        }
      }
      if (civ < com) {
        return AcledSubEventType.ATTACK;
      }
      if (com < civ) {
        return AcledSubEventType.ARMED_CLASH;
      }
    }
    return type;
  }

  /**
   * Violence typed by its target, as the codebook does: on armed men (soldiers, police, militants,
   * their positions) it is an armed clash, on civilians an attack. The target is the object of an
   * active verb ("gunmen shot two herders") or the subject of a passive or bare participle ("two
   * soldiers were killed", "three teachers killed"); null when it names neither.
   */
  private AcledSubEventType byTarget(SentenceScan sc, Hit<Trigger> t) {
    int tc = sc.clause[t.start()];
    boolean passive = passive(sc, t);
    int after = t.end();
    if (!passive && after < sc.size() && sc.clause[after] == tc) {
      int to = after;
      while (to < sc.size() && to < after + 8 && sc.clause[to] == tc && !agentAt(sc, to)) {
        to++;
      }
      AcledSubEventType a = targetIn(sc, after, to);
      if (a != null) {
        return a;
      }
    }
    int from = t.start();
    while (from > 0 && sc.clause[from - 1] == tc && from > t.start() - 8) {
      from--;
    }
    // Without "was" the words before are the target only when nothing follows as an object:
    // "three teachers killed in X", not "gunmen beat a thief".
    boolean bare =
        after >= sc.size()
            || sc.isPunctuation(after)
            || sc.clause[after] != tc
            || sc.cues("bare").stream().anyMatch(h -> h.start() == after);
    return passive || bare && !subjectActs(sc, from, t.start())
        ? targetIn(sc, from, t.start())
        : null;
  }

  /**
   * Whether the verb is passive: after "was", "were" ("were killed by"), or a bare participle that
   * "by" follows, as headlines write it ("three militants killed by police").
   */
  private static boolean passive(SentenceScan sc, Hit<Trigger> t) {
    return sc.anyCue("passive", Math.max(0, t.start() - 3), t.start())
        || t.end() < sc.size() && agentAt(sc, t.end()) && !gapped(t.what());
  }

  /**
   * Whether the trigger is a phrase with a gap ("body .. found"): it ends in a word of finding, and
   * the "by" after it names who found, not who struck.
   */
  private static boolean gapped(Trigger tr) {
    return tr.pattern().parts().stream().anyMatch(p -> p.contains(".."));
  }

  private static boolean agentAt(SentenceScan sc, int i) {
    for (Hit<Cue> h : sc.cues("agent")) {
      if (h.start() == i) {
        return true;
      }
    }
    return false;
  }

  /** Whether an actor that is not a victim word stands before the verb: it is the subject. */
  private boolean subjectActs(SentenceScan sc, int from, int to) {
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= from && a.end() <= to && !sides.civilian(a.what())) {
        return true;
      }
    }
    return false;
  }

  private AcledSubEventType targetIn(SentenceScan sc, int from, int to) {
    boolean civ = civilians(sc).stream().anyMatch(h -> h.start() >= from && h.start() < to);
    boolean com = combatants(sc).stream().anyMatch(h -> h.start() >= from && h.start() < to);
    for (Hit<ActorRef> a : sc.actors) {
      if (a.start() >= from && a.end() <= to) {
        if (sides.civilian(a.what())) {
          civ = true;
        } else {
          com = true;
        }
      }
    }
    if (civ == com) {
      return null;
    }
    return civ ? AcledSubEventType.ATTACK : AcledSubEventType.ARMED_CLASH;
  }

  /**
   * The hits that may name the target: not the subject of an active verb, nor the agent of a
   * passive one.
   */
  /**
   * The civilian words of a sentence, less those an armed kind qualifies ("an al Shabaab suspect",
   * "terror suspects", "a gang member"): those name armed men.
   */
  private static List<Hit<Cue>> civilians(SentenceScan sc) {
    return sc.cues("civilian").stream().filter(h -> !armedKindBefore(sc, h)).toList();
  }

  /** The combatant words of a sentence, and the civilian words an armed kind qualifies. */
  private static List<Hit<Cue>> combatants(SentenceScan sc) {
    List<Hit<Cue>> out = new java.util.ArrayList<>(sc.cues("combatant"));
    for (Hit<Cue> h : sc.cues("civilian")) {
      if (armedKindBefore(sc, h)) {
        out.add(h);
      }
    }
    return out;
  }

  private static boolean armedKindBefore(SentenceScan sc, Hit<Cue> h) {
    for (Hit<Cue> k : sc.cues("armedkind")) {
      if (k.end() == h.start()) {
        return true;
      }
    }
    return false;
  }

  private static List<Hit<Cue>> victimSide(
      List<Hit<Cue>> hits, Hit<Trigger> t, boolean passive, int agent) {
    return passive
        ? hits.stream().filter(h -> h.start() < agent).toList()
        : hits.stream().filter(h -> h.start() >= t.end() && h.start() < agent).toList();
  }

  /** Where the "by" of a passive verb stands in its clause, within six words; else no bound. */
  private static int agentAfter(SentenceScan sc, Hit<Trigger> t) {
    int tc = sc.clause[t.start()];
    for (int i = t.end(); i < sc.size() && i < t.end() + 6 && sc.clause[i] == tc; i++) {
      if (agentAt(sc, i)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static int nearest(List<? extends Hit<?>> hits, Hit<?> t) {
    int best = Integer.MAX_VALUE;
    for (Hit<?> h : hits) {
      best = Math.min(best, Hits.distance(h, t));
    }
    return best;
  }
}

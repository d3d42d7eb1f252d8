package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.time.TimeAnchors;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;

/**
 * One event per happening: the acts one story tells at one place fold into the one that takes in
 * the others by the codebook, mentions of the same happening merge (contradictory claims both
 * survive, disputed), a generic "attack" folds into the explosion it names, and a denial disputes
 * what happened at its place. Stateless and thread-safe.
 */
final class Merger {
  private final Sides sides;

  Merger(Sides sides) {
    this.sides = Objects.requireNonNull(sides, "sides");
  }

  /**
   * One sentence that reports several kinds of violence at one place reports one event, of the type
   * that takes in the others by the codebook (a protest and its arrests, a mob and its killing, a
   * clash and its mortars): the others are dropped, their casualties kept. So are the acts of the
   * next sentences that continue the story at the same place.
   */
  void absorbWithinSentences(List<Candidate> live) {
    Absorbs table = Absorbs.standard();
    // Only the same sentence and the next two can be absorbed: look them up by sentence rather
    // than over the whole document, which was quadratic in its length (issue 17).
    Map<Integer, List<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < live.size(); i++) {
      bySentence.computeIfAbsent(live.get(i).scan.index, k -> new ArrayList<>()).add(i);
    }
    for (Candidate w : live) {
      if (w.drop) {
        continue;
      }
      List<Integer> near = new ArrayList<>();
      for (int d = 0; d <= 2; d++) {
        near.addAll(bySentence.getOrDefault(w.scan.index + d, List.of()));
      }
      near.sort(null);
      for (int oi : near) {
        Candidate o = live.get(oi);
        // The same sentence, or a later one that names no place of its own and goes on telling
        // the story ("They burned tyres.").
        boolean later = o.scan.index > w.scan.index && o.scan.index <= w.scan.index + 2;
        boolean story =
            o.scan == w.scan
                || later && o.carried
                // "Police arrested two suspects." after the act, at its place: its sequel.
                || later && o.type == AcledSubEventType.ARRESTS && w.place != null
                // "They called for better pay.": what the act before was about, told with no place.
                || later && o.type == AcledSubEventType.OTHER && o.place == null;
        // A lockdown or a movement of forces told around an act is its background, wherever.
        boolean background =
            o.type == AcledSubEventType.CHANGE_TO_GROUP_ACTIVITY && (o.scan == w.scan || later);
        if (later && turnsViolent(w, o)) {
          // "Students protested in X. They stoned cars." One demonstration, which turned violent:
          // the codebook's violent demonstration, told where the protest is.
          w.type = AcledSubEventType.VIOLENT_DEMONSTRATION;
        }
        if (o == w
            || o.drop
            || o.trig.what().has(Trigger.APART)
            || !story && !background
            || !table.absorbs(w.type, o.type)
            // weapons seized after the fighting are its sequel; arms recovered before it are not
            || o.type == AcledSubEventType.DISRUPTED_WEAPONS_USE
                && o.scan == w.scan
                && o.trig.start() < w.trig.start()
            || !background
                && o.place != null
                && w.place != null
                && !samePlace(w.placeObj(), o.placeObj())) {
          continue;
        }
        o.drop = true;
        if (w.fatalities == Fatalities.NONE) {
          w.fatalities = o.fatalities;
        }
        // Who made the arrests or fired on the crowd is the other side of the protest.
        if (w.actors2.isEmpty()) {
          for (ActorRef a : o.actors1) {
            if (w.actors1.stream().noneMatch(x -> x.key().equals(a.key()))) {
              Sides.add(w.actors2, a);
              break;
            }
          }
        }
      }
    }
    live.removeIf(c -> c.drop);
  }

  /**
   * "Residents said the attack was carried out by bandits.", "Two died in the clashes.": a word
   * that names a happening told in the sentence or two before ("the attack", "ces affrontements")
   * is that happening, whatever type its own word suggests, when it names no other place than the
   * happening's or one inside it (then the happening is there, the more precise place). Runs after
   * {@link #absorbWithinSentences}, so that the later sentence's own acts are folded first.
   */
  void foldBackReferences(List<Candidate> live) {
    for (Candidate o : live) {
      if (!refersBack(o)) {
        continue;
      }
      Candidate into = null;
      for (Candidate w : live) {
        if (w != o
            && !w.drop
            && tolled(w)
            && w.scan.index < o.scan.index
            && w.scan.index >= o.scan.index - 2
            && (o.carried
                || o.place == null
                || w.place != null && samePlace(w.placeObj(), o.placeObj()))
            && (into == null || w.scan.index > into.scan.index)) {
          into = w; // the nearest telling before it
        }
      }
      if (into == null) {
        continue;
      }
      o.drop = true;
      if (!o.carried && finer(o.placeObj(), into.placeObj())) {
        // "The fighting took place in X village": the happening is where the later words say.
        into.place = o.place;
        into.carried = false;
      }
      absorb(into, o);
    }
    live.removeIf(c -> c.drop);
  }

  /**
   * Whether the candidate's trigger is an event noun after a definite word ("the attack", "these
   * clashes", "l'attaque"): a happening the text has already told.
   */
  private static boolean refersBack(Candidate o) {
    int t = o.trig.start();
    return t > 0
        && o.trig.what().type() != null
        && o.kind() != EventKind.TERRITORY
        && o.kind() != EventKind.STATEMENT
        && o.scan.anyCue("anaphor", t - 1, t);
  }

  /** An act with a toll of its own: violence, a clash, an explosion, a protest or a riot. */
  private static boolean tolled(Candidate c) {
    EventKind k = c.kind();
    return k != EventKind.TERRITORY && k != EventKind.STATEMENT && k != EventKind.OTHER;
  }

  /** {@code a} lies inside {@code b} (a village of the district the story named). */
  private static boolean finer(Place a, Place b) {
    return a != null && b != null && inside(a, b);
  }

  /**
   * A place taken by force in the sentence that tells the fighting ("attacked the village and took
   * it after a brief fight"): the codebook codes that battle as the change of territory, while
   * reports and readers count the fighting apart. The fighting stays an event, marked as taken in
   * by the capture, which makes it less sure than the capture (its confidence). Runs once captures
   * are typed; the same sentence, or the two before when the capture ends the story they tell
   * ("Fighters attacked X. They took control of the town after hours of fighting."), and the same
   * place.
   */
  void markTakenInByCaptures(List<Candidate> live) {
    Absorbs table = Absorbs.standard();
    for (Candidate w : live) {
      if (w.type != AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY
          && w.type != AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) {
        continue;
      }
      for (Candidate o : live) {
        if (o != w
            && (o.scan == w.scan || o.scan.index < w.scan.index && o.scan.index >= w.scan.index - 2)
            && table.absorbs(w.type, o.type)
            && (o.place == null || w.place == null || samePlace(w.placeObj(), o.placeObj()))) {
          o.takenIn = true;
          w.endsFight |= o.scan != w.scan && !o.carried;
        }
      }
    }
  }

  /**
   * Whether {@code o}, a sentence or two after the protest {@code w} and in its story (no place of
   * its own, or the protest's place on its day), tells of the demonstrators' violence: a riot, or a
   * crowd's clash, beating or destruction (not a lynching, which is a mob's own act).
   */
  private static boolean turnsViolent(Candidate w, Candidate o) {
    if (w.kind() != EventKind.PROTEST
        || o.drop
        || o.type != AcledSubEventType.VIOLENT_DEMONSTRATION
            && (o.type != AcledSubEventType.MOB_VIOLENCE
                || o.trig.what().type() == AcledSubEventType.MOB_VIOLENCE)) {
      return false;
    }
    return o.carried
        || w.place == null && o.place == null
        || w.place != null
            && o.place != null
            && samePlace(w.placeObj(), o.placeObj())
            && w.date.value().overlaps(o.date.value());
  }

  /** One event per happening: mentions of the same happening in one document become one. */
  List<Candidate> merge(List<Candidate> live) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : live) {
      Candidate into = null;
      for (Candidate o : out) {
        if (same(o, c)) {
          into = o;
          break;
        }
      }
      if (into == null) {
        out.add(c);
        continue;
      }
      if (c.kind() == EventKind.TERRITORY
          && known(into.after)
          && known(c.after)
          && !sides.sameSide(into.after, c.after)) {
        // Contradictory claims about one place both survive, both disputed; unless one is a day
        // inside the other's wider span ("fell within the week", "retaken on Monday"): then they
        // are a sequence, each as its sources say.
        if (!dayWithin(into.date.value(), c.date.value())
            && !dayWithin(c.date.value(), into.date.value())) {
          into.status = ClaimStatus.DISPUTED;
          c.status = ClaimStatus.DISPUTED;
        }
        out.add(c);
        continue;
      }
      if (c.kind() == EventKind.TERRITORY && !c.carried && nestedInSentence(into, c)) {
        // "took posts in province X, and took district Y" (Y in X): two acts of one sentence.
        out.add(c);
        continue;
      }
      if (c.kind() == EventKind.TERRITORY && !c.carried && finer(c.placeObj(), into.placeObj())) {
        // "Seven districts of X fell" then "districts A, B and C fell": the province is where the
        // districts are; the first district named is the happening's place, and the next ones,
        // not inside it, stay happenings of their own.
        into.place = c.place;
        into.carried = false;
      }
      absorb(into, c);
    }
    return out;
  }

  /**
   * "The attack killed 40", "l'attaque a fait 89 morts" after a bombing or a strike at that place
   * and time: the generic word names the explosion already found, not another happening.
   */
  List<Candidate> foldGenericAttacks(List<Candidate> merged) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate g : merged) {
      boolean generic =
          g.trig.what().has(Trigger.VICTIM)
              && (g.kind() == EventKind.CLASH || g.kind() == EventKind.VIOLENCE);
      Candidate into = null;
      for (Candidate e : merged) {
        // A later sentence refers back, or the word names the explosion itself ("a bombing
        // attack", "l'attaque de drones"); in "attacked ... using grenades and suicide bombs" the
        // attack is the happening and the weapons its means.
        boolean refers =
            e.scan.index < g.scan.index || e.scan == g.scan && Hits.distance(e.trig, g.trig) <= 2;
        if (generic
            && e != g
            && refers
            && e.kind() == EventKind.EXPLOSION
            && e.placeObj() != null
            && samePlace(e.placeObj(), g.placeObj())
            && e.date.value().overlaps(g.date.value())) {
          into = e;
          break;
        }
        // A report that opens on "the attack", with no day of its own, and tells in its next
        // sentences who was killed on which day: the opening names the happening the body dates.
        boolean lead =
            generic
                && published(g.date)
                && !published(e.date)
                && e.scan.index > g.scan.index
                && e.scan.index <= g.scan.index + LEAD_REACH;
        if (lead
            && e != g
            && (e.kind() == EventKind.VIOLENCE
                || e.kind() == EventKind.CLASH
                || e.kind() == EventKind.EXPLOSION)
            && e.placeObj() != null
            && samePlace(e.placeObj(), g.placeObj())
            && headlineAndBody(e, g)) {
          into = e;
          break;
        }
      }
      if (into == null) {
        out.add(g);
      } else {
        absorb(into, g);
      }
    }
    return out;
  }

  /**
   * Whether {@code into}, or a mention merged into it, was told in {@code c}'s sentence at a place
   * that holds {@code c}'s or lies inside it (another place of one sentence, not a restatement).
   */
  private static boolean nestedInSentence(Candidate into, Candidate c) {
    List<Candidate> told = new ArrayList<>(into.mergedFrom);
    told.add(into);
    for (Candidate m : told) {
      if (m.scan == c.scan
          && !m.carried
          && (finer(c.placeObj(), m.placeObj()) || finer(m.placeObj(), c.placeObj()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean known(ActorRef a) {
    return a != null;
  }

  private static boolean same(Candidate a, Candidate b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    if (!samePlace(a.placeObj(), b.placeObj()) && !unlocatedHeading(a) && !unlocatedHeading(b)) {
      return false;
    }
    if (a.kind() == EventKind.TERRITORY) {
      // A later mention whose date is only inherited from an earlier sentence ("... captured the
      // capital of Kunduz.") is the same capture, whatever day it inherited.
      boolean inherited =
          a.date.how().equals(TimeAnchors.PREVIOUS) || b.date.how().equals(TimeAnchors.PREVIOUS);
      // A headline dated by the issue and the body's own day a few days before it, at one place:
      // one capture.
      return a.placeId() != null
          && (a.date.value().overlaps(b.date.value())
              || (inherited || headlineAndBody(a, b)) && a.placeId().equals(b.placeId()));
    }
    if (!a.date.value().overlaps(b.date.value()) && !headlineAndBody(a, b)) {
      return false;
    }
    if (a.type != b.type) {
      return false;
    }
    if (a.kind() == EventKind.STATEMENT || a.kind() == EventKind.OTHER) {
      return a.scan == b.scan;
    }
    // Two unlocated mentions of one type in a document that locates nothing: one happening.
    return a.placeId() != null
        || a.scan == b.scan
        || a.place == null && b.place == null
        || unlocatedHeading(a)
        || unlocatedHeading(b);
  }

  /**
   * A mention dated only by the issue's day (a headline: "Drone strike kills nine") and one dated
   * by its own words a few days before it, at one place: the headline tells of the same happening.
   */
  private static boolean headlineAndBody(Candidate a, Candidate b) {
    if (published(a.date) == published(b.date) || a.placeId() == null) {
      return false;
    }
    DateInterval issue = published(a.date) ? a.date.value() : b.date.value();
    DateInterval told = published(a.date) ? b.date.value() : a.date.value();
    return !told.to().isAfter(issue.to())
        && !told.to().isBefore(issue.from().minusDays(HEADLINE_DAYS));
  }

  /** A heading that names no place ("Fighters kill official"): its paragraph tells where. */
  private static boolean unlocatedHeading(Candidate c) {
    return c.place == null && c.scan.heading();
  }

  /** How many sentences below a dateless generic attack its dated account may come. */
  private static final int LEAD_REACH = 2;

  /** How many days before the issue a headline's happening may lie. */
  private static final int HEADLINE_DAYS = 3;

  /** The same place, or one inside the other (the Panjshir valley and the Panjshir province). */
  static boolean samePlace(Place a, Place b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.id().equals(b.id()) || inside(a, b) || inside(b, a);
  }

  private static boolean inside(Place a, Place b) {
    return !a.id().equals(b.id()) && (b.id().equals(a.admin1Id()) || b.id().equals(a.admin2Id()));
  }

  private static void absorb(Candidate into, Candidate c) {
    into.more.addAll(c.more);
    if (into.place == null && c.place != null) {
      // An unlocated heading and the sentence below it that says where.
      into.place = c.place;
      into.carried = c.carried;
    }
    // The outlet's own summary and a sourced detail of the same happening: the source is known.
    // (a detail only said to have happened, "were reported to have been wounded", does not make
    // the outlet's own account of the happening uncertain)
    // So is a source that tells of the very place in its own sentence over the article's credit
    // line (the ministry that claims the crossing, in a page relayed from a radio); one that tells
    // of the province around it may not be telling of this happening.
    boolean ownWordsOfThePlace =
        into.credited && !c.credited && c.placeId() != null && c.placeId().equals(into.placeId());
    // A lead that says the happening was only "reportedly" so, with no source, and a sentence that
    // names the source telling of it: the source is the one the hedge pointed to.
    boolean hearsayOfThisSource = into.status == ClaimStatus.HEDGED && into.attributedTo == null;
    if (((into.status == ClaimStatus.ASSERTED || ownWordsOfThePlace)
                && (c.attributedTo != null || c.status == ClaimStatus.REPORTED)
            || hearsayOfThisSource && c.attributedTo != null)
        && c.status != ClaimStatus.HEDGED) {
      into.status = c.status;
      into.attributedTo = c.attributedTo;
      into.attributionSpan = c.attributionSpan;
      into.credited = c.credited;
    }
    if (into.after == null) {
      into.after = c.after;
    }
    if (into.before == null) {
      into.before = c.before;
    }
    c.actors1.forEach(a -> Sides.add(into.actors1, a));
    if (into.actors1.stream().anyMatch(a -> !ActorClasses.unnamed(a))) {
      // one mention named who struck ("Ukrainian artillery ... shelled"): no unnamed one is left
      into.actors1.removeIf(ActorClasses::unnamed);
    }
    c.actors2.forEach(a -> Sides.add(into.actors2, a));
    ActorClasses.oneSideEach(into);
    if (into.fatalities == Fatalities.NONE || refines(c.fatalities, into.fatalities)) {
      into.fatalities = c.fatalities;
    }
    if (published(into.date) && !published(c.date)) {
      // A headline dated only by the issue's day, and the body's own day for it: the body's.
      into.date = c.date;
    } else if (!published(into.date) || published(c.date)) {
      into.date.value().intersect(c.date.value()).ifPresent(d -> into.date = narrowDate(into, d));
    }
    into.mergedFrom.add(c);
  }

  /**
   * "Near twenty villagers were killed" ... "Eighteen civilians were killed": an exact count of the
   * killed that agrees with a rough one told of the same happening ("near", "at most", "dozens") is
   * the better toll; a count far from it names part of the victims, not the toll. After "at least
   * n" the lower bound stays (casualties are counted conservatively).
   */
  static boolean refines(Fatalities exact, Fatalities rough) {
    if (exact.killed() == null
        || exact.low() == null
        || !exact.low().equals(exact.high())
        || rough.killed() == null
        || rough.low() != null && rough.low().equals(rough.high())) {
      return false;
    }
    int e = exact.killed();
    int n = rough.killed();
    if (rough.low() == null && rough.high() == null) {
      return Math.abs(e - n) <= Math.max(2, n / 4); // about n
    }
    if (rough.best() == null && rough.high() == null) {
      return e >= (n + 1) / 2; // a vague word's conventional value
    }
    // "at most n": a count up to it; "at least n" stays, the conservative figure of the two.
    return rough.high() != null && e <= rough.high();
  }

  /** {@code day} is one day inside the wider {@code span}. */
  private static boolean dayWithin(DateInterval day, DateInterval span) {
    return day.from().equals(day.to())
        && span.to().isAfter(span.from())
        && !day.from().isBefore(span.from())
        && !day.to().isAfter(span.to());
  }

  private static boolean published(GoverningDate d) {
    return d.how().equals(GoverningDate.PUBLISHED);
  }

  private static GoverningDate narrowDate(Candidate into, DateInterval d) {
    return new GoverningDate(d, into.date.source(), into.date.how());
  }

  /** A denial disputes what happened at its place or inside it, not around it. */
  void dispute(List<Candidate> denials, List<Candidate> merged, String docId, String text) {
    for (Candidate d : denials) {
      for (Candidate c : merged) {
        Place dp = d.placeObj();
        Place cp = c.placeObj();
        if (c.kind() == d.kind()
            && cp != null
            && dp != null
            && (cp.id().equals(dp.id()) || inside(cp, dp))) {
          c.status = ClaimStatus.DISPUTED;
          c.more.add(Evidence.of(docId, text, d.scan.sentence.span(), "denial"));
        }
      }
    }
  }
}

package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.model.Place;

/**
 * Which of a sentence's places belong to which of its event triggers: the nearest trigger within
 * reach (the object after the verb preferred), a list of places with its nearest member, never a
 * place of a relative clause, an exception ("sauf X") or the subject of a clause of its own, and no
 * province that only situates a town of the list. Stateless and thread-safe.
 */
final class PlaceAssigner {
  /** How far (in tokens) a place may lie from its trigger. */
  static final int PLACE_REACH = 15;

  Map<Hit<Trigger>, List<Hit<PlaceMention>>> assignPlaces(
      SentenceScan sc, List<Hit<Trigger>> trig) {
    Map<Hit<Trigger>, List<Hit<PlaceMention>>> own = new LinkedHashMap<>();
    for (Hit<PlaceMention> p : sc.places) {
      Hit<Trigger> best = null;
      int bestD = Integer.MAX_VALUE;
      for (Hit<Trigger> t : trig) {
        int d;
        if (t.what().has(Trigger.ADJ) && !objectOf(sc, t, p)) {
          continue; // "the fall of X, Y and Z", "prise de X": the object follows the word
        }
        if (p.start() >= t.end()) {
          // A trigger that cannot become the place's (not nearer than the best so far, or out of
          // reach) changes nothing whether skipped or not: skipped before asking for the tags
          // that subjectOfOwnClause may need.
          int after = p.start() - t.end();
          if (after >= bestD || after > PLACE_REACH) {
            continue;
          }
          if (excepted(sc, p) || subjectOfOwnClause(sc, p)) {
            continue;
          }
        }
        if (inRelativeClause(sc, p, t)) {
          continue;
        }
        if (p.start() >= t.end()) {
          d = p.start() - t.end(); // the object follows: preferred on a tie
        } else if (t.start() >= p.end()) {
          d = t.start() - p.end() + 1;
          // "captured a district of X after fierce fighting": X is the object of the verb before,
          // not the place of the adjunct that follows it.
          if (sc.anyCue("adjunct", p.end(), t.start())) {
            d += PLACE_REACH;
          }
        } else {
          d = 0;
        }
        if (d < bestD) {
          best = t;
          bestD = d;
        }
      }
      if (best != null && bestD <= PLACE_REACH) {
        own.computeIfAbsent(best, k -> new ArrayList<>()).add(p);
      }
    }
    // A list of places ("A, B, C and D fell") goes to the trigger its nearest member goes to,
    // however long the list; in the languages whose cues name the "listand" words (every language
    // read now: a long list's first names stand too far from the verb to be reached otherwise).
    Set<Hit<PlaceMention>> taken = new HashSet<>();
    own.values().forEach(taken::addAll);
    for (List<Hit<PlaceMention>> ps :
        sc.lex.cues().containsKey("listand") ? own.values() : List.<List<Hit<PlaceMention>>>of()) {
      for (int k = 0; k < ps.size(); k++) {
        int at = sc.places.indexOf(ps.get(k));
        for (int dir = -1; dir <= 1; dir += 2) {
          for (int j = at + dir; j >= 0 && j < sc.places.size(); j += dir) {
            Hit<PlaceMention> a = sc.places.get(dir < 0 ? j : j - 1);
            Hit<PlaceMention> b = sc.places.get(dir < 0 ? j + 1 : j);
            Hit<PlaceMention> q = sc.places.get(j);
            if (!listGlue(sc, a.end(), b.start()) || taken.contains(q)) {
              break;
            }
            taken.add(q);
            ps.add(q);
          }
        }
      }
    }
    // "Bangi and Khwaja Ghar districts in the northern Takhar province, ..., were retaken": the
    // places a province or district situates right after them are what the trigger that got the
    // province is about, however far they stand from it (the province is then dropped below).
    for (List<Hit<PlaceMention>> ps : own.values()) {
      for (Hit<PlaceMention> z : List.copyOf(ps)) {
        int at = sc.places.indexOf(z);
        int cursor = z.start();
        boolean first = true;
        for (int j = at - 1; j >= 0; j--) {
          Hit<PlaceMention> q = sc.places.get(j);
          boolean joined = first ? situates(sc, q.end(), cursor) : listGap(sc, q.end(), cursor);
          if (!joined || taken.contains(q) || !inside(q, z)) {
            break;
          }
          taken.add(q);
          ps.add(q);
          cursor = q.start();
          first = false;
        }
      }
    }
    // "Pul-e-Khumri, la capitale de la province de Baghlan": the province only situates the town.
    for (List<Hit<PlaceMention>> ps : own.values()) {
      Set<String> ancestors = new HashSet<>();
      for (Hit<PlaceMention> p : ps) {
        Place pl = Hits.place(p);
        for (String a : new String[] {pl.admin1Id(), pl.admin2Id()}) {
          if (a != null && !a.equals(pl.id())) {
            ancestors.add(a);
          }
        }
      }
      Set<String> seen = new HashSet<>();
      ps.removeIf(p -> ancestors.contains(Hits.place(p).id()) || !seen.add(Hits.place(p).id()));
    }
    return own;
  }

  /** How many words may stand between places and the province that situates them. */
  static final int SITUATING_WORDS = 5;

  /**
   * Tokens {@code [from, to)} situate the places before them in the place after them: a few words
   * with a "situating" preposition ("districts in the northern", "dans la"), no punctuation.
   */
  private static boolean situates(SentenceScan sc, int from, int to) {
    if (from < to - 1
        && sc.tokens.get(from).text().equals(",")
        && sc.anyCue("townref", from + 1, from + 2)) {
      // "Zaranj, the capital of the south-western Nimruz province": past the apposition's head
      int head = from + 1;
      while (head < to && sc.anyCue("townref", head, head + 1)) {
        head++;
      }
      from = head;
    }
    if (to <= from || to - from > SITUATING_WORDS) {
      return false;
    }
    boolean prep = false;
    for (int i = from; i < to; i++) {
      if (sc.isPunct(i) || sc.anyCue("auxiliary", i, i + 1)) {
        return false;
      }
      prep |= sc.anyCue("situating", i, i + 1);
    }
    return prep;
  }

  /** Whether the place of {@code q} lies in the province or district of {@code z}. */
  private static boolean inside(Hit<PlaceMention> q, Hit<PlaceMention> z) {
    Place a = Hits.place(q);
    String id = Hits.place(z).id();
    return !a.id().equals(id) && (id.equals(a.admin1Id()) || id.equals(a.admin2Id()));
  }

  /**
   * Whether {@code p} is the object of a trigger that needs one right after it: a place within 3
   * tokens after it, or a list going on from there ("the fall of A, B and C").
   */
  private static boolean objectOf(SentenceScan sc, Hit<Trigger> t, Hit<PlaceMention> p) {
    int cursor = t.end();
    boolean first = true;
    for (Hit<PlaceMention> q : sc.allPlaces) {
      if (q.start() < t.end()) {
        continue;
      }
      if (first ? q.start() - cursor > 3 : !listGap(sc, cursor, q.start())) {
        return false;
      }
      if (q == p) {
        return true;
      }
      cursor = q.end();
      first = false;
    }
    return false;
  }

  /**
   * Tokens {@code [from, to)} join two items of an object list: a comma or a "coordinator" word
   * among a few words at most, no other punctuation and no auxiliary (a new clause). Looser than
   * {@link #listGlue}, which the opt-in list spreading needs strict.
   */
  static boolean listGap(SentenceScan sc, int from, int to) {
    if (to - from > 4 || to <= from) {
      return false;
    }
    boolean joined = false;
    for (int i = from; i < to; i++) {
      String t = sc.tokens.get(i).text();
      if (t.equals(",") || sc.anyCue("coordinator", i, i + 1)) {
        joined = true;
      } else if (sc.isPunct(i) || sc.anyCue("auxiliary", i, i + 1)) {
        return false;
      }
    }
    return joined;
  }

  /**
   * Tokens [from, to) join two names of a list and nothing else: a comma, a "listand" word, or both
   * (1-2 tokens).
   */
  static boolean listGlue(SentenceScan sc, int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String t = sc.tokens.get(i).text();
      if (!t.equals(",") && !t.equals("،") && !sc.anyCue("listand", i, i + 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Takhar province, which borders Khatlon province, was retaken": a place inside a relative
   * clause (from its pronoun to the next comma) that does not hold the trigger describes another
   * place; it is not the trigger's.
   */
  static boolean inRelativeClause(SentenceScan sc, Hit<PlaceMention> p, Hit<Trigger> t) {
    int b = p.start() - 1;
    while (b >= 0 && !sc.isPunct(b) && !sc.anyCue("relative", b, b + 1)) {
      b--;
    }
    if (b < 0 || !sc.anyCue("relative", b, b + 1)) {
      return false;
    }
    // Only a clause about a place ("X province, which ..."): "the attack, which hit X" keeps X.
    int before = b > 0 && sc.isPunct(b - 1) ? b - 2 : b - 1;
    boolean aboutPlace = false;
    for (Hit<PlaceMention> q : sc.allPlaces) {
      aboutPlace |= before >= q.start() && before < q.end() + 2 && q != p;
    }
    if (!aboutPlace) {
      return false;
    }
    int e = p.end();
    while (e < sc.size() && !sc.isPunct(e)) {
      e++;
    }
    return t.start() < b || t.start() >= e;
  }

  /** "all districts except X", "sauf X": the exception is what the trigger does not cover. */
  static boolean excepted(SentenceScan sc, Hit<PlaceMention> p) {
    return sc.anyCue("except", Math.max(0, p.start() - 3), p.start());
  }

  /**
   * "... had fallen, and Faizabad, the capital, was surrounded": a place opening a coordinated
   * clause with its own verb is that verb's subject, not the object of the trigger before it.
   */
  static boolean subjectOfOwnClause(SentenceScan sc, Hit<PlaceMention> p) {
    if (p.start() == 0 || !sc.anyCue("coordinator", p.start() - 1, p.start())) {
      return false;
    }
    // An auxiliary or a trigger before any clause end makes the answer yes whatever the tags of
    // the words before it say (a verb among them says yes too): looked for first, so that the
    // sentence is tagged only when the answer depends on a tag.
    for (int i = p.end(); i < sc.size() && i <= p.end() + 8; i++) {
      String t = sc.tokens.get(i).text();
      if (t.equals(";") || t.equals(".") || t.equals(":")) {
        break;
      }
      if (sc.anyCue("auxiliary", i, i + 1) || triggerAt(sc, i)) {
        return true;
      }
    }
    for (int i = p.end(); i < sc.size() && i <= p.end() + 8; i++) {
      String t = sc.tokens.get(i).text();
      if (t.equals(";") || t.equals(".") || t.equals(":")) {
        return false;
      }
      // The tagger is unsure on news text: an auxiliary word or a trigger also marks the verb.
      // Those are looked at first: the tags are computed (for the whole sentence) only when
      // neither is there.
      if (sc.anyCue("auxiliary", i, i + 1) || triggerAt(sc, i)) {
        return true;
      }
      String pos = sc.tokens.get(i).pos();
      if (pos.equals("VERB") || pos.equals("AUX")) {
        return true;
      }
    }
    return false;
  }

  private static boolean triggerAt(SentenceScan sc, int i) {
    for (Hit<Trigger> tr : sc.triggers) {
      if (tr.start() == i) {
        return true;
      }
    }
    return false;
  }
}

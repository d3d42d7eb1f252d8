package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.Resolution;
import org.sitrep.model.PlaceKind;

/**
 * The role of each place mention of a sentence. Only {@link Role#EVENT} places locate events: a
 * dateline ("KABUL:" opening a paragraph), a reporter's location ("avec notre correspondant à X",
 * "our correspondent in X") and a reference point of a distance or direction ("70 km south of X",
 * "à 300 kilomètres au nord de X", "Y, au nord-ouest de X") say where the text was written or how
 * far something lies, not where it happened; so do the refuge of those who fled ("fled into X") and
 * a place that stands for its government ("Kyiv says"), where people came from ("fighters who came
 * from X") and a place that names an agreement or talks ("the X agreement"). The words are data
 * (cue categories {@code distance}, {@code direction}, {@code sourceplace}, {@code destination},
 * {@code origin}, {@code legal}, {@code speech}, {@code stance}, {@code beneficiary} of each
 * language's cues.tsv). Stateless.
 */
final class PlaceRoles {
  enum Role {
    EVENT,
    DATELINE,
    SOURCE,
    REFERENCE,
    /** A place standing for its government or side: "Kyiv says", "a victory for Moscow". */
    SIDE,
    /** Where people fled or withdrew to: "soldiers fled into X", "se sont réfugiés à X". */
    DESTINATION,
    /** Where people or things came from: "fighters who came from X", "originaires de X". */
    ORIGIN,
    /** A place naming an agreement, talks or a court: "the X agreement", "l'accord de X". */
    LEGAL;

    /** The role's name in output (gazetteer places): "event", "dateline"... */
    String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How far (tokens) a distance or direction phrase reaches to the place it measures from. */
  private static final int REACH = 6;

  /** How far (tokens) a reporter's word reaches to the place where the reporter is. */
  private static final int SOURCE_REACH = 3;

  /** How many tokens may stand between a dateline's place and its separator ("KABUL, Aug 8 -"). */
  private static final int DATELINE_REACH = 6;

  /** What closes a dateline: "KABUL:", "Kabul —", "KANDAHAR/KABUL •". */
  private static final java.util.Set<String> DATELINE_ENDS =
      java.util.Set.of(":", "—", "–", "-", "•", "|", "·");

  private PlaceRoles() {}

  /** The role of every place of {@code places}, in the same order. */
  static List<Role> of(SentenceScan sc, List<Hit<PlaceMention>> places, boolean paragraphStart) {
    List<Role> out = new ArrayList<>(places.size());
    for (Hit<PlaceMention> p : places) {
      out.add(role(sc, places, p, paragraphStart));
    }
    return out;
  }

  private static Role role(
      SentenceScan sc,
      List<Hit<PlaceMention>> places,
      Hit<PlaceMention> p,
      boolean paragraphStart) {
    if (paragraphStart && p.start() == 0 && dateline(sc, p)) {
      return Role.DATELINE;
    }
    if (speakingPlace(sc, p) || standsForState(sc, p)) {
      return Role.SIDE;
    }
    for (Hit<Cue> c : sc.cues("beneficiary")) {
      // "the biggest advance for Kyiv", "un revers pour Moscou": the side that gains or loses.
      if (c.end() == p.start()) {
        return Role.SIDE;
      }
    }
    for (Hit<Cue> c : sc.cues("legal")) {
      // "the Doha agreement", "Minsk talks" (cue after the name); "l'accord de Doha" (before).
      if (c.start() == p.end() || c.end() == p.start()) {
        return Role.LEGAL;
      }
    }
    for (Hit<Cue> c : sc.cues("origin")) {
      if (c.end() <= p.start() && p.start() - c.end() <= SOURCE_REACH && plain(sc, c.end(), p)) {
        return Role.ORIGIN;
      }
    }
    for (Hit<Cue> c : sc.cues("originpeople")) {
      // "migrants from X clashed in Y": X only where the sentence has another place for the event.
      if (c.end() <= p.start()
          && p.start() - c.end() <= SOURCE_REACH
          && plain(sc, c.end(), p)
          && anotherPlace(sc, places, p)) {
        return Role.ORIGIN;
      }
    }
    for (Hit<Cue> c : sc.cues("sourceplace")) {
      if (c.end() <= p.start() && p.start() - c.end() <= SOURCE_REACH && plain(sc, c.end(), p)) {
        return Role.SOURCE;
      }
    }
    for (Hit<Cue> c : sc.cues("destination")) {
      if (c.end() <= p.start() && reaches(sc, places, c.end(), p)) {
        return Role.DESTINATION;
      }
    }
    for (Hit<Cue> c : sc.cues("distance")) {
      if (c.end() <= p.start() && reaches(sc, places, c.end(), p)) {
        return Role.REFERENCE;
      }
    }
    for (Hit<Cue> c : sc.cues("direction")) {
      // "north of Kabul" alone may locate the happening; in apposition to another place ("Shire,
      // au nord-ouest de Mekele") or after a distance it only measures from the place.
      boolean apposed =
          c.start() > 0
              && (sc.isPunct(c.start() - 1)
                  || sc.anyCue("distance", Math.max(0, c.start() - 4), c.start()));
      if (apposed && c.end() <= p.start() && reaches(sc, places, c.end(), p)) {
        return Role.REFERENCE;
      }
    }
    return Role.EVENT;
  }

  /**
   * A place opening its paragraph and closed, within a few verbless tokens, by a colon or a dash:
   * "KABUL:", "Kabul, Aug 8 (Reuters) -", "KANDAHAR/KABUL •".
   */
  private static boolean dateline(SentenceScan sc, Hit<PlaceMention> p) {
    // The separator is looked for first: without one in reach there is no dateline, and the
    // tags (computed for the whole sentence) are asked for only when one is there.
    int end = -1;
    for (int i = p.end(); i < sc.size() && i <= p.end() + DATELINE_REACH; i++) {
      if (DATELINE_ENDS.contains(sc.tokens.get(i).text())) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return false;
    }
    for (int i = p.end(); i < end; i++) {
      if (verb(sc, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A place that speaks is its government, not where anything happens: "Kyiv says", "Moscou
   * accuse", "Washington a démenti". The place is the subject (it opens the sentence or follows
   * punctuation or a conjunction, not a preposition: "residents in X said" stays a place) and is
   * directly followed, an auxiliary allowed between, by a verb of saying, denying or stance (cue
   * categories {@code speech}, {@code denial}, {@code stance}).
   */
  /** Whether the place opens its clause: first, or after punctuation or a conjunction. */
  private static boolean opensClause(SentenceScan sc, Hit<PlaceMention> p) {
    if (p.start() == 0) {
      return true;
    }
    int before = p.start() - 1;
    String pos = sc.tokens.get(before).pos();
    return sc.isPunct(before) || "CCONJ".equals(pos) || "SCONJ".equals(pos);
  }

  private static boolean speakingPlace(SentenceScan sc, Hit<PlaceMention> p) {
    // Only a cue right after the place (or after an auxiliary there) can make it a speaker: looked
    // for first, so that the tags below are asked for, and the sentence tagged, only then.
    if (!speechCueAt(sc, p.end()) && !speechCueAt(sc, p.end() + 1)) {
      return false;
    }
    if (!opensClause(sc, p)) {
      return false;
    }
    int next = p.end();
    if (next < sc.size() && "AUX".equals(sc.tokens.get(next).pos())) {
      next++;
    }
    for (String cat : new String[] {"speech", "denial", "stance"}) {
      for (Hit<Cue> c : sc.cues(cat)) {
        if (c.start() == next || c.start() == p.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A national capital that acts for its state: the one accused ("Kiev accuse Moscou de frappes";
   * cue category {@code accused}), the agent of a passive or a nominal attack ("strikes by Moscow",
   * "frappes menées par Moscou") or the subject of an attack's verb ("Moscow shelled X"). The
   * capital is then that country's state forces ({@link SentenceScan#actors}), not where anything
   * happened. Other places (a town "says" in a headline's shorthand only for a capital), a capital
   * after a preposition ("in Kyiv", "à Kiev") and a capital that is taken or falls ("Kabul fell")
   * stay places.
   */
  static boolean standsForState(SentenceScan sc, Hit<PlaceMention> p) {
    if (capitalCountry(p.what()) == null) {
      return false;
    }
    for (String cat : new String[] {"accused", "agent"}) {
      for (Hit<Cue> c : sc.cues(cat)) {
        if (c.end() == p.start()) {
          return true;
        }
      }
    }
    // A capital that only speaks is a source, not a side: "Kyiv said shelling killed three" must
    // not make Ukraine the striker (speakingPlace keeps it out of the event's places).
    return strikes(sc, p);
  }

  /**
   * The country of a national capital: one the text resolves, or one abroad that the resolver keeps
   * unresolved (never an event's place); null for any other mention.
   */
  static String capitalCountry(PlaceMention m) {
    org.sitrep.model.Place p = null;
    if (m.resolution() instanceof Resolution.Resolved r) {
      p = r.place();
    } else if (m.resolution() instanceof Resolution.Unresolved u
        && u.reason().startsWith(org.sitrep.core.geo.GazetteerPlaceResolver.CAPITAL_ABROAD)
        && !u.candidates().isEmpty()) {
      p = u.candidates().get(0).place();
    }
    return p != null && p.kind() == PlaceKind.NATIONAL_CAPITAL ? p.countryCode() : null;
  }

  /**
   * The capital opens its clause and the next word (an active auxiliary allowed between) is the
   * trigger of a fight, an attack or a strike: "Moscow shelled", "Moscou a bombardé".
   */
  private static boolean strikes(SentenceScan sc, Hit<PlaceMention> p) {
    if (!opensClause(sc, p)) {
      return false;
    }
    int next = p.end();
    if (next < sc.size() && "AUX".equals(sc.tokens.get(next).pos())) {
      if (sc.anyCue("passive", next, next + 1)) {
        return false; // "Kyiv was shelled": the capital is struck
      }
      next++;
    }
    for (Hit<Trigger> t : sc.triggers) {
      if (t.start() == next) {
        return !t.what().territorial() && !sc.anyCue("passive", next, t.end());
      }
    }
    return false;
  }

  private static boolean speechCueAt(SentenceScan sc, int i) {
    for (String cat : new String[] {"speech", "denial", "stance"}) {
      for (Hit<Cue> c : sc.cues(cat)) {
        if (c.start() == i) {
          return true;
        }
      }
    }
    return false;
  }

  /** Tokens {@code [from, p.start())} hold no punctuation and no verb. */
  /**
   * Whether the sentence names a place apart from {@code p} that no origin word stands right before
   * (a candidate for the event's place).
   */
  private static boolean anotherPlace(
      SentenceScan sc, List<Hit<PlaceMention>> places, Hit<PlaceMention> p) {
    for (Hit<PlaceMention> q : places) {
      if (q.end() <= p.start() || q.start() >= p.end()) {
        boolean origin = false;
        for (String cat : new String[] {"origin", "originpeople"}) {
          for (Hit<Cue> c : sc.cues(cat)) {
            origin |= c.end() <= q.start() && q.start() - c.end() <= SOURCE_REACH;
          }
        }
        if (!origin) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean plain(SentenceScan sc, int from, Hit<PlaceMention> p) {
    for (int i = from; i < p.start(); i++) {
      if (sc.isPunct(i) || verb(sc, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the phrase ending at {@code from} reaches {@code p}: at most {@link #REACH} tokens of
   * glue ("au nord de la capitale", "south of the city of"), a parenthesis skipped whole ("300
   * kilomètres (186 miles) au nord de"), no verb, no other place, no clause punctuation.
   */
  private static boolean reaches(
      SentenceScan sc, List<Hit<PlaceMention>> places, int from, Hit<PlaceMention> p) {
    int glue = 0;
    int i = from;
    while (i < p.start()) {
      String t = sc.tokens.get(i).text();
      if (t.equals("(")) {
        int j = i + 1;
        while (j < p.start() && !sc.tokens.get(j).text().equals(")")) {
          j++;
        }
        if (j >= p.start()) {
          return false;
        }
        i = j + 1;
        continue;
      }
      if (sc.isPunct(i) || verb(sc, i) || startsPlace(places, i)) {
        return false;
      }
      if (++glue > REACH) {
        return false;
      }
      i++;
    }
    return true;
  }

  private static boolean startsPlace(List<Hit<PlaceMention>> places, int i) {
    for (Hit<PlaceMention> q : places) {
      if (q.start() == i) {
        return true;
      }
    }
    return false;
  }

  private static boolean verb(SentenceScan sc, int i) {
    String pos = sc.tokens.get(i).pos();
    return "VERB".equals(pos) || "AUX".equals(pos);
  }
}

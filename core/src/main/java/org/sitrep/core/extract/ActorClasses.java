package org.sitrep.core.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.geo.Resolution;
import org.sitrep.model.EventKind;
import org.sitrep.model.Place;

/**
 * Who an actor mention is once the event's country and date are known, and its ACLED actor-type
 * code (inter1/inter2): a generic class ("government forces", "gunmen", "protesters") becomes the
 * state of that country on that day when the actor list has it, else ACLED's generic name
 * ("Military Forces of Kenya", "Unidentified Armed Group (Kenya)"); a listed group of another
 * country's theatre is not meant in this one ("Popular Resistance" in Yemen is not the Afghan
 * resistance) and keeps its name as written; a state's forces outside their country are external
 * (8). The rules, with ACLED's codebook, are in docs/actors.md. Stateless and thread-safe.
 */
final class ActorClasses {
  /** The classes an actor-classes.tsv may name. */
  static final Set<String> CLASSES =
      Set.of(
          "military",
          "forces",
          "police",
          "rebels",
          "militia",
          "communal",
          "unidentified",
          "unknown",
          "rioters",
          "protesters",
          "civilians",
          "external");

  /**
   * Classes whose words after a capitalised name mean members of that named group ("Al-Shabaab
   * militants", "Mai-Mai militiamen"); state forces after a name are a place's or unit's ("Garissa
   * police"), not a group of that name.
   */
  static final Set<String> NAMEABLE = Set.of("rebels", "militia", "communal", "unidentified");

  /**
   * Classes that, unqualified, mean the armed group the text names elsewhere ("the insurgents" of a
   * report on the Taliban); "unknown gunmen" are said not to be known.
   */
  static final Set<String> ANAPHORIC = Set.of("rebels", "unidentified");

  private final Lexicons lex;

  ActorClasses(Lexicons lex) {
    this.lex = Objects.requireNonNull(lex, "lex");
  }

  /** The code of a group the text names, by the class word that follows its name. */
  static Integer namedCode(String cls) {
    return switch (cls) {
      case "militia" -> 3;
      case "communal" -> 4;
      default -> 2; // a named armed group that is neither: a rebel group (codebook: inter 2)
    };
  }

  /** ACLED's code of a generic class. */
  static int code(String cls) {
    return switch (cls) {
      case "military", "police", "forces" -> 1;
      case "rebels" -> 2;
      case "militia", "unidentified", "unknown" -> 3;
      case "communal" -> 4;
      case "rioters" -> 5;
      case "protesters" -> 6;
      case "civilians" -> 7;
      default -> 8;
    };
  }

  /** Resolves every actor of the candidate (sides of a fight, controllers) in place. */
  void resolve(Candidate c, String docCountry) {
    String country = countryOf(c);
    if (country == null) {
      country = docCountry;
    }
    if (c.actors1.isEmpty()
        && (c.kind() == EventKind.VIOLENCE || c.kind() == EventKind.EXPLOSION)) {
      // Codebook: violence whose perpetrator the report does not name is an unidentified armed
      // group's.
      c.actors1.add(new ActorRef(null, null, UNNAMED, UNNAMED, null, null, null));
    }
    if (c.actors1.isEmpty() && !c.actors2.isEmpty() && c.kind() == EventKind.CLASH) {
      // An attack told only by the side that lost men ("nine soldiers were killed in an attack
      // on their camp"): the attackers are unnamed, an unidentified armed group.
      c.actors1.add(new ActorRef(null, null, "unidentified", "unidentified", null, null, null));
    }
    LocalDate day = c.date == null || c.date.undated() ? null : c.date.value().from();
    c.after = resolve(c.after, country, day);
    c.before = resolve(c.before, country, day);
    final String k = country;
    c.actors1.replaceAll(a -> resolve(a, k, day));
    c.actors2.replaceAll(a -> resolve(a, k, day));
    dedupe(c.actors1);
    dedupe(c.actors2);
    oneSideEach(c);
  }

  /**
   * One actor is on one side: an associate of one side that is the other side's main actor goes
   * (also after two mentions told with their sides in the other order are merged).
   */
  static void oneSideEach(Candidate c) {
    c.actors1.removeIf(a -> c.actors1.indexOf(a) > 0 && same(a, c.actors2));
    c.actors2.removeIf(a -> c.actors2.indexOf(a) > 0 && same(a, c.actors1));
  }

  /** The marker of the perpetrator a report does not name (added by {@link #resolve}). */
  private static final String UNNAMED = "unidentified";

  /**
   * Whether {@code a} is the unidentified group put in for a perpetrator the text leaves unnamed.
   */
  static boolean unnamed(ActorRef a) {
    return a.actorId() == null
        && a.person() == null
        && UNNAMED.equals(a.unknownName())
        && UNNAMED.equals(a.cls());
  }

  private static boolean same(ActorRef a, java.util.List<ActorRef> l) {
    return l.stream().anyMatch(b -> ident(b).equals(ident(a)));
  }

  private static String ident(ActorRef a) {
    return a.name() != null ? "name:" + a.name() : a.key();
  }

  /** Two mentions that resolve to one actor ("civilians" and "villagers") are one side. */
  private static void dedupe(java.util.List<ActorRef> l) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    l.removeIf(a -> !seen.add(ident(a)));
  }

  /** The country of the first place the document resolves with one; null when none does. */
  static String documentCountry(PlacedDocument doc) {
    for (PlaceMention m : doc.places()) {
      if (m.resolution() instanceof Resolution.Resolved r && r.place().countryCode() != null) {
        return r.place().countryCode();
      }
    }
    return null;
  }

  private static String countryOf(Candidate c) {
    Place p = c.placeObj();
    return p == null ? null : p.countryCode();
  }

  ActorRef resolve(ActorRef r, String country, LocalDate day) {
    if (r == null
        || r.name() != null
        || r.inter() != null && r.cls() == null && r.actorId() == null) {
      return r; // already resolved, or a named group whose code its head noun gave
    }
    if (r.actorId() != null) {
      return listed(r, lex.actors().get(r.actorId()), country, day);
    }
    if (r.cls() == null) {
      return r; // a new name without a class: no code
    }
    String own = r.country() != null ? r.country() : country;
    if (r.cls().equals("forces") && r.country() == null) {
      return r.resolved(null, r.unknownName(), null, null); // "US-backed forces": as written
    }
    int code = code(r.cls());
    if (code == 1 && own != null) {
      Actor state = stateOf(own, day);
      boolean foreign = country != null && !own.equals(country);
      if (state == null && foreign) {
        // a country listed only as an outside force ("US forces" in Afghanistan): that actor
        state = externalOf(own);
      }
      if (state == null) {
        // a state listed without a period of government (Russia): its forces on every day
        state = listedForces(own);
      }
      if (state != null) {
        return r.resolved(state.id(), null, own, foreign ? 8 : 1);
      }
      String name = lex.countryName(own).orElse(null);
      if (name != null) {
        String forces = r.cls().equals("police") ? "Police Forces of " : "Military Forces of ";
        return r.resolved(null, forces + name, own, foreign ? 8 : 1);
      }
    }
    String label = label(r.cls());
    if (label == null) {
      return r.resolved(null, r.unknownName(), own, code); // as written ("a Saudi-led coalition")
    }
    String name = lex.countryName(own).map(n -> label + " (" + n + ")").orElse(label);
    return r.resolved(null, name, own, code);
  }

  /** ACLED's generic actor names; null where the text's own words name the actor better. */
  private static String label(String cls) {
    return switch (cls) {
      case "military", "forces" -> "Military Forces";
      case "police" -> "Police Forces";
      case "rebels" -> "Rebel Group";
      case "militia" -> "Unidentified Militia";
      case "communal" -> "Unidentified Communal Militia";
      case "unidentified", "unknown" -> "Unidentified Armed Group";
      case "rioters" -> "Rioters";
      case "protesters" -> "Protesters";
      case "civilians" -> "Civilians";
      default -> null;
    };
  }

  /**
   * A listed actor: its own code, external when a state acts outside its country; a non-state group
   * of another country's theatre is not meant here, and keeps the name the text gives.
   */
  private ActorRef listed(ActorRef r, Actor a, String country, LocalDate day) {
    if (a == null) {
      return r;
    }
    boolean foreign = country != null && a.country() != null && !a.country().equals(country);
    if (foreign
        && !a.type().equals("state")
        && !a.type().equals("external")
        && !properName(r.unknownName())) {
      return new ActorRef(null, null, r.unknownName(), null, null, a.inter(), r.unknownName());
    }
    Integer code = day != null && a.stateOn(day) ? Integer.valueOf(1) : a.inter();
    if (code != null && code == 1 && foreign) {
      code = 8;
    }
    if (a.type().equals("civilian") && code != null && country != null) {
      // ACLED names the unarmed generic actors after the country: "Protesters (Kenya)"
      String label = label(civilianClass(code));
      String name = lex.countryName(country).map(n -> label + " (" + n + ")").orElse(null);
      return new ActorRef(a.id(), r.person(), r.unknownName(), null, country, code, name);
    }
    return new ActorRef(a.id(), r.person(), r.unknownName(), null, a.country(), code, null);
  }

  /**
   * A group's own one-word name as written ("Houthis", "Taliban"): the group itself wherever it
   * acts. A common noun ("the resistance") or a longer name ("the Popular Resistance") abroad is
   * another group. Without words of its own, the listed group.
   */
  private static boolean properName(String written) {
    if (written == null || written.isBlank()) {
      return true; // no words of its own (a side the document filled in): the listed group
    }
    return Character.isUpperCase(written.codePointAt(0)) && !written.strip().contains(" ");
  }

  private static String civilianClass(int code) {
    return code == 5 ? "rioters" : code == 6 ? "protesters" : "civilians";
  }

  /**
   * The listed actor that is the state of {@code country} on {@code day}; none for an undated
   * event, whose state cannot be told (then ACLED's generic name of the country's forces).
   */
  /** The listed outside force of a country ("United States"); null when none is listed. */
  private Actor externalOf(String country) {
    for (Actor a : lex.actors().values()) {
      if (country.equals(a.country()) && a.type().equals("external")) {
        return a;
      }
    }
    return null;
  }

  /** The listed state forces of a country that the list gives no period of government. */
  private Actor listedForces(String country) {
    for (Actor a : lex.actors().values()) {
      if (country.equals(a.country()) && a.type().equals("state") && a.stateFrom() == null) {
        return a;
      }
    }
    return null;
  }

  private Actor stateOf(String country, LocalDate day) {
    if (day == null) {
      return null;
    }
    for (Actor a : lex.actors().values()) {
      if (country.equals(a.country()) && a.stateOn(day)) {
        return a;
      }
    }
    return null;
  }
}

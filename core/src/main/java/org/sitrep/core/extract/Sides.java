package org.sitrep.core.extract;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.extract.SentenceScan.ActorRef;

/**
 * The actor list seen from the annotators: which known actor a reference names, its display name,
 * and whether two references stand on one side. Stateless and thread-safe.
 */
final class Sides {
  private final Lexicons lex;

  Sides(Lexicons lex) {
    this.lex = Objects.requireNonNull(lex, "lex");
  }

  /** The known actor a reference names; null for an unknown name. */
  Actor actor(ActorRef r) {
    return r.actorId() == null ? null : lex.actors().get(r.actorId());
  }

  Actor byId(String id) {
    return lex.actors().get(id);
  }

  /** The same reference, or two known actors of one side. */
  boolean sameSide(ActorRef a, ActorRef b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.key().equals(b.key())) {
      return true;
    }
    Actor x = actor(a);
    Actor y = actor(b);
    if (x != null && y != null) {
      return x.side().equals(y.side());
    }
    // a country's forces not yet resolved ("Moscow" for its state) and that country's listed state
    return ownState(a, y) || ownState(b, x);
  }

  private static boolean ownState(ActorRef generic, Actor listed) {
    return listed != null
        && generic.cls() != null
        && STATE.contains(generic.cls())
        && generic.country() != null
        && listed.type().equals("state")
        && generic.country().equals(listed.country());
  }

  String displayName(ActorRef r) {
    if (r.name() != null) {
      return r.name(); // resolved for its event (ActorClasses)
    }
    Actor a = actor(r);
    return a != null ? a.name() : r.unknownName();
  }

  /** The unarmed generic classes: their members are targets, not combatants. */
  private static final java.util.Set<String> UNARMED =
      java.util.Set.of("civilians", "protesters", "rioters");

  /** The state's forces of some country, listed or generic ("police", "Kenyan army"). */
  private static final java.util.Set<String> STATE =
      java.util.Set.of("military", "police", "forces");

  /** Whether the reference names unarmed people: a listed civilian actor or an unarmed class. */
  boolean civilian(ActorRef r) {
    Actor a = actor(r);
    return a != null ? a.type().equals("civilian") : r.cls() != null && UNARMED.contains(r.cls());
  }

  /** Whether the reference names a state's forces: a listed state or a generic state class. */
  boolean stateForces(ActorRef r) {
    Actor a = actor(r);
    return a != null ? a.type().equals("state") : r.cls() != null && STATE.contains(r.cls());
  }

  /** Whether the reference is an armed side: a listed state or non-state actor, or such a class. */
  boolean armed(ActorRef r) {
    Actor a = actor(r);
    if (a != null) {
      return a.type().equals("non_state") || a.type().equals("state");
    }
    return r.cls() != null && (STATE.contains(r.cls()) || r.cls().equals("rebels"));
  }

  /** Whether the reference is an actor the typer weighs: listed, or a generic class. */
  boolean known(ActorRef r) {
    return actor(r) != null || r.cls() != null;
  }

  /** Whether the reference is the state's forces on {@code day} (listed, or a generic class). */
  boolean state(ActorRef r, java.time.LocalDate day) {
    Actor a = actor(r);
    if (a != null) {
      return a.stateOn(day);
    }
    // a generic army retakes ground; police who "seize" goods or people take no territory
    return r.cls() != null
        && !r.cls().equals("police")
        && STATE.contains(r.cls())
        && r.inter() != null
        && r.inter() == 1;
  }

  /** Adds {@code a} unless null or already there (by key). */
  static void add(List<ActorRef> l, ActorRef a) {
    if (a != null && l.stream().noneMatch(x -> x.key().equals(a.key()))) {
      l.add(a);
    }
  }
}

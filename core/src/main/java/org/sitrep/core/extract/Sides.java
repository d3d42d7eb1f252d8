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
    return x != null && y != null && x.side().equals(y.side());
  }

  String displayName(ActorRef r) {
    Actor a = actor(r);
    return a != null ? a.name() : r.unknownName();
  }

  /** Adds {@code a} unless null or already there (by key). */
  static void add(List<ActorRef> l, ActorRef a) {
    if (a != null && l.stream().noneMatch(x -> x.key().equals(a.key()))) {
      l.add(a);
    }
  }
}

package org.sitrep.core.extract;

import java.util.Objects;

/** One alias of an actor, in one language ("*" for any). */
public record ActorAlias(String actorId, String lang, TokenPattern pattern) {
  public ActorAlias {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(pattern, "pattern");
  }

  public boolean appliesTo(String l) {
    return lang.equals("*") || lang.equals(l);
  }
}

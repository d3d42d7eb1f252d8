package org.sitrep.model;

import java.util.Locale;

/** An actor's role in an event, in ACLED's terms. */
public enum ActorRole {
  ACTOR1,
  ACTOR2,
  ASSOC_ACTOR1,
  ASSOC_ACTOR2,
  SOURCE;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}

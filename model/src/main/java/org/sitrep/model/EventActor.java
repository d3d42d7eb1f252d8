package org.sitrep.model;

import java.util.Objects;

/**
 * An actor as it takes part in one event. {@code actorId} is null for organisations not in the
 * actor list. {@code inter} is ACLED's actor-type code (1 state forces, 2 rebel groups, 3 political
 * militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces),
 * null when the actor's type is not known.
 */
public record EventActor(String name, ActorRole role, String actorId, Integer inter) {
  public EventActor(String name, ActorRole role, String actorId) {
    this(name, role, actorId, null);
  }

  public EventActor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (name.isBlank()) {
      throw new IllegalArgumentException("actor name is blank");
    }
    if (inter != null && (inter < 1 || inter > 8)) {
      throw new IllegalArgumentException("ACLED inter code must be 1..8: " + inter);
    }
  }
}

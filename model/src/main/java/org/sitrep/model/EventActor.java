package org.sitrep.model;

import java.util.Objects;

/**
 * An actor as it takes part in one event. {@code actorId} is null for organisations not in the
 * actor list.
 */
public record EventActor(String name, ActorRole role, String actorId) {
  public EventActor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (name.isBlank()) {
      throw new IllegalArgumentException("actor name is blank");
    }
  }
}

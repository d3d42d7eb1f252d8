package org.sitrep.core.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor of the actor list. {@code side} groups actors that do not fight each other; {@code
 * stateFrom}/{@code stateTo} bound when it is the government; {@code validFrom}/{@code validTo}
 * when it exists; {@code narrowsTo} names the specific actor a generic one means in a text that
 * names both. Null dates are open bounds. {@code inter} is ACLED's actor-type code (null when the
 * list gives none); {@code country} the ISO 3166 alpha-2 code of the country whose state or theatre
 * the actor belongs to (null for none in particular).
 */
public record Actor(
    String id,
    String name,
    String type,
    String side,
    LocalDate stateFrom,
    LocalDate stateTo,
    LocalDate validFrom,
    LocalDate validTo,
    String narrowsTo,
    Integer inter,
    String country) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(side, "side");
  }

  /** Whether the actor is the state on that day (ACLED's state forces). */
  public boolean stateOn(LocalDate d) {
    if (stateFrom == null) {
      return false;
    }
    return !d.isBefore(stateFrom) && (stateTo == null || d.isBefore(stateTo));
  }

  public boolean validOn(LocalDate d) {
    return (validFrom == null || !d.isBefore(validFrom))
        && (validTo == null || !d.isAfter(validTo));
  }
}

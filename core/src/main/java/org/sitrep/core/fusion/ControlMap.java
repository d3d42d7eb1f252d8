package org.sitrep.core.fusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The control state of every unit with evidence, as of one day, sorted by province and name. */
public record ControlMap(LocalDate day, List<ControlState> states) {
  public ControlMap {
    Objects.requireNonNull(day, "day");
    states = List.copyOf(states);
  }

  public Optional<ControlState> state(String unitId) {
    return states.stream().filter(s -> s.unit().id().equals(unitId)).findFirst();
  }

  /** The first unit whose id, name or district is {@code query}, else one a report names so. */
  public Optional<ControlState> find(String query) {
    Optional<ControlState> u = states.stream().filter(s -> s.unit().matches(query)).findFirst();
    return u.isPresent()
        ? u
        : states.stream()
            .filter(
                s -> s.localities().stream().anyMatch(n -> Names.key(n).equals(Names.key(query))))
            .findFirst();
  }
}

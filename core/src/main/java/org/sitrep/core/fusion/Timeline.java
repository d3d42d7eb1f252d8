package org.sitrep.core.fusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The history of one unit: consecutive periods with the same controller and status (a new period
 * also starts when new reports arrive), and every fused happening about the unit with its evidence.
 * The last period has no end: control persists until evidence changes it.
 */
public record Timeline(ControlUnit unit, List<Entry> entries, List<FusedEvent> events) {
  public Timeline {
    Objects.requireNonNull(unit, "unit");
    entries = List.copyOf(entries);
    events = List.copyOf(events);
  }

  /**
   * One period: from {@code from} to {@code to} inclusive ({@code to} null while it lasts), the
   * state on its first day, and the reports that first counted on that day.
   */
  public record Entry(LocalDate from, LocalDate to, ControlState state, List<String> newEventIds) {
    public Entry {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(state, "state");
      newEventIds = List.copyOf(newEventIds);
    }
  }
}

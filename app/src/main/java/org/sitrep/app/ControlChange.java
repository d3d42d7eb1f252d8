package org.sitrep.app;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.core.fusion.ControlState;

/**
 * A control unit whose state changed on {@code day} because of an ingested document; {@code before}
 * is null when the unit had no state that day.
 */
public record ControlChange(LocalDate day, ControlState before, ControlState after) {
  public ControlChange {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(after, "after");
  }
}

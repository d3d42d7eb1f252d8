package org.sitrep.core.fusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who holds one unit on one day, how sure that is and why: the controller, the status, a confidence
 * in [0,1] (decayed since the last news), the day the controller's current run began, the reports
 * behind it (support and contrary alike), the rival or denial that contests it, the number of
 * independent sources supporting it and the localities the reports name.
 */
public record ControlState(
    ControlUnit unit,
    LocalDate day,
    String controller,
    ControlStatus status,
    double confidence,
    LocalDate since,
    LocalDate lastNews,
    List<String> eventIds,
    List<String> contraryEventIds,
    String challenger,
    int sources,
    List<String> localities) {
  public ControlState {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
    eventIds = List.copyOf(eventIds);
    contraryEventIds = List.copyOf(contraryEventIds);
    localities = List.copyOf(localities);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
  }

  /** Whether the state an analyst would report differs (controller or status). */
  public boolean differsFrom(ControlState o) {
    return o == null || !controller.equals(o.controller) || status != o.status;
  }

  ControlState withStatus(ControlStatus s, String challenger, List<String> moreContrary) {
    java.util.TreeSet<String> ids = new java.util.TreeSet<>(eventIds);
    ids.addAll(moreContrary);
    java.util.TreeSet<String> con = new java.util.TreeSet<>(contraryEventIds);
    con.addAll(moreContrary);
    return new ControlState(
        unit,
        day,
        controller,
        s,
        confidence,
        since,
        lastNews,
        List.copyOf(ids),
        List.copyOf(con),
        challenger,
        sources,
        localities);
  }
}

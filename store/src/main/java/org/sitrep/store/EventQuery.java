package org.sitrep.store;

import java.time.LocalDate;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.EventKind;

/**
 * A filter on events; null fields do not filter. Dates select events whose interval overlaps {@code
 * [from, to]}. {@code place} matches the gazetteer id, {@code admin1} the province name.
 */
public record EventQuery(
    LocalDate from,
    LocalDate to,
    String place,
    String admin1,
    EventKind kind,
    String actor,
    ClaimStatus claim,
    int offset,
    int limit) {
  public static final EventQuery ALL =
      new EventQuery(null, null, null, null, null, null, null, 0, Integer.MAX_VALUE);

  public EventQuery {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must be >= 0");
    }
  }
}

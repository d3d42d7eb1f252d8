package org.sitrep.app;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.fusion.SourceGroups;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.store.Store;
import org.sitrep.store.StoredDocument;

/** The fused events of a store and the days they span (day-precise events only). */
public record FusedView(ControlService control, Optional<DateInterval> coverage) {
  public FusedView {
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(coverage, "coverage");
  }

  /** Everything the store holds, fused with its near-duplicate links as source groups. */
  public static FusedView of(Store store, FusionSettings settings) {
    Map<String, String> links = new HashMap<>();
    for (StoredDocument d : store.documents()) {
      if (d.duplicateOf() != null) {
        links.put(d.document().id(), d.duplicateOf());
      }
    }
    var events = store.events();
    return new FusedView(
        ControlService.of(events, SourceGroups.fromDuplicateLinks(links), settings),
        widen(Optional.empty(), events));
  }

  /** This view with one document's events added or replaced (only its places are fused again). */
  public FusedView withDocument(String docId, Collection<Event> events, String duplicateOf) {
    return new FusedView(control.withDocument(docId, events, duplicateOf), widen(coverage, events));
  }

  private static Optional<DateInterval> widen(
      Optional<DateInterval> cov, Collection<Event> events) {
    LocalDate first = cov.map(DateInterval::from).orElse(null);
    LocalDate last = cov.map(DateInterval::to).orElse(null);
    for (Event e : events) {
      if (!e.dated()
          || e.date().precision() == DatePrecision.MONTH
          || e.date().precision() == DatePrecision.YEAR) {
        continue;
      }
      first = first == null || e.date().from().isBefore(first) ? e.date().from() : first;
      last = last == null || e.date().to().isAfter(last) ? e.date().to() : last;
    }
    return first == null
        ? Optional.empty()
        : Optional.of(new DateInterval(first, last, DatePrecision.DAY));
  }
}

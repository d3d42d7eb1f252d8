package org.sitrep.core.extract;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.model.Event;

/** A document with the events extracted from it. */
public record ExtractedDocument(PlacedDocument placed, List<Event> events) {
  public ExtractedDocument {
    Objects.requireNonNull(placed, "placed");
    events = List.copyOf(events);
  }

  public String text() {
    return placed.text();
  }

  public String id() {
    return placed.id();
  }
}

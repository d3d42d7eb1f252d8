package org.sitrep.core.geo;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.time.DatedDocument;

/** A dated document with its place mentions, resolved or not. */
public record PlacedDocument(DatedDocument dated, List<PlaceMention> places) {
  public PlacedDocument {
    Objects.requireNonNull(dated, "dated");
    places = List.copyOf(places);
  }

  public String text() {
    return dated.text();
  }

  public String id() {
    return dated.id();
  }
}

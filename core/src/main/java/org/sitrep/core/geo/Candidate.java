package org.sitrep.core.geo;

import java.util.Objects;
import org.sitrep.model.Place;

/** A gazetteer entry considered for a mention, with its score. */
public record Candidate(Place place, double score) {
  public Candidate {
    Objects.requireNonNull(place, "place");
  }
}

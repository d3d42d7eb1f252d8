package org.sitrep.core.geo;

import java.util.Objects;
import org.sitrep.model.CharSpan;

/** A place name as it appears in the text, and what it resolved to. */
public record PlaceMention(CharSpan span, String surface, Resolution resolution) {
  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(resolution, "resolution");
  }
}

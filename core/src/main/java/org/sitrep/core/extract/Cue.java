package org.sitrep.core.extract;

import java.util.Objects;

/** A cue word pattern of one category (negation, hedge, speech, ...), with its optional value. */
public record Cue(String category, TokenPattern pattern, String value) {
  public Cue {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(pattern, "pattern");
  }
}

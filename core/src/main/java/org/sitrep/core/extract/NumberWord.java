package org.sitrep.core.extract;

import java.util.Objects;

/**
 * A number word: {@code kind} "exact" (a count), "about" (an approximate count) or "vague" (a vague
 * quantity, valued by ACLED's conventions).
 */
public record NumberWord(TokenPattern pattern, int value, String kind) {
  public NumberWord {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(kind, "kind");
  }
}

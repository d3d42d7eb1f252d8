package org.sitrep.core.geo;

import java.util.Set;

/**
 * Settings of place resolution: the theatre (ISO country codes whose places are expected), the
 * longest mention tried in tokens, the score a winner needs, and the margin under which two
 * candidates in different provinces count as a tie.
 */
public record GeoSettings(Set<String> theatre, int maxTokens, double minScore, double tieMargin) {
  public GeoSettings {
    theatre = Set.copyOf(theatre);
    if (maxTokens < 1 || maxTokens > 8) {
      throw new IllegalArgumentException("maxTokens must be 1..8: " + maxTokens);
    }
    if (minScore < 0 || tieMargin < 0) {
      throw new IllegalArgumentException("scores must be >= 0");
    }
  }

  /** The first theatre: Afghanistan. */
  public static GeoSettings defaults() {
    return new GeoSettings(Set.of("AF"), 5, 1.0, 0.1);
  }
}

package org.sitrep.core.geo;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Place;

/** The outcome of resolving one place mention: data either way, never an exception. */
public sealed interface Resolution {
  List<Candidate> candidates();

  /** The winner, its score, its ACLED geo precision (1..3) and why it won. */
  record Resolved(
      Place place, double score, int geoPrecision, String why, List<Candidate> candidates)
      implements Resolution {
    public Resolved {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(why, "why");
      candidates = List.copyOf(candidates);
      if (geoPrecision < 1 || geoPrecision > 3) {
        throw new IllegalArgumentException("geo precision must be 1..3");
      }
    }
  }

  /** No confident answer; the candidates are kept for the record. */
  record Unresolved(String reason, List<Candidate> candidates) implements Resolution {
    public Unresolved {
      Objects.requireNonNull(reason, "reason");
      candidates = List.copyOf(candidates);
    }
  }
}

package org.sitrep.core.extract;

import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.Resolution;
import org.sitrep.model.Place;

/** Small pure functions over token hits that several annotators share. */
final class Hits {
  private Hits() {}

  /** Tokens between two hits; 0 when they overlap. */
  static int distance(Hit<?> a, Hit<?> b) {
    if (a.start() >= b.end()) {
      return a.start() - b.end();
    }
    if (b.start() >= a.end()) {
      return b.start() - a.end();
    }
    return 0;
  }

  /** The gazetteer place of a resolved mention (the scans hold resolved mentions only). */
  static Place place(Hit<PlaceMention> p) {
    return ((Resolution.Resolved) p.what().resolution()).place();
  }
}

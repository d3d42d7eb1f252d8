package org.sitrep.core.extract;

import org.sitrep.core.geo.PlacedDocument;

/** Turns sentences with their places and dates into events, each resting on quoted spans. */
public interface EventExtractor {
  ExtractedDocument extract(PlacedDocument document);
}

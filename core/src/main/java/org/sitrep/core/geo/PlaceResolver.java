package org.sitrep.core.geo;

import org.sitrep.core.time.DatedDocument;

/** Finds place mentions and resolves each against the gazetteer, using the document's context. */
public interface PlaceResolver {
  PlacedDocument resolve(DatedDocument document);
}

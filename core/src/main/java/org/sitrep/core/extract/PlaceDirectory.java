package org.sitrep.core.extract;

import java.util.Optional;
import org.sitrep.model.Place;

/**
 * Looks up gazetteer entries by id, so that an event's location can name its province and district.
 * Given to the extractor at the edge; {@link #NONE} when no gazetteer is at hand.
 */
@FunctionalInterface
public interface PlaceDirectory {
  PlaceDirectory NONE = id -> Optional.empty();

  Optional<Place> byId(String id);
}

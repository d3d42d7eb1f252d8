package org.sitrep.core.extract;

import java.util.Optional;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.model.Place;

/**
 * Looks up gazetteer entries by id, so that an event's location can name its province and district.
 * Given to the extractor at the edge; {@link #NONE} when no gazetteer is at hand.
 */
@FunctionalInterface
public interface PlaceDirectory {
  PlaceDirectory NONE = id -> Optional.empty();

  Optional<Place> byId(String id);

  /** The provincial capital of a province, or the national capital of a country, when known. */
  default Optional<Place> capitalOf(String provinceId) {
    return Optional.empty();
  }

  /** The directory of a gazetteer: ids and capitals. */
  static PlaceDirectory of(Gazetteer g) {
    return new PlaceDirectory() {
      @Override
      public Optional<Place> byId(String id) {
        return g.byId(id);
      }

      @Override
      public Optional<Place> capitalOf(String provinceId) {
        return g.capitalOf(provinceId);
      }
    };
  }
}

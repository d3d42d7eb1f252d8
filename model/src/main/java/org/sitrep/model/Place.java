package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * A gazetteer entry in the admin hierarchy country → province (admin1) → district (admin2) →
 * populated place or feature. Ids are the gazetteer's own stable strings (e.g. {@code
 * geonames:AF.03.1302}); parent ids are null above their level. Coordinates are a representative
 * point; polygons are kept by the gazetteer, not here.
 */
public record Place(
    String id,
    String name,
    PlaceKind kind,
    String countryCode,
    String admin1Id,
    String admin2Id,
    Double lat,
    Double lon,
    long population,
    List<PlaceName> names) {
  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    names = List.copyOf(names);
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("place " + id + ": lat and lon must both be set or null");
    }
    if (population < 0) {
      throw new IllegalArgumentException("place " + id + ": negative population");
    }
  }
}

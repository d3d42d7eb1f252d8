package org.sitrep.model;

import java.util.Objects;

/**
 * Where an event happened, as resolved against the gazetteer. {@code geoPrecision} follows ACLED: 1
 * the town itself, 2 near a town or a district, 3 a province or region. Coordinates may be null
 * only when nothing better than a name is known.
 */
public record Location(
    String name,
    String admin1,
    String admin2,
    Double lat,
    Double lon,
    int geoPrecision,
    String gazetteerId) {
  public Location {
    Objects.requireNonNull(name, "name");
    if (geoPrecision < 1 || geoPrecision > 3) {
      throw new IllegalArgumentException("geo precision must be 1..3: " + geoPrecision);
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be set or both be null");
    }
    if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
    }
  }
}

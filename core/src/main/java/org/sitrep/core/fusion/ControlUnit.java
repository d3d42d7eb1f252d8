package org.sitrep.core.fusion;

import java.util.Objects;
import org.sitrep.model.Location;

/**
 * A place whose control is tracked: a district (events in a town count for its district: a district
 * centre taken is the district taken), a province claimed whole, or a locality with no known
 * district. Ids are stable keys built from the admin names ({@code district:baghlan/andarab},
 * {@code province:panjshir}) so that every spelling the gazetteer resolved lands on one unit.
 */
public record ControlUnit(
    String id, UnitLevel level, String name, String admin1, String admin2, Double lat, Double lon) {
  public ControlUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(name, "name");
  }

  /** The unit a territorial event at this location is about. */
  public static ControlUnit of(Location l) {
    if (l == null) {
      return new ControlUnit(
          "place:unknown", UnitLevel.LOCALITY, "unknown", null, null, null, null);
    }
    if (l.admin2() != null && !l.admin2().isBlank()) {
      String id = "district:" + Names.slug(l.admin1()) + "/" + Names.slug(l.admin2());
      return new ControlUnit(
          id, UnitLevel.DISTRICT, l.admin2(), l.admin1(), l.admin2(), l.lat(), l.lon());
    }
    if (l.admin1() != null
        && !l.admin1().isBlank()
        && (l.geoPrecision() == 3 || Names.key(l.name()).equals(Names.key(l.admin1())))) {
      String id = "province:" + Names.slug(l.admin1());
      return new ControlUnit(
          id, UnitLevel.PROVINCE, l.admin1(), l.admin1(), null, l.lat(), l.lon());
    }
    String id =
        l.gazetteerId() != null
            ? "place:" + l.gazetteerId()
            : "place:" + Names.slug(l.admin1()) + "/" + Names.slug(l.name());
    return new ControlUnit(id, UnitLevel.LOCALITY, l.name(), l.admin1(), null, l.lat(), l.lon());
  }

  /** The id of the province this unit lies in, when known and not itself. */
  public String provinceId() {
    return level == UnitLevel.PROVINCE || admin1 == null || admin1.isBlank()
        ? null
        : "province:" + Names.slug(admin1);
  }

  /**
   * The units whose control states depend on one another share a region: a province and its
   * districts and localities (a province's reports count for its districts, a district held by
   * another contests the province). The streaming job keys fusion by it.
   */
  public String regionId() {
    String p = provinceId();
    return p != null ? p : id;
  }

  /** Whether this unit's name, id, district or (for provinces) province is {@code query}. */
  public boolean matches(String query) {
    String q = Names.key(query);
    return id.equals(query)
        || Names.key(name).equals(q)
        || Names.key(admin2).equals(q) && !q.isEmpty()
        || level == UnitLevel.PROVINCE && Names.key(admin1).equals(q);
  }
}

package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

class CountriesTest {
  private static Place town(String id, String cc, double lat, double lon) {
    return new Place(id, id, PlaceKind.POPULATED_PLACE, cc, null, null, lat, lon, 0, List.of());
  }

  @Test
  void countriesWithPlacesAreAddedNamedInEnglishFrenchAndTheirOtherNames() {
    GazetteerData data = new GazetteerData();
    data.put(town("a", "KE", -1.0, 36.0));
    data.put(town("b", "KE", -3.0, 38.0));
    data.put(town("c", "CI", 5.3, -4.0));
    data.put(
        new Place(
            "s:AF", "Afghanistan", PlaceKind.COUNTRY, "AF", null, null, 33.9, 67.7, 0, List.of()));
    data.put(town("d", "AF", 34.5, 69.2));
    assertThat(Countries.addMissing(data)).isEqualTo(2);
    Place ke = data.get("country:KE").orElseThrow();
    assertThat(ke.name()).isEqualTo("Kenya");
    assertThat(ke.kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(ke.lat()).isEqualTo(-2.0);
    assertThat(ke.lon()).isEqualTo(37.0);
    // Afghanistan had its own entry: not doubled.
    assertThat(data.get("country:AF")).isEmpty();
    Gazetteer g = data.freeze();
    assertThat(g.lookup("Ivory Coast")).extracting(h -> h.place().id()).contains("country:CI");
    assertThat(g.lookup("Côte d’Ivoire")).extracting(h -> h.place().id()).contains("country:CI");
  }
}

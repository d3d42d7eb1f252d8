package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * Two sources may both know a district of one name in one country, one of them without any point
 * (some GeoNames admin2 entries) and under another province: the located one is the reading, not a
 * tie between the two. An invented country "WK" (its two provinces and the district Harrowby).
 */
class PointlessDistrictTest {
  static Place p(String id, String name, PlaceKind k, String a1, String a2, Double lat) {
    return new Place(id, name, k, "WK", a1, a2, lat, lat == null ? null : 40.0, 0, List.of());
  }

  final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(
          Gazetteer.of(
              List.of(
                  p("g:WK.01", "Lowmoor", PlaceKind.PROVINCE, "g:WK.01", null, 5.0),
                  p("g:WK.02", "Highfell", PlaceKind.PROVINCE, "g:WK.02", null, 7.0),
                  p("g:WK.01.9", "Harrowby", PlaceKind.DISTRICT, "g:WK.01", "g:WK.01.9", null),
                  p("u:harrowby", "Harrowby", PlaceKind.DISTRICT, "g:WK.02", "u:harrowby", 7.1)),
              Map.of(),
              Set.of()),
          GeoLexicon.standard(),
          new GeoSettings(Set.of("WK"), 5, 1.0, 0.1));

  @Test
  void theDistrictWithAPointWinsOverItsPointlessNamesake() {
    List<PlaceMention> ms = resolver.resolveText("Youths rioted in Harrowby after the vote.");
    assertThat(ms)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.resolution()).isInstanceOf(Resolution.Resolved.class);
              assertThat(((Resolution.Resolved) m.resolution()).place().id())
                  .isEqualTo("u:harrowby");
            });
  }
}

package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * A ward imported without coordinates stands at its district's point: the text names a place the
 * gazetteer knows only to its district, which ACLED codes at precision 2. A town with its own point
 * stays at 1. An invented country "WK".
 */
class BorrowedPointTest {
  static Place p(String id, String name, PlaceKind k, String a2, double lat, long pop) {
    return new Place(id, name, k, "WK", "g:WK.01", a2, lat, 40.0, pop, List.of());
  }

  final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(
          Gazetteer.of(
              List.of(
                  p("g:WK.01", "Lowmoor", PlaceKind.PROVINCE, null, 5.0, 0),
                  p("g:WK.01.01", "Fennick", PlaceKind.DISTRICT, "g:WK.01.01", 5.2, 0),
                  p(
                      "units:admin3:07:Tarrow",
                      "Tarrow",
                      PlaceKind.POPULATED_PLACE,
                      "g:WK.01.01",
                      5.2,
                      0),
                  p("c:brill", "Brill", PlaceKind.POPULATED_PLACE, "g:WK.01.01", 5.3, 4_000),
                  p("g:WK.01.02", "Hollin Raion", PlaceKind.DISTRICT, "g:WK.01.02", 5.5, 0),
                  p("c:holin", "Holin", PlaceKind.POPULATED_PLACE, "g:WK.01.02", 5.5, 0)),
              Map.of(),
              Set.of()),
          GeoLexicon.standard(),
          GeoSettings.defaults());

  int precision(String text, String surface) {
    for (PlaceMention m : resolver.resolveText(text)) {
      if (m.surface().equals(surface) && m.resolution() instanceof Resolution.Resolved r) {
        return r.geoPrecision();
      }
    }
    throw new AssertionError("no resolved mention " + surface + " in: " + text);
  }

  @Test
  void aWardAtItsDistrictsPointIsKnownToTheDistrictOnly() {
    assertThat(precision("Herders clashed with police in Tarrow, Fennick, on Monday.", "Tarrow"))
        .isEqualTo(2);
  }

  @Test
  void aTownWithItsOwnPointIsTheTownItself() {
    // Brill has its own point; Hollin (no population) lends its district its point.
    assertThat(precision("Herders clashed with police in Brill, Fennick, on Monday.", "Brill"))
        .isEqualTo(1);
    assertThat(precision("Herders clashed with police in Holin on Monday.", "Holin")).isEqualTo(1);
  }
}

package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * {@link Gazetteer#sameConsonants}: a place's name keys are made once and kept, so the answer must
 * not change between calls, and a kept entry must serve only its own place object. Invented places
 * of a country "WK".
 */
class SameConsonantsTest {
  static Place p(String id, String name, List<PlaceName> names) {
    return new Place(id, name, PlaceKind.PROVINCE, "WK", id, null, 5.0, 40.0, 0, names);
  }

  final Place tervil = p("g:WK.01", "Tervil", List.of(new PlaceName("Tarvul", "fr")));
  final Place marra = p("g:WK.02", "Marraa", List.of());
  final Gazetteer gazetteer = Gazetteer.of(List.of(tervil, marra), Map.of(), Set.of());

  @Test
  void vowelsApostrophesAndDoubledLettersAside() {
    for (int round = 0; round < 2; round++) { // the second round reads the kept keys
      assertThat(gazetteer.sameConsonants("Tervol", tervil)).isTrue();
      assertThat(gazetteer.sameConsonants("Tarvul", tervil)).isTrue();
      assertThat(gazetteer.sameConsonants("Mar'ra", marra)).isTrue();
      assertThat(gazetteer.sameConsonants("Tersil", tervil)).isFalse();
      assertThat(gazetteer.sameConsonants("Tervil", marra)).isFalse();
      assertThat(gazetteer.sameConsonants(Gazetteer.surfaceKeys("Tirvel"), tervil)).isTrue();
    }
  }

  @Test
  void aPlaceUnderAnotherPlacesIdGetsItsOwnKeys() {
    assertThat(gazetteer.sameConsonants("Tervol", tervil)).isTrue();
    Place renamed = p(tervil.id(), "Sodbury", List.of());
    assertThat(gazetteer.sameConsonants("Tervol", renamed)).isFalse();
    assertThat(gazetteer.sameConsonants("Sadbery", renamed)).isTrue();
    assertThat(gazetteer.sameConsonants("Tervol", tervil)).isTrue();
  }
}

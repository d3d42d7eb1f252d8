package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * A settlement the text names with its word ("the village of X", "la commune de X") that the
 * gazetteer lacks: kept as written, without coordinates, in the country named after it, or in the
 * text's country when its sentence names no other place. Invented places: the country Zekland (ZK),
 * its province Teller Oblast and its town Ostin; Morvik is known to no gazetteer.
 */
class NamedTownTest {
  static Gazetteer gazetteer() {
    return Gazetteer.of(
        List.of(
            new Place(
                "country:ZK",
                "Zekland",
                PlaceKind.COUNTRY,
                "ZK",
                null,
                null,
                10.0,
                20.0,
                5_000_000,
                List.of()),
            new Place(
                "g:ZK.01",
                "Teller Oblast",
                PlaceKind.PROVINCE,
                "ZK",
                "g:ZK.01",
                null,
                11.0,
                21.0,
                0,
                List.of()),
            new Place(
                "c:ostin",
                "Ostin",
                PlaceKind.POPULATED_PLACE,
                "ZK",
                "g:ZK.01",
                null,
                11.5,
                21.5,
                20_000,
                List.of())),
        Map.of(),
        Set.of());
  }

  final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(gazetteer(), GeoLexicon.standard(), GeoSettings.defaults());

  Optional<Place> place(String text, String surface) {
    for (PlaceMention m : resolver.resolveText(text)) {
      if (m.surface().equals(surface) && m.resolution() instanceof Resolution.Resolved r) {
        return Optional.of(r.place());
      }
    }
    return Optional.empty();
  }

  @Test
  void aSettlementNamedWithItsWordBeforeTheCountryIsKeptAsWritten() {
    Place en =
        place(
                "Gunmen killed ten villagers in the village of Morvik, in the north of Zekland.",
                "Morvik")
            .orElseThrow();
    assertThat(en.countryCode()).isEqualTo("ZK");
    assertThat(en.lat()).isNull();
    assertThat(en.admin1Id()).isNull();
    Place fr =
        place(
                "Des hommes armés ont tué dix villageois dans la commune de Morvik, au nord du Zekland.",
                "Morvik")
            .orElseThrow();
    assertThat(fr.name()).isEqualTo("Morvik");
  }

  @Test
  void aSentenceThatNamesNoOtherPlacePutsItInTheTextsCountry() {
    String text =
        "Soldiers were attacked in Ostin on Monday. Nine died in an attack on a camp in the town of Morvik, in the south-west of the country.";
    assertThat(place(text, "Morvik").map(Place::countryCode)).contains("ZK");
  }

  @Test
  void aProvinceOrTownNamedWithItLocatesTheEventInstead() {
    assertThat(
            place(
                "Gunmen killed ten villagers in the village of Morvik in Teller Oblast.", "Morvik"))
        .isEmpty();
    assertThat(
            place(
                "Gunmen killed ten villagers in the village of Morvik, twenty kilometres from Ostin.",
                "Morvik"))
        .isEmpty();
  }
}

package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceKind;

class BareNameTest {
  @Test
  void anAdminUnitLosesItsTrailingAdminWord() {
    assertThat(Gazetteer.bareName("Upper Valley Region", PlaceKind.PROVINCE))
        .isEqualTo("Upper Valley");
    assertThat(Gazetteer.bareName("Lakeside County", PlaceKind.PROVINCE)).isEqualTo("Lakeside");
    assertThat(Gazetteer.bareName("North Ridge Raion", PlaceKind.DISTRICT))
        .isEqualTo("North Ridge");
  }

  @Test
  void townsAndSingleWordsKeepTheirNames() {
    assertThat(Gazetteer.bareName("River State", PlaceKind.POPULATED_PLACE))
        .isEqualTo("River State");
    assertThat(Gazetteer.bareName("Province", PlaceKind.PROVINCE)).isEqualTo("Province");
    assertThat(Gazetteer.bareName("Kunduz", PlaceKind.PROVINCE)).isEqualTo("Kunduz");
  }

  @Test
  void anAdminUnitLosesItsLeadingAdminWordsToo() {
    assertThat(Gazetteer.bareName("Municipio de Los Pinos", PlaceKind.DISTRICT))
        .isEqualTo("Los Pinos");
    assertThat(Gazetteer.bareName("Province of Alta Verde", PlaceKind.DISTRICT))
        .isEqualTo("Alta Verde");
    assertThat(Gazetteer.bareName("Shahrestan-e Dashtak", PlaceKind.DISTRICT)).isEqualTo("Dashtak");
    assertThat(Gazetteer.bareName("Upper Ridge Territory", PlaceKind.DISTRICT))
        .isEqualTo("Upper Ridge");
  }

  @Test
  void aPrefixThatIsTheWholeNameOrATownsNameStays() {
    assertThat(Gazetteer.bareName("Municipio", PlaceKind.DISTRICT)).isEqualTo("Municipio");
    assertThat(Gazetteer.bareName("City of Palms", PlaceKind.POPULATED_PLACE))
        .isEqualTo("City of Palms");
  }
}

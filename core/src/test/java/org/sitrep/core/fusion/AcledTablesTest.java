package org.sitrep.core.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ACLED country table: every country, found by the gazetteer's alpha-2 code. */
class AcledTablesTest {
  private static final Set<String> REGIONS =
      Set.of(
          "Western Africa",
          "Middle Africa",
          "Eastern Africa",
          "Northern Africa",
          "Southern Africa",
          "Middle East",
          "South Asia",
          "Southeast Asia",
          "East Asia",
          "Caucasus and Central Asia",
          "Europe",
          "Oceania",
          "South America",
          "Central America",
          "Caribbean",
          "North America");

  @Test
  void aPlacesCountryCodeGivesItsRowAndTheTheatreIsTheFallback() {
    AcledTables t = AcledTables.loadFromClasspath("AFG");
    assertThat(t.countryOf("KE"))
        .isEqualTo(new AcledTables.Country("KEN", 404, "Kenya", "Eastern Africa"));
    assertThat(t.countryOf("ua"))
        .isEqualTo(new AcledTables.Country("UKR", 804, "Ukraine", "Europe"));
    assertThat(t.countryOf("YE").region()).isEqualTo("Middle East");
    assertThat(t.countryOf(null)).isEqualTo(t.country());
    assertThat(t.countryOf("ZZ")).isEqualTo(t.country());
    assertThat(t.country())
        .isEqualTo(new AcledTables.Country("AFG", 4, "Afghanistan", "Caucasus and Central Asia"));
    // another theatre by its ISO3 code
    assertThat(AcledTables.loadFromClasspath("KEN").country().name()).isEqualTo("Kenya");
  }

  @Test
  void everyRowHasAnAcledRegionAndItsOwnCodes() {
    AcledTables t = AcledTables.loadFromClasspath("AFG");
    assertThat(t.byIso2()).hasSizeGreaterThan(200);
    Set<String> iso3 = new HashSet<>();
    for (AcledTables.Country c : t.byIso2().values()) {
      assertThat(REGIONS).as(c.name()).contains(c.region());
      assertThat(iso3.add(c.iso3())).as(c.iso3()).isTrue();
      assertThat(c.iso3()).matches("[A-Z]{3}");
    }
  }
}

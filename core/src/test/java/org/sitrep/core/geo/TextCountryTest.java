package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * Which country a text is about, when it never says so: a place a reader knows grounds it, and a
 * small namesake abroad or a name that only the loose transliteration key links to a place does
 * not. Invented countries: "QK" (Ambor county, its large capital Ambor, the village Tiber), "RK" (a
 * village Vell, far away), "XU" (a transliterated country with a village Sasa), and the default
 * theatre "AF" with a village Nusay.
 */
class TextCountryTest {
  static Place p(String id, String name, PlaceKind k, String cc, String a1, double lat, long pop) {
    return new Place(id, name, k, cc, a1, null, lat, 30.0, pop, List.of());
  }

  static Gazetteer gazetteer() {
    return Gazetteer.of(
        List.of(
            p("g:QK.01", "Ambor County", PlaceKind.PROVINCE, "QK", "g:QK.01", 1, 0),
            p("c:ambor", "Ambor", PlaceKind.PROVINCIAL_CAPITAL, "QK", "g:QK.01", 1.1, 400_000),
            p("c:tiber", "Tiber", PlaceKind.POPULATED_PLACE, "QK", "g:QK.01", 1.2, 3_000),
            p("c:qkcap", "Lanport", PlaceKind.NATIONAL_CAPITAL, "QK", "g:QK.01", 1.3, 3_000_000),
            p("c:vell", "Vell", PlaceKind.POPULATED_PLACE, "RK", null, 40, 2_000),
            p("g:XU.01", "Kelbar Governorate", PlaceKind.PROVINCE, "XU", "g:XU.01", 21, 0),
            p("g:XU.02", "Morvan Governorate", PlaceKind.PROVINCE, "XU", "g:XU.02", 25, 0),
            p("c:orleth", "Orleth", PlaceKind.POPULATED_PLACE, "XU", "g:XU.01", 21.2, 9_000),
            p("c:sasa", "Sasa", PlaceKind.POPULATED_PLACE, "XU", "g:XU.02", 25.2, 2_000),
            p("g:RK.01", "Vellan Province", PlaceKind.PROVINCE, "RK", "g:RK.01", 41, 0),
            p("g:QK.05", "Halda Governorate", PlaceKind.PROVINCE, "QK", "g:QK.05", 2, 0),
            p("c:halda-rk", "Halda", PlaceKind.PROVINCIAL_CAPITAL, "RK", "g:RK.01", 42, 50_000),
            p("g:BB.01.1", "Halda", PlaceKind.DISTRICT, "BB", "g:BB.01", 60, 0),
            p("g:AF.01", "Sarvan Province", PlaceKind.PROVINCE, "AF", "g:AF.01", 34, 0),
            p("c:nusay", "Nusay", PlaceKind.POPULATED_PLACE, "AF", "g:AF.01", 35, 1_000),
            p("c:sarvan", "Sarvan", PlaceKind.PROVINCIAL_CAPITAL, "AF", "g:AF.01", 34.5, 200_000),
            p("c:qk", "Qualand", PlaceKind.COUNTRY, "QK", null, 1.5, 0)),
        Map.of(),
        Set.of("XU", "AF"));
  }

  final Gazetteer gazetteer = gazetteer();
  final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(gazetteer, GeoLexicon.standard(), GeoSettings.defaults());

  /** The place the mention resolved to, or null when it is unresolved or no mention. */
  String placeId(String text, String surface) {
    return ResolverProbe.resolvedId(resolver, text, surface);
  }

  @Test
  void aSmallVillageAbroadIsANamesakeOnceAKnownPlaceGroundsTheText() {
    String alone = "Bandits attacked herders in Vell village on Monday.";
    // Nothing else in the text: the village is read where the gazetteer has it.
    assertThat(placeId(alone, "Vell")).isEqualTo("c:vell");
    String grounded = alone + " The Ambor county commissioner condemned the raid.";
    assertThat(placeId(grounded, "Vell")).isNull();
    assertThat(resolver.resolveText(grounded))
        .anySatisfy(
            m -> {
              assertThat(m.surface()).isEqualTo("Vell");
              assertThat(m.resolution()).isInstanceOf(Resolution.Unresolved.class);
            });
    assertThat(placeId(grounded, "Ambor")).isEqualTo("g:QK.01");
  }

  @Test
  void aBareInOrFromWeighsLessThanAKindWordWhenTheCountryIsDecided() {
    // "from Nusay" (a village of the default theatre) against "Ambor county": the kind word
    // sets the text in Qualand, and the village there is a namesake abroad.
    String text = "Pupils from Nusay beat a teacher at a school in Ambor county.";
    assertThat(placeId(text, "Ambor")).isEqualTo("g:QK.01");
    assertThat(placeId(text, "Nusay")).isNull();
  }

  @Test
  void aVillageOfTheGroundedCountryStillResolves() {
    String text = "Bandits attacked herders in Tiber village. The Ambor county commissioner spoke.";
    assertThat(placeId(text, "Tiber")).isEqualTo("c:tiber");
  }

  @Test
  void aLooseTransliterationAloneDoesNotSetTheCountry() {
    // "Sosio" and "Sasa" share only the loose key (vowels dropped), not their consonants.
    assertThat(NameKey.translit("Sosio")).isEqualTo(NameKey.translit("Sasa"));
    assertThat(placeId("Villagers of Sosio burned the house of a suspect.", "Sosio")).isNull();
  }

  @Test
  void aLooseTransliterationInAnotherProvinceThanTheTextNamesIsChance() {
    String text = "Troops dug in east of Sosio, near Orleth in Kelbar, on Monday.";
    assertThat(placeId(text, "Sosio")).isNull();
    assertThat(placeId(text, "Orleth")).isEqualTo("c:orleth");
  }

  @Test
  void aProvinceAbroadOneConsonantOffIsNoPlaceOfAGroundedText() {
    String text = "Raiders struck Tiber, Vedlan and two hamlets of Ambor county.";
    assertThat(placeId(text, "Vedlan")).isNull();
    assertThat(placeId(text, "Tiber")).isEqualTo("c:tiber");
  }

  @Test
  void aNameThatIsAProvinceInOneCountryOnlyPointsThere() {
    // A capital elsewhere and a district in a third country do not split the vote.
    String text = "Lawyers protested in front of the court in Halda (Halda).";
    assertThat(placeId(text, "Halda")).startsWith("g:QK.05");
  }

  @Test
  void theDefaultTheatreNeedsAKnownPlaceBeforeItsLooseKeysCount() {
    assertThat(NameKey.translit("Nasa")).isEqualTo(NameKey.translit("Nusay"));
    assertThat(placeId("Nasa supporters marched peacefully on Tuesday.", "Nasa")).isNull();
    // Once the text is grounded in the theatre, a spelling variant there is what it means.
    assertThat(placeId("Fighters entered Nasa, a village north of Sarvan, at dawn.", "Nasa"))
        .isEqualTo("c:nusay");
  }

  @Test
  void aCountryHasItsNationalCapital() {
    assertThat(gazetteer.capitalOf("c:qk")).map(Place::id).contains("c:qkcap");
    assertThat(gazetteer.capitalOf("g:QK.01")).map(Place::id).contains("c:ambor");
  }
}

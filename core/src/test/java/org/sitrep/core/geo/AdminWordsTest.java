package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * Texts name admin units without the admin words gazetteers wrap them in ("Province of", "Municipio
 * de", "Territory"), without a district's article ("Durayhimi" for "Ad Durayhimi"), and name units
 * of two joined names whole ("Jammu and Kashmir"). An invented country "QK".
 */
class AdminWordsTest {
  static Place p(String id, String name, PlaceKind k, String a1, String a2, double lat) {
    return new Place(id, name, k, "QK", a1, a2, lat, 30.0, 0, List.of());
  }

  static Gazetteer gazetteer() {
    return Gazetteer.of(
        List.of(
            p("g:QK.01", "Northmark Region", PlaceKind.PROVINCE, "g:QK.01", null, 10),
            p(
                "g:QK.01.01",
                "Province of Alta Verde",
                PlaceKind.DISTRICT,
                "g:QK.01",
                "g:QK.01.01",
                11),
            p("g:QK.01.02", "Masoro Territory", PlaceKind.DISTRICT, "g:QK.01", "g:QK.01.02", 12),
            p("g:QK.01.03", "Ad Durmayra", PlaceKind.DISTRICT, "g:QK.01", "g:QK.01.03", 13),
            p("g:QK.02", "Vella and Tosk", PlaceKind.PROVINCE, "g:QK.02", null, 14),
            p("c:vella", "Vella", PlaceKind.PROVINCIAL_CAPITAL, "g:QK.02", null, 15),
            p("g:QK.03", "Hiiraban", PlaceKind.PROVINCE, "g:QK.03", null, 16),
            p("g:QK.04", "Municipality of Piraban", PlaceKind.PROVINCE, "g:QK.04", null, 17),
            p("g:QK.05", "North-East", PlaceKind.PROVINCE, "g:QK.05", null, 18)),
        Map.of(),
        Set.of());
  }

  final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(gazetteer(), GeoLexicon.standard(), GeoSettings.defaults());

  String placeId(String text, String surface) {
    for (PlaceMention m : resolver.resolveText(text)) {
      if (m.surface().equals(surface)) {
        assertThat(m.resolution()).as(surface).isInstanceOf(Resolution.Resolved.class);
        return ((Resolution.Resolved) m.resolution()).place().id();
      }
    }
    throw new AssertionError("no mention " + surface + " in: " + text);
  }

  @Test
  void aDistrictIsFoundWithoutItsLeadingOrTrailingAdminWords() {
    assertThat(placeId("Troops raided a market in Alta Verde, Northmark, at dawn.", "Alta Verde"))
        .isEqualTo("g:QK.01.01");
    assertThat(placeId("Rebels burned a school in Masoro (Northmark) last night.", "Masoro"))
        .isEqualTo("g:QK.01.02");
  }

  @Test
  void aDistrictIsFoundWithoutItsArticle() {
    assertThat(placeId("Shells fell on farms in Durmayra district (Northmark).", "Durmayra"))
        .isEqualTo("g:QK.01.03");
  }

  @Test
  void twoNamesJoinedByAndAreOneUnitWhenTheGazetteerKnowsIt() {
    assertThat(placeId("Police fired on a crowd in Vella and Tosk on Friday.", "Vella and Tosk"))
        .isEqualTo("g:QK.02");
  }

  @Test
  void anAndBeforeACapitalisedWordOpensNoName() {
    for (PlaceMention m : resolver.resolveText("Farmers and Police met near the river.")) {
      assertThat(m.surface()).doesNotStartWith("and");
    }
  }

  @Test
  void aSpellingOfDoubledLettersOutweighsANameOneLetterAway() {
    assertThat(placeId("Clan militias clashed in Hiraban on Sunday.", "Hiraban"))
        .isEqualTo("g:QK.03");
  }

  @Test
  void aNameThatItsUnitRuledOutStaysUnreadAtItsOtherMentions() {
    // Vella and Tosk holds no Masoro: "Masoro" is read nowhere else in the text either.
    String text = "Shells fell near Masoro, Vella and Tosk, at dawn. More shells fell near Masoro.";
    for (PlaceMention m : resolver.resolveText(text)) {
      if (m.surface().equals("Masoro")) {
        assertThat(m.resolution()).isInstanceOf(Resolution.Unresolved.class);
      }
    }
  }

  @Test
  void aCompassPointBeforeACountryIsNoPlace() {
    for (PlaceMention m : resolver.resolveText("The village lies in the North-East of QK.")) {
      assertThat(m.surface()).isNotEqualToIgnoringCase("North-East");
    }
  }
}

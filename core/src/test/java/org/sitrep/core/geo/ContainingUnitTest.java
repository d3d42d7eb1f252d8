package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * The unit a text puts a place in decides the country of the document and which namesake is meant;
 * a large town or a province is what its bare name means. Two invented countries: "YK", where
 * Marrow is a province and its large capital, and "ZK", where Marrow is only a district and a small
 * town, and where Ostin and Quell lie.
 */
class ContainingUnitTest {
  static Place p(String id, String name, PlaceKind k, String cc, String a1, String a2, long pop) {
    // Points kept apart (by id) so that namesakes are not the same area.
    return new Place(
        id, name, k, cc, a1, a2, (double) Math.floorMod(id.hashCode(), 60), 20.0, pop, List.of());
  }

  static Gazetteer gazetteer() {
    return Gazetteer.of(
        List.of(
            p("g:YK.01", "Marrow Oblast", PlaceKind.PROVINCE, "YK", "g:YK.01", null, 0),
            p("c:marrow", "Marrow", PlaceKind.PROVINCIAL_CAPITAL, "YK", "g:YK.01", null, 900_000),
            p("c:belden", "Belden", PlaceKind.POPULATED_PLACE, "YK", "g:YK.01", null, 4_000),
            p("g:ZK.01", "Teller Oblast", PlaceKind.PROVINCE, "ZK", "g:ZK.01", null, 0),
            p("g:ZK.01.02", "Marrow", PlaceKind.DISTRICT, "ZK", "g:ZK.01", "g:ZK.01.02", 0),
            p("c:zmarrow", "Marrow", PlaceKind.POPULATED_PLACE, "ZK", "g:ZK.01", null, 30_000),
            p("c:ostin", "Ostin", PlaceKind.POPULATED_PLACE, "ZK", "g:ZK.01", null, 2_000),
            p("c:quell", "Quell", PlaceKind.POPULATED_PLACE, "ZK", "g:ZK.01", null, 1_000),
            p("c:bigquell", "Quell", PlaceKind.NATIONAL_CAPITAL, "YK", "g:YK.01", null, 2_000_000),
            p("c:alsufa", "Al Sufa", PlaceKind.POPULATED_PLACE, "YK", "g:YK.01", null, 3_000),
            p("c:dorvan1", "Dorvan", PlaceKind.POPULATED_PLACE, "YK", "g:YK.01", null, 5_000),
            p("c:dorvan2", "Dorvan", PlaceKind.POPULATED_PLACE, "ZK", "g:ZK.01", null, 5_000)),
        Map.of(),
        Set.of());
  }

  final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(gazetteer(), GeoLexicon.standard(), GeoSettings.defaults());

  Resolution resolution(String text, String surface) {
    for (PlaceMention m : resolver.resolveText(text)) {
      if (m.surface().equals(surface)) {
        return m.resolution();
      }
    }
    throw new AssertionError("no mention " + surface + " in: " + text);
  }

  String placeId(String text, String surface) {
    Resolution r = resolution(text, surface);
    assertThat(r).as(surface + " in: " + text).isInstanceOf(Resolution.Resolved.class);
    return ((Resolution.Resolved) r).place().id();
  }

  @Test
  void aCapitalOrLargeTownIsWhatItsBareNameMeans() {
    assertThat(placeId("Hundreds of nurses marched through Quell on Monday.", "Quell"))
        .isEqualTo("c:bigquell");
  }

  @Test
  void theUnitAfterACommaOutweighsAVillageOfAnotherCountry() {
    // Ostin exists only in ZK, but the text puts it in Marrow, which as a province is YK's.
    String text = "Soldiers fired mortars near Ostin, Marrow, overnight.";
    assertThat(placeId(text, "Marrow")).isIn("g:YK.01", "c:marrow");
    assertThat(resolution(text, "Ostin")).isInstanceOf(Resolution.Unresolved.class);
  }

  @Test
  void xInYPutsXInsideY() {
    String text = "Gunmen shot a farmer in Ostin in Marrow during the night.";
    assertThat(resolution(text, "Ostin")).isInstanceOf(Resolution.Unresolved.class);
    assertThat(placeId(text, "Marrow")).isIn("g:YK.01", "c:marrow");
    // A town of the unit named that way stays itself.
    assertThat(placeId("Rioters burnt a shop in Belden town in Marrow.", "Belden"))
        .isEqualTo("c:belden");
  }

  @Test
  void inAfterACommonWordPutsNothingInTheName() {
    // "Fighting in Marrow": no name before "in", so Marrow is read as its bare name, the city.
    assertThat(placeId("Fighting in Marrow left two dead.", "Marrow")).isEqualTo("c:marrow");
  }

  @Test
  void aLowerCaseArticleOpensTheNameWrittenWithIt() {
    assertThat(placeId("Gunmen shot a trader in al Sufa in Marrow.", "al Sufa"))
        .isEqualTo("c:alsufa");
  }

  @Test
  void ofTwoNamesakesTheOneInTheUnitNamedAfter() {
    assertThat(resolution("Protesters met in Dorvan on Sunday.", "Dorvan"))
        .isInstanceOf(Resolution.Unresolved.class);
    assertThat(placeId("Protesters met in Dorvan, Teller Oblast, on Sunday.", "Dorvan"))
        .isEqualTo("c:dorvan2");
  }

  @Test
  void aDistrictTheTextNamesInAProvinceIsKeptAsWritten() {
    Resolution r =
        resolution("Police shelled houses in Zorbek district (Marrow Oblast).", "Zorbek");
    assertThat(r).isInstanceOf(Resolution.Resolved.class);
    Place d = ((Resolution.Resolved) r).place();
    assertThat(d.kind()).isEqualTo(PlaceKind.DISTRICT);
    assertThat(d.name()).isEqualTo("Zorbek");
    assertThat(d.admin1Id()).isEqualTo("g:YK.01");
    assertThat(((Resolution.Resolved) r).geoPrecision()).isEqualTo(2);
    // "(Belden, Marrow Oblast)" after a village: Belden is read as its district, at its point.
    Resolution b = resolution("Rioters looted Kessa village (Belden, Marrow Oblast).", "Belden");
    Place bd = ((Resolution.Resolved) b).place();
    assertThat(bd.kind()).isEqualTo(PlaceKind.DISTRICT);
    assertThat(bd.lat()).isEqualTo((double) Math.floorMod("c:belden".hashCode(), 60));
    // Without the pair or the district word, a town stays a town.
    assertThat(placeId("Rioters looted a shop in Belden, Marrow Oblast.", "Belden"))
        .isEqualTo("c:belden");
  }
}

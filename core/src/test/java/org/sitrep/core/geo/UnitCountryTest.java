package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * Which country a short report is about when a town's name is also a province abroad: the unit the
 * text puts the town in decides. Two invented countries: "QK" with the province Tel'ar and the town
 * Orsk, and "JK" with the provinces Moravel and Basren.
 */
class UnitCountryTest {
  static Place p(String id, String name, PlaceKind k, String cc, String a1, long pop) {
    return new Place(
        id, name, k, cc, a1, null, (double) Math.floorMod(id.hashCode(), 60), 20.0, pop, List.of());
  }

  static Gazetteer gazetteer() {
    return Gazetteer.of(
        List.of(
            p("g:QK.01", "Tel'ar", PlaceKind.PROVINCE, "QK", "g:QK.01", 0),
            p("c:orsk", "Orsk", PlaceKind.POPULATED_PLACE, "QK", "g:QK.01", 8_000),
            p("c:saudi", "Saudi", PlaceKind.POPULATED_PLACE, "QK", "g:QK.01", 2_000),
            p("g:JK.01", "Moravel", PlaceKind.PROVINCE, "JK", "g:JK.01", 0),
            p("g:JK.02", "Basren", PlaceKind.PROVINCE, "JK", "g:JK.02", 0)),
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
    return null;
  }

  String placeId(String text, String surface) {
    Resolution r = resolution(text, surface);
    assertThat(r).as(surface + " in: " + text).isInstanceOf(Resolution.Resolved.class);
    return ((Resolution.Resolved) r).place().id();
  }

  @Test
  void aNameWithAnApostropheIsOneWord() {
    assertThat(placeId("Clashes broke out in Tel'ar on Friday.", "Tel'ar")).isEqualTo("g:QK.01");
  }

  @Test
  void theUnitATownIsPutInOutweighsAProvinceOfThatNameAbroad() {
    // Moravel is a province of JK only, but the text puts its Moravel in Tel'ar: a town of QK the
    // gazetteer lacks, not the province abroad.
    String text = "Gunmen wounded a farmer in the town of Moravel in Tel'ar on Monday.";
    assertThat(placeId(text, "Tel'ar")).isEqualTo("g:QK.01");
    assertThat(resolution(text, "Moravel")).isNotInstanceOf(Resolution.Resolved.class);
  }

  @Test
  void aTownOneLetterOffAProvinceAbroadDoesNotOutvoteAProvinceWrittenAsItIs() {
    // "Basrin city" is one letter off JK's province Basren, and a city is no province.
    String text = "Militants raided houses in Basrin city in the eastern Tel'ar countryside.";
    assertThat(placeId(text, "Tel'ar")).isEqualTo("g:QK.01");
    assertThat(resolution(text, "Basrin")).isNotInstanceOf(Resolution.Resolved.class);
  }

  @Test
  void anAdjectiveOfNationalityIsNoPlace() {
    assertThat(resolution("Saudi troops fired shells at Orsk overnight.", "Saudi")).isNull();
  }
}

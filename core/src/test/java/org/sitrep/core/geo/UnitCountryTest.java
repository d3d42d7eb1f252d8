package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  private static final List<Place> PLACES =
      List.of(
          p("g:QK.01", "Tel'ar", PlaceKind.PROVINCE, "QK", "g:QK.01", 0),
          p("c:orsk", "Orsk", PlaceKind.POPULATED_PLACE, "QK", "g:QK.01", 8_000),
          p("c:saudi", "Saudi", PlaceKind.POPULATED_PLACE, "QK", "g:QK.01", 2_000),
          p("g:JK.01", "Moravel", PlaceKind.PROVINCE, "JK", "g:JK.01", 0),
          p("g:JK.02", "Basren", PlaceKind.PROVINCE, "JK", "g:JK.02", 0),
          p("g:QK.02", "Ardmoor", PlaceKind.PROVINCE, "QK", "g:QK.02", 0),
          p("g:JK.03", "Nelmar", PlaceKind.PROVINCE, "JK", "g:JK.03", 0),
          p("c:nelmar", "Nelmar", PlaceKind.PROVINCIAL_CAPITAL, "JK", "g:JK.03", 300_000),
          // Namesakes in two real countries, so that the language data's country adjectives
          // apply: a capital and a province of Libya, a provincial capital of Lebanon.
          p("g:LY.01", "Qorvan", PlaceKind.PROVINCE, "LY", "g:LY.01", 0),
          p("c:qorvan-ly", "Qorvan", PlaceKind.NATIONAL_CAPITAL, "LY", "g:LY.01", 1_000_000),
          p("g:LB.01", "Shamal", PlaceKind.PROVINCE, "LB", "g:LB.01", 0),
          p("c:qorvan-lb", "Qorvan", PlaceKind.PROVINCIAL_CAPITAL, "LB", "g:LB.01", 200_000));

  private final GazetteerPlaceResolver resolver = ResolverProbe.over(PLACES);

  Resolution resolution(String text, String surface) {
    return ResolverProbe.resolution(resolver, text, surface);
  }

  String placeId(String text, String surface) {
    return ResolverProbe.placeId(resolver, text, surface);
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
  void ofNamesakesAbroadTheOneInTheCountryWhosePeopleTheTextNames() {
    assertThat(placeId("Lebanese taxi drivers blocked a road in Qorvan on Monday.", "Qorvan"))
        .isEqualTo("c:qorvan-lb");
    // Without them, the capital and province of that name.
    assertThat(placeId("Taxi drivers blocked a road in Qorvan on Monday.", "Qorvan"))
        .isEqualTo("c:qorvan-ly");
  }

  @Test
  void theFirstWordOfAUnitTheGazetteerLacksIsNoUnitAbroad() {
    // "Nelmar Bay Metro" is a unit of QK the gazetteer lacks; Nelmar alone is JK's province.
    String text = "Nurses protested in Foodale (Nelmar Bay Metro, Ardmoor) on Monday.";
    assertThat(placeId(text, "Ardmoor")).isEqualTo("g:QK.02");
    // The words before it are the district the text names there, not JK's Nelmar.
    assertThat(resolver.resolveText(text))
        .noneMatch(
            m ->
                m.resolution() instanceof Resolution.Resolved r
                    && "JK".equals(r.place().countryCode()));
  }

  @Test
  void anAdjectiveOfNationalityIsNoPlace() {
    assertThat(resolution("Saudi troops fired shells at Orsk overnight.", "Saudi")).isNull();
  }
}

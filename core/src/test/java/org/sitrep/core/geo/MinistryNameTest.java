package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * A ministry's name is no place: "le ministère de la Défense" is not a town named La Défense, with
 * or without a country adjective inside the name. An invented country "QK" with such a town.
 */
class MinistryNameTest {
  private static Place p(String id, String name, PlaceKind k, double lat) {
    return new Place(id, name, k, "QK", "g:QK.01", null, lat, 30.0, 0, List.of());
  }

  private final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(
          Gazetteer.of(
              List.of(
                  p("g:QK.01", "Northmark", PlaceKind.PROVINCE, 10),
                  p("c:defense", "La Defense", PlaceKind.POPULATED_PLACE, 11),
                  p("c:tosk", "Tosk", PlaceKind.POPULATED_PLACE, 12)),
              Map.of(),
              Set.of()),
          GeoLexicon.standard(),
          GeoSettings.defaults());

  @Test
  void theDefenceMinistryIsNotAPlace() {
    String text = "Le ministère de la Défense a annoncé des frappes près de Tosk.";
    assertThat(ResolverProbe.resolvedId(resolver, text, "la Défense")).isNull();
    assertThat(ResolverProbe.resolvedId(resolver, text, "Défense")).isNull();
    assertThat(ResolverProbe.placeId(resolver, text, "Tosk")).isEqualTo("c:tosk");
  }

  @Test
  void aCountryAdjectiveInsideTheMinistrysNameChangesNothing() {
    String text = "Le ministre malien de la Défense a annoncé des frappes près de Tosk.";
    assertThat(ResolverProbe.resolvedId(resolver, text, "la Défense")).isNull();
    assertThat(ResolverProbe.resolvedId(resolver, text, "Défense")).isNull();
  }

  @Test
  void theTownItselfIsStillFound() {
    String text = "Des manifestants se sont rassemblés à La Défense mardi.";
    assertThat(ResolverProbe.placeId(resolver, text, "La Défense")).isEqualTo("c:defense");
  }
}

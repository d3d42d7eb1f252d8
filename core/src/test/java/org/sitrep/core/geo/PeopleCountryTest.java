package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * A text that no place name sets in a country, but whose people or institutions belong to one
 * ("Kenyan police", "the IEBC"): its names shared by villages of several countries are read in that
 * country, and with no place at all it is located in that country. Place names still come first.
 * The gazetteer is invented: a village "Karuni" in Kenya and in Papua New Guinea, a town "Torvik"
 * only in Somalia, and the two countries.
 */
class PeopleCountryTest {
  static Place p(String id, String name, PlaceKind k, String cc, double lat) {
    return new Place(id, name, k, cc, null, null, lat, 30.0, 0, List.of());
  }

  final Gazetteer gazetteer =
      Gazetteer.of(
          List.of(
              p("ke:karuni", "Karuni", PlaceKind.POPULATED_PLACE, "KE", -2.0),
              p("pg:karuni", "Karuni", PlaceKind.POPULATED_PLACE, "PG", -6.0),
              p("so:torvik", "Torvik", PlaceKind.POPULATED_PLACE, "SO", 2.0),
              p("country:KE", "Kenya", PlaceKind.COUNTRY, "KE", 0.5),
              p("country:SO", "Somalia", PlaceKind.COUNTRY, "SO", 5.0)),
          Map.of(),
          Set.of("AF"));
  final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(gazetteer, GeoLexicon.standard(), GeoSettings.defaults());

  String placeId(String text, String surface) {
    return ResolverProbe.resolvedId(resolver, text, surface);
  }

  @Test
  void aNameSharedByTwoCountriesIsReadWhereTheTextsPeopleAre() {
    // Alone, the shared name says nothing of the country: no answer.
    assertThat(placeId("Gunmen raided a shop in Karuni on Sunday.", "Karuni")).isNull();
    assertThat(placeId("Kenyan soldiers chased gunmen out of Karuni on Sunday.", "Karuni"))
        .isEqualTo("ke:karuni");
    // An institution of one country says as much as its people's adjective.
    assertThat(placeId("Voters stormed the IEBC tallying centre in Karuni.", "Karuni"))
        .isEqualTo("ke:karuni");
  }

  @Test
  void aPlaceNameStillBeatsThePeopleNamed() {
    // Kenyan troops fighting in a town known only in Somalia: the town says where it is.
    String text = "Kenyan troops shelled positions near Torvik at dawn.";
    assertThat(placeId(text, "Torvik")).isEqualTo("so:torvik");
    assertThat(resolver.resolveText(text)).noneMatch(m -> m.surface().equals("Kenyan"));
  }

  @Test
  void withNoPlaceTheWordsThatNameThePeopleLocateTheTextInTheirCountry() {
    List<PlaceMention> ms = resolver.resolveText("Kenyan police beat two students at a rally.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).surface()).isEqualTo("Kenyan");
    assertThat(((Resolution.Resolved) ms.get(0).resolution()).place().id()).isEqualTo("country:KE");
    // Two countries' people: no single country, no place.
    assertThat(resolver.resolveText("Kenyan and Somali elders met to end the feud.")).isEmpty();
    // People of a country who are not its state may be abroad: no place either.
    assertThat(resolver.resolveText("Somali herders lost forty camels to raiders.")).isEmpty();
    // An institution of the state names where it acts.
    assertThat(resolver.resolveText("Rioters burned ballot boxes outside the IEBC office."))
        .singleElement()
        .satisfies(m -> assertThat(m.surface()).isEqualTo("IEBC"));
  }

  @Test
  void aForceOrUnitOnlyThatCountryHasNamesItToo() {
    // Its police reserve and police units ("police reservists", "the Rural Border Patrol Unit").
    assertThat(placeId("Police reservists fought off raiders near Karuni at dawn.", "Karuni"))
        .isEqualTo("ke:karuni");
    assertThat(
            placeId(
                "The Rural Border Patrol Unit repulsed an attack on its camp in Karuni.", "Karuni"))
        .isEqualTo("ke:karuni");
    // A people that lives in that country only.
    assertThat(placeId("Pokot raiders drove off goats from Karuni on Sunday.", "Karuni"))
        .isEqualTo("ke:karuni");
    // A people is not its state: with no place, the text is not placed in the country.
    assertThat(resolver.resolveText("Pokot raiders drove off goats on Sunday.")).isEmpty();
    // Reservists alone may be any army's: no answer.
    assertThat(placeId("Army reservists fought off raiders near Karuni at dawn.", "Karuni"))
        .isNull();
  }

  @Test
  void wordsOfEastAfricanNewsAreNoPlaces() {
    // "Boda Boda riders", "the Ekeza Sacco", "Tugen herders": capitalised, yet no place names.
    Gazetteer g =
        Gazetteer.of(
            List.of(
                p("x:boda", "Boda", PlaceKind.POPULATED_PLACE, "PG", -6.5),
                p("x:sacco", "Sacco", PlaceKind.POPULATED_PLACE, "PG", -6.6),
                p("x:tugen", "Tugen", PlaceKind.POPULATED_PLACE, "PG", -6.7)),
            Map.of(),
            Set.of("AF"));
    GazetteerPlaceResolver r =
        new GazetteerPlaceResolver(g, GeoLexicon.standard(), GeoSettings.defaults());
    assertThat(r.resolveText("Boda Boda riders blocked the road on Monday.")).isEmpty();
    assertThat(r.resolveText("Members of a Sacco marched over lost savings.")).isEmpty();
    assertThat(r.resolveText("Tugen herders lost goats to raiders.")).isEmpty();
  }
}

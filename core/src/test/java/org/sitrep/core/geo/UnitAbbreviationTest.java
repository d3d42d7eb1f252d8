package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * All-capital abbreviations of admin units ("Foopur (NR)", "Barra district, N&R"): read as written
 * where a text puts the unit containing a place, never as the common word they also spell. Two
 * invented countries: "YK" with the province Northern Reach ("NR", "N&R") and "ZK" with the town
 * Selby.
 */
class UnitAbbreviationTest {
  static Place p(
      String id, String name, PlaceKind k, String cc, String a1, long pop, String... abbr) {
    List<PlaceName> names = new java.util.ArrayList<>();
    for (String a : abbr) {
      names.add(new PlaceName(a, Gazetteer.ABBREVIATION));
    }
    return new Place(
        id, name, k, cc, a1, null, (double) Math.floorMod(id.hashCode(), 60), 20.0, pop, names);
  }

  private static final List<Place> PLACES =
      List.of(
          p("g:YK.01", "Northern Reach", PlaceKind.PROVINCE, "YK", "g:YK.01", 0, "NR", "N&R", "UP"),
          p("g:YK.02", "Lowland", PlaceKind.PROVINCE, "YK", "g:YK.02", 0),
          p("c:harlow1", "Harlow", PlaceKind.POPULATED_PLACE, "YK", "g:YK.01", 20_000),
          p("c:harlow2", "Harlow", PlaceKind.POPULATED_PLACE, "YK", "g:YK.02", 60_000),
          p("c:selby", "Selby", PlaceKind.NATIONAL_CAPITAL, "ZK", null, 900_000));

  private final GazetteerPlaceResolver resolver = ResolverProbe.over(PLACES);

  Resolution resolution(String text, String surface) {
    return ResolverProbe.resolution(resolver, text, surface);
  }

  String placeId(String text, String surface) {
    return ResolverProbe.placeId(resolver, text, surface);
  }

  @Test
  void anAbbreviationInBracketsAfterAPlaceIsItsProvince() {
    String text = "Two men were shot in Harlow (NR) late on Sunday.";
    assertThat(placeId(text, "NR")).isEqualTo("g:YK.01");
    // Of two towns named Harlow, the one in the province the abbreviation names.
    assertThat(placeId(text, "Harlow")).isEqualTo("c:harlow1");
  }

  @Test
  void anAbbreviationWithAnAmpersandIsOneName() {
    String text = "A grenade hit a patrol in Dunmore town (Barra district, N&R) at dawn.";
    assertThat(placeId(text, "N&R")).isEqualTo("g:YK.01");
  }

  @Test
  void anAbbreviationMatchesOnlyInCapitalsAndInAUnitsPlace() {
    // "Up" in another case, and "UP" where no place precedes it, are words, not the province.
    assertThat(resolution("Up to forty people gathered in Harlow.", "Up")).isNull();
    assertThat(resolution("Prices went UP again, traders in Harlow said.", "UP")).isNull();
    assertThat(resolution("Crowds marched in Harlow (UP) on Friday.", "UP")).isNotNull();
  }

  @Test
  void anAbbreviationAfterAPlaceOfAnotherCountryIsNotTheUnit() {
    // A place the gazetteer knows only abroad: the letters after it are something else (an agency).
    assertThat(resolution("Selby (NR) - A bomb went off near the market on Monday.", "NR"))
        .isNull();
    assertThat(placeId("Selby (NR) - A bomb went off near the market on Monday.", "Selby"))
        .isEqualTo("c:selby");
  }
}

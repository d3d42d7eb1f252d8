package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * A town and then its county with the county's kind word, no comma between ("in Dunmore Tessa
 * County"), or an acronym next to a town ("the Dunmore GSU camp", "the ODM Dunmore branch"): the
 * town is still read, not taken for part of a longer name the gazetteer lacks. An invented country
 * "WK".
 */
class UnitAfterNameTest {
  static Place p(String id, String name, PlaceKind k, String a1, double lat) {
    return new Place(id, name, k, "WK", a1, null, lat, 40.0, 0, List.of());
  }

  final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(
          Gazetteer.of(
              List.of(
                  p("g:WK.01", "Tessa", PlaceKind.PROVINCE, "g:WK.01", 5.0),
                  p("c:dunmore", "Dunmore", PlaceKind.POPULATED_PLACE, "g:WK.01", 5.1),
                  p("g:WK.02", "Highfell", PlaceKind.PROVINCE, "g:WK.02", 8.0),
                  p("g:WK.02.1", "Verne", PlaceKind.DISTRICT, "g:WK.02", 8.1)),
              Map.of(),
              Set.of()),
          GeoLexicon.standard(),
          new GeoSettings(Set.of("WK"), 5, 1.0, 0.1));

  List<String> resolved(String text) {
    return resolver.resolveText(text).stream()
        .filter(m -> m.resolution() instanceof Resolution.Resolved)
        .map(m -> ((Resolution.Resolved) m.resolution()).place().id())
        .toList();
  }

  @Test
  void aCountyWithItsKindWordRightAfterATownIsTheTownsCounty() {
    assertThat(resolved("Two guards were shot in Dunmore Tessa County on Friday."))
        .containsExactly("c:dunmore", "g:WK.01");
  }

  @Test
  void withoutTheKindWordTheCapitalisedWordsStayOneUnknownName() {
    // "Dunmore Tessa" could be a person's or a firm's name: neither place is read from it.
    assertThat(resolved("Two guards of Dunmore Tessa were shot on Friday.")).isEmpty();
  }

  @Test
  void anAcronymBesideATownIsNoPartOfItsName() {
    assertThat(resolved("Gunmen attacked the Dunmore GSU camp at night."))
        .containsExactly("c:dunmore");
    assertThat(resolved("The ODM Dunmore branch chairman was arrested."))
        .containsExactly("c:dunmore");
  }

  @Test
  void theUnitAListIsPutInHoldsEveryNameOfTheList() {
    // Dunmore lies in Tessa, not in Verne: the Dunmore of this list is a namesake the gazetteer
    // lacks, and the district locates what happened.
    assertThat(
            resolved(
                "Police burned shops in Dunmore, Kell Barrow, Astin and Pole in Verne district."))
        .containsExactly("g:WK.02.1");
    assertThat(resolved("Police burned shops in Dunmore, Astin and Pole in Tessa County."))
        .containsExactly("c:dunmore", "g:WK.01");
  }
}

package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * A name written run together, with one letter of a pair or with an extra one ("Darbek" for the
 * town Dar Bek, "Lomarra" for Lomara, "Tesello" for Tesselo), outside the transliterated countries:
 * the same place, when the gazetteer knows no place of that very spelling. Invented places: the
 * province Orvan County in the country "QK" with the towns Dar Bek, Lomara and Tesselo, and a town
 * Lomarra in the country "RK" far away.
 */
class RunTogetherNameTest {
  static Place p(String id, String name, PlaceKind k, String cc, String a1, double lat) {
    return new Place(id, name, k, cc, a1, null, lat, 38.0, 0, List.of());
  }

  final Gazetteer gazetteer =
      Gazetteer.of(
          List.of(
              p("g:QK.01", "Orvan County", PlaceKind.PROVINCE, "QK", "g:QK.01", 1.0),
              p("c:darbek", "Dar Bek", PlaceKind.POPULATED_PLACE, "QK", "g:QK.01", 1.1),
              p("c:lomara", "Lomara", PlaceKind.POPULATED_PLACE, "QK", "g:QK.01", 1.2),
              p("c:tesselo", "Tesselo", PlaceKind.POPULATED_PLACE, "QK", "g:QK.01", 1.3),
              p("c:lomarra-rk", "Lomarra", PlaceKind.POPULATED_PLACE, "RK", null, 50.0)),
          Map.of(),
          Set.of());

  final GazetteerPlaceResolver resolver =
      new GazetteerPlaceResolver(gazetteer, GeoLexicon.standard(), GeoSettings.defaults());

  @Test
  void aNameRunTogetherIsThePlaceWrittenInTwoWords() {
    assertThat(gazetteer.lookup("Darbek"))
        .extracting(h -> h.place().id())
        .containsExactly("c:darbek");
    String text = "Gunmen attacked a bank in Darbek town, Orvan County, on Sunday.";
    assertThat(ResolverProbe.resolvedId(resolver, text, "Darbek")).isEqualTo("c:darbek");
  }

  @Test
  void aDoubledOrSingleLetterIsTheSamePlace() {
    assertThat(gazetteer.lookup("Tesello"))
        .extracting(h -> h.place().id())
        .containsExactly("c:tesselo");
    assertThat(
            ResolverProbe.resolvedId(
                resolver, "Residents of Tesello in Orvan County blocked a road.", "Tesello"))
        .isEqualTo("c:tesselo");
  }

  @Test
  void aLooseSpellingAloneDoesNotSetTheCountry() {
    // A group's name that happens to be a town's name with one letter of a pair less says
    // nothing of where the text is: no answer.
    assertThat(ResolverProbe.resolvedId(resolver, "Tesello militiamen stole cattle.", "Tesello"))
        .isNull();
    // A kind word, or a place of that country written as the gazetteer writes it, does.
    assertThat(ResolverProbe.resolvedId(resolver, "Youths rioted in Tesello town.", "Tesello"))
        .isEqualTo("c:tesselo");
    assertThat(
            ResolverProbe.resolvedId(
                resolver, "Youths rioted near Tesello and Lomara on Sunday.", "Tesello"))
        .isEqualTo("c:tesselo");
  }

  @Test
  void aPlaceOfThatVerySpellingComesFirst() {
    // "Lomarra" is a town of its own abroad: the one-letter variant in QK is not looked up.
    assertThat(gazetteer.lookup("Lomarra"))
        .extracting(h -> h.place().id())
        .containsExactly("c:lomarra-rk");
  }

  @Test
  void otherVowelsDoNotMatchButDoubledLettersDo() {
    // Vowels still count ("Lomuru" is no Lomara); a letter doubled once more changes nothing.
    assertThat(gazetteer.lookup("Lomuru")).isEmpty();
    assertThat(gazetteer.lookup("Darbekk")).extracting(h -> h.place().id()).contains("c:darbek");
  }
}

package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * The units a text names bound the other places it names: the unit that closes the brackets after a
 * name, the one province a sentence puts its places in, the country a repeated name does not
 * outvote. Invented countries: "VK" (Harrow and Penmar oblasts), "BK" and "WK" abroad.
 */
class UnitBoundsTest {
  private static Place p(
      String id, String name, PlaceKind k, String cc, String a1, String a2, long pop) {
    return ContainingUnitTest.p(id, name, k, cc, a1, a2, pop);
  }

  private static final List<Place> PLACES =
      List.of(
          p("g:VK.01", "Harrow Oblast", PlaceKind.PROVINCE, "VK", "g:VK.01", null, 0),
          p("g:VK.02", "Penmar Oblast", PlaceKind.PROVINCE, "VK", "g:VK.02", null, 0),
          p("g:VK.01.03", "Tillet", PlaceKind.DISTRICT, "VK", "g:VK.01", "g:VK.01.03", 0),
          p("c:lomar", "Lomar", PlaceKind.POPULATED_PLACE, "VK", "g:VK.02", null, 20_000),
          p("c:corvan", "Corvan", PlaceKind.POPULATED_PLACE, "VK", "g:VK.02", null, 3_000),
          p("c:brisk1", "Brisk", PlaceKind.POPULATED_PLACE, "VK", "g:VK.01", null, 2_000),
          p("c:brisk2", "Brisk", PlaceKind.POPULATED_PLACE, "VK", "g:VK.02", null, 2_000),
          p("c:stavel", "Stavel", PlaceKind.POPULATED_PLACE, "WK", null, null, 1_500),
          p("c:ardun", "Ardun", PlaceKind.POPULATED_PLACE, "VK", "g:VK.01", null, 1_500),
          p("c:quorra", "Quorra", PlaceKind.NATIONAL_CAPITAL, "WK", null, null, 3_000_000),
          p("c:pelko", "Pelko", PlaceKind.POPULATED_PLACE, "BK", null, null, 900),
          p("c:tarn", "Tarn", PlaceKind.PROVINCIAL_CAPITAL, "VK", "g:VK.01", null, 60_000),
          p("c:mirel", "Mirel", PlaceKind.POPULATED_PLACE, "VK", "g:VK.02", null, 800));

  private final GazetteerPlaceResolver resolver = ResolverProbe.over(PLACES);

  private Resolution resolution(String text, String surface) {
    return ResolverProbe.resolution(resolver, text, surface);
  }

  @Test
  void theUnitClosingTheBracketsBoundsTheNameBeforeThem() {
    // Corvan is known only in Penmar: the brackets put this one in Harrow, so it is a namesake
    // the gazetteer lacks, and the district and the province locate the event.
    String text = "Gunmen burnt a clinic in Corvan (Tillet, Harrow Oblast) on Friday.";
    assertThat(resolution(text, "Corvan")).isInstanceOf(Resolution.Unresolved.class);
    assertThat(ResolverProbe.placeId(resolver, text, "Harrow Oblast")).isEqualTo("g:VK.01");
    // A word between the name and its brackets ("Division", "camp") changes nothing.
    assertThat(
            resolution("Raiders hit the Corvan Division (Tillet, Harrow Oblast) twice.", "Corvan"))
        .isInstanceOf(Resolution.Unresolved.class);
  }

  @Test
  void ofTwoNamesakesTheBracketsKeepTheOneInTheirUnit() {
    assertThat(
            ResolverProbe.placeId(
                resolver, "Soldiers searched houses in Brisk (Tillet, Harrow Oblast).", "Brisk"))
        .isEqualTo("c:brisk1");
    assertThat(
            ResolverProbe.placeId(
                resolver, "Soldiers searched houses in Brisk (Lomar, Penmar Oblast).", "Brisk"))
        .isEqualTo("c:brisk2");
  }

  @Test
  void aNameInsideItsUnitStays() {
    assertThat(
            ResolverProbe.placeId(
                resolver, "Traders closed shops in Corvan (Lomar, Penmar Oblast).", "Corvan"))
        .isEqualTo("c:corvan");
  }

  @Test
  void aSentencesOneProvinceBoundsItsSmallPlaces() {
    // The sentence is about Penmar: a village of that name abroad, or in Harrow, is a namesake.
    String abroad = "In Lomar, Penmar Oblast, students marched to the Stavel square.";
    assertThat(resolution(abroad, "Stavel")).isInstanceOf(Resolution.Unresolved.class);
    assertThat(ResolverProbe.placeId(resolver, abroad, "Lomar")).isEqualTo("c:lomar");
    String elsewhere = "In Lomar, Penmar Oblast, police cleared the Ardun market.";
    assertThat(resolution(elsewhere, "Ardun")).isInstanceOf(Resolution.Unresolved.class);
  }

  @Test
  void aPlaceKnownAloneIsNotBoundBySentenceProvince() {
    // A capital abroad is what its name means, whatever province the sentence names.
    String text = "In Lomar, Penmar Oblast, envoys from Quorra met the governor.";
    assertThat(ResolverProbe.resolvedId(resolver, text, "Quorra")).isEqualTo("c:quorra");
    // Without a province named as a unit, a village abroad is read as before.
    assertThat(
            ResolverProbe.resolvedId(
                resolver, "Farmers in Stavel protested against the new tax.", "Stavel"))
        .isEqualTo("c:stavel");
  }

  @Test
  void aRepeatedNameDoesNotOutvoteTheUnitTheTextNames() {
    // Pelko is only a village of BK; the text puts it in Harrow, and names it again later: the
    // second mention does not make BK the text's country.
    String text =
        "Troops fired mortars at Pelko, Harrow Oblast. Observers counted blasts near Pelko.";
    assertThat(ResolverProbe.resolvedId(resolver, text, "Pelko")).isNull();
    assertThat(ResolverProbe.placeId(resolver, text, "Harrow Oblast")).isEqualTo("g:VK.01");
  }

  @Test
  void aQuarterPutInAProvincialCapitalLiesInItsProvince() {
    // Mirel is known only in Penmar; "Mirel, Tarn" is a quarter of Harrow's capital.
    String text = "Police raided a bar in Mirel, Tarn, on Sunday night.";
    assertThat(resolution(text, "Mirel")).isInstanceOf(Resolution.Unresolved.class);
    assertThat(ResolverProbe.placeId(resolver, text, "Tarn")).isEqualTo("c:tarn");
    // Put in a town of its own province, it stays.
    assertThat(
            ResolverProbe.resolvedId(
                resolver, "Police raided a bar in Mirel, Lomar, on Sunday night.", "Mirel"))
        .isEqualTo("c:mirel");
  }
}

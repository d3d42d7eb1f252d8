package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.model.AcledSubEventType;

/** Where the events of a trigger without a place of its own are. */
class PlaceFallbackTest {
  private final PlaceFallback fallback = new PlaceFallback(PlaceDirectory.of(Fixtures.GAZ));

  private PlaceFallback.Targets targets(Reading r, int i, String word) {
    SentenceScan sc = r.scan(i);
    Hit<Trigger> t = r.trigger(i, word);
    AcledSubEventType type = new EventTyper(Reading.SIDES).subType(r.scans, sc, t);
    var own = new PlaceAssigner().assignPlaces(sc, new TriggerFilter().eventTriggers(sc));
    return fallback.targets(r.scans, sc, t, type, own);
  }

  @Test
  void violenceWithoutAPlaceTakesThePlaceOfTheSentenceBefore() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "Fighting broke out in Kunduz on Monday. Two soldiers were killed.");
    PlaceFallback.Targets t = targets(r, 1, "killed");
    assertThat(t.carried()).isTrue();
    assertThat(t.places()).extracting(Reading::placeName).containsExactly("Kunduz");
    assertThat(PlaceFallback.carriedPlace(r.scans, r.scan(0))).isNull();
  }

  @Test
  void violenceAcrossTheCountryHasNoPlace() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "Fighting broke out in Kunduz on Monday. Shops were looted and protesters were beaten across the country.");
    PlaceFallback.Targets t = targets(r, 1, "beaten");
    assertThat(t.places()).containsExactly((Hit) null);
    assertThat(t.carried()).isFalse();
  }

  @Test
  void theCityIsTheTownNamedBefore() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The Taliban reached Kandahar on Monday. On Tuesday they entered the city.");
    Hit<Trigger> entered = r.trigger(1, "entered");
    assertThat(Reading.placeName(PlaceFallback.townReference(r.scans, r.scan(1), entered)))
        .isEqualTo("Kandahar");
    PlaceFallback.Targets t = targets(r, 1, "entered");
    assertThat(t.carried()).isTrue();
    assertThat(t.places()).extracting(Reading::placeName).containsExactly("Kandahar");
  }

  @Test
  void theFirstCountryNamedIsWhereUnplacedViolenceIsCoded() {
    Reading r = Reading.of("en", "2021-08-03", "Gunmen killed two traders in Afghanistan.");
    assertThat(Reading.placeName(PlaceFallback.countryMention(r.doc))).isEqualTo("Afghanistan");
    Reading none = Reading.of("en", "2021-08-03", "Gunmen killed two traders.");
    assertThat(PlaceFallback.countryMention(none.doc)).isNull();
  }

  @Test
  void aLeadWithoutAPlaceTakesThePlaceOfTheSentenceAfterIt() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "Dozens of soldiers gave up their posts after clashes on Monday, officials said. "
                + "They had been stationed in Takhar province for months.");
    PlaceFallback.Targets t = targets(r, 0, "clashes");
    assertThat(t.places()).extracting(Reading::placeName).containsExactly("Takhar");
    // Further into the text, places carry only from before.
    Reading later =
        Reading.of(
            "en",
            "2021-08-03",
            "Officials met on Monday. Elders spoke. Two soldiers were killed. They came from Takhar.");
    assertThat(PlaceFallback.carriedPlace(later.scans, later.scan(2))).isNull();
  }
}

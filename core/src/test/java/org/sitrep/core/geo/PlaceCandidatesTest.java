package org.sitrep.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.text.ArticleCleaner;
import org.sitrep.core.text.CleaningRules;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.core.time.RuleDateResolver;
import org.sitrep.core.time.TimeRules;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * Which spans of a text are place candidates, through the real analyser and date stage, on a small
 * gazetteer of invented places whose names collide with dates, people's names, common words and the
 * heads of longer names, as the names of a world gazetteer do.
 */
class PlaceCandidatesTest {
  private static final NlpModels MODELS = NlpModels.loadFromClasspath();

  private static Place p(String id, String name, PlaceKind k, String cc, String a1) {
    return new Place(id, name, k, cc, a1, null, 1.0, 36.0, 0, List.of());
  }

  private static Gazetteer gazetteer() {
    return Gazetteer.of(
        List.of(
            p("g:XK.01", "Wendo", PlaceKind.PROVINCE, "XK", "g:XK.01"),
            p("c:wendo", "Wendo", PlaceKind.PROVINCIAL_CAPITAL, "XK", "g:XK.01"),
            p("c:lirani", "Lirani", PlaceKind.POPULATED_PLACE, "XK", "g:XK.01"),
            p("c:tosha", "Tosha", PlaceKind.POPULATED_PLACE, "XK", "g:XK.01"),
            p("s:xk", "Xanadia", PlaceKind.COUNTRY, "XK", null),
            // Places of the same country whose names are also words of these sentences that
            // name no place: a date, a surname, kind words, a number, a people, a name's head.
            p("c:onjul", "On Jul", PlaceKind.DISTRICT, "XK", "g:XK.01"),
            p("c:gavu", "Gavu", PlaceKind.DISTRICT, "XK", "g:XK.01"),
            p("c:park", "Park", PlaceKind.POPULATED_PLACE, "XK", "g:XK.01"),
            p("c:forest", "Forest", PlaceKind.DISTRICT, "XK", "g:XK.01"),
            p("c:county", "County", PlaceKind.DISTRICT, "XK", "g:XK.01"),
            p("c:one", "One", PlaceKind.POPULATED_PLACE, "XK", "g:XK.01"),
            p("c:abu", "Abu", PlaceKind.DISTRICT, "XK", "g:XK.01"),
            p("c:karim", "Karim", PlaceKind.POPULATED_PLACE, "XK", "g:XK.01"),
            p("c:maasai", "Maasai", PlaceKind.POPULATED_PLACE, "XK", "g:XK.01"),
            // A unit abroad named as the first word of a longer name of this country.
            p("g:YQ.03", "Minas", PlaceKind.PROVINCE, "YQ", "g:YQ.03")),
        Map.of(),
        Set.of("XK"));
  }

  private static final Pipeline PIPELINE =
      new Pipeline(
          new ArticleCleaner(
              MODELS, CleaningRules.loadFromClasspath(), ArticleCleaner.Settings.DEFAULTS),
          new OpenNlpAnalyzer(MODELS),
          new RuleDateResolver(TimeRules.loadFromClasspath()),
          new GazetteerPlaceResolver(gazetteer(), GeoLexicon.standard(), GeoSettings.defaults()),
          d -> {
            throw new AssertionError("no extraction here");
          });

  /** The surfaces of the resolved mentions of an English text published on 2021-03-10. */
  private static List<String> places(String text) {
    Document d =
        new Document(
            "t", text, DateInterval.day(java.time.LocalDate.of(2021, 3, 10)), null, null, "en");
    PlacedDocument placed = PIPELINE.places().resolve(PIPELINE.date(d));
    return placed.places().stream()
        .filter(m -> m.resolution() instanceof Resolution.Resolved)
        .map(m -> m.surface() + "=" + ((Resolution.Resolved) m.resolution()).place().id())
        .toList();
  }

  @Test
  void wordsOfADateAreNoPlace() {
    assertThat(places("On Jul 4th 2020, traders of Lirani closed their shops."))
        .containsExactly("Lirani=c:lirani");
  }

  @Test
  void aWordGoingOnAnUnknownNameIsNoPlace() {
    // A person's surname, a park and a forest named after something the gazetteer lacks.
    assertThat(places("Supporters of Daniel Gavu marched through Lirani on Monday."))
        .containsExactly("Lirani=c:lirani");
    assertThat(places("Youths gathered in Kamau Park and near Ndeti Forest in Wendo."))
        .containsExactly("Wendo=c:wendo");
  }

  @Test
  void aPrefixWordLeavesTheNameAfterItAPlace() {
    assertThat(places("Fighting spread across Northern Wendo overnight."))
        .containsExactly("Wendo=c:wendo");
  }

  @Test
  void kindWordsNumbersPeoplesAndNameHeadsAreNoPlaceAlone() {
    assertThat(places("One of the members of County Assembly was hurt in Tosha."))
        .containsExactly("Tosha=c:tosha");
    assertThat(places("Maasai herders and traders clashed at Abu Karim, west of Lirani."))
        .containsExactly("Lirani=c:lirani");
  }

  @Test
  void aRoadBetweenTwoTownsIsLocatedByItsFirstTownOnlyWhenNothingElseIs() {
    assertThat(places("Drivers blocked the Lirani-Tosha road for hours."))
        .containsExactly("Lirani=c:lirani");
    assertThat(places("Drivers blocked the Lirani-Tosha road in Wendo town."))
        .containsExactly("Wendo=c:wendo");
  }

  @Test
  void aTitleCaseHeadlineStillNamesItsPlaces() {
    assertThat(places("Gunmen Storm Tosha Market As Police Watch"))
        .containsExactly("Tosha=c:tosha");
  }

  @Test
  void aTownInATitleOrAStreetNameLocatesOnlyWhenNothingElseDoes() {
    assertThat(places("Supporters of the Lirani Governor rallied in Tosha."))
        .containsExactly("Tosha=c:tosha");
    assertThat(places("Raiders from Wendo stole cattle at Tosha."))
        .containsExactly("Tosha=c:tosha");
    assertThat(places("Traders blocked Lirani Road on Monday.")).containsExactly("Lirani=c:lirani");
  }

  @Test
  void theFirstWordOfALongerUnknownNameIsNoUnitAbroad() {
    assertThat(places("Gunmen opened fire at Minas Verdes, a hamlet near Tosha."))
        .containsExactly("Tosha=c:tosha");
  }
}

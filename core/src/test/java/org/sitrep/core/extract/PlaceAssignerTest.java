package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;

/** Which places of a sentence belong to which trigger. */
class PlaceAssignerTest {
  private final PlaceAssigner assigner = new PlaceAssigner();

  private static List<String> names(List<Hit<PlaceMention>> ps) {
    return ps == null ? List.of() : ps.stream().map(Reading::placeName).toList();
  }

  private Map<Hit<Trigger>, List<Hit<PlaceMention>>> assign(Reading r) {
    return assigner.assignPlaces(r.scan(0), new TriggerFilter().eventTriggers(r.scan(0)));
  }

  @Test
  void eachPlaceGoesToTheNearestTriggerItFollows() {
    Reading r = Reading.of("en", "2021-08-03", "The Taliban captured Banu and attacked Kunduz.");
    var own = assign(r);
    assertThat(names(own.get(r.trigger(0, "captured")))).containsExactly("Banu");
    assertThat(names(own.get(r.trigger(0, "attacked")))).containsExactly("Kunduz");
  }

  @Test
  void anExceptionIsNotTaken() {
    Reading r =
        Reading.of(
            "en", "2021-08-03", "The Taliban captured every district of Baghlan except Andarab.");
    assertThat(names(assign(r).get(r.trigger(0, "captured")))).doesNotContain("Andarab");
    assertThat(PlaceAssigner.excepted(r.scan(0), r.place(0, "Andarab"))).isTrue();
    assertThat(PlaceAssigner.excepted(r.scan(0), r.place(0, "Baghlan"))).isFalse();
  }

  @Test
  void aPlaceOfARelativeClauseAboutAnotherPlaceIsNotTheTriggers() {
    Reading r =
        Reading.of("en", "2021-08-03", "Parwan, which borders Bamyan, was recaptured on Sunday.");
    Hit<Trigger> t = r.trigger(0, "recaptured");
    assertThat(PlaceAssigner.inRelativeClause(r.scan(0), r.place(0, "Bamyan"), t)).isTrue();
    assertThat(PlaceAssigner.inRelativeClause(r.scan(0), r.place(0, "Parwan"), t)).isFalse();
    assertThat(names(assign(r).get(t))).containsExactly("Parwan");
  }

  @Test
  void aCommaOrAnAndJoinsTheItemsOfAList() {
    Reading r = Reading.of("en", "2021-08-03", "Banu, Bazarak and Rukha fell. Kunduz was calm.");
    SentenceScan sc = r.scan(0);
    Hit<PlaceMention> banu = r.place(0, "Banu");
    Hit<PlaceMention> bazarak = r.place(0, "Bazarak");
    Hit<PlaceMention> rukha = r.place(0, "Rukha");
    assertThat(PlaceAssigner.listGap(sc, banu.end(), bazarak.start())).isTrue();
    assertThat(PlaceAssigner.listGap(sc, bazarak.end(), rukha.start())).isTrue();
    assertThat(PlaceAssigner.listGlue(sc, banu.end(), bazarak.start())).isTrue();
    // From Banu to Rukha lies a name, not only list words.
    assertThat(PlaceAssigner.listGlue(sc, banu.end(), rukha.start())).isFalse();
    assertThat(PlaceAssigner.listGap(sc, banu.end(), banu.end())).isFalse();
  }

  @Test
  void aPlaceOpeningAClauseWithItsOwnVerbIsItsSubject() {
    Reading r =
        Reading.of(
            "en", "2021-08-03", "Banu had fallen, and Bazarak was surrounded by the Taliban.");
    assertThat(PlaceAssigner.subjectOfOwnClause(r.scan(0), r.place(0, "Bazarak"))).isTrue();
    assertThat(PlaceAssigner.subjectOfOwnClause(r.scan(0), r.place(0, "Banu"))).isFalse();
  }

  @Test
  void anAuxiliaryAfterThePlaceAnswersWithoutTaggingTheSentence() {
    Reading r =
        Reading.of(
            "en", "2021-08-03", "Banu had fallen, and Bazarak, the old capital, was surrounded.");
    SentenceScan sc = r.scan(0);
    assertThat(sc.tokens.get(0).tagKnown()).as("not tagged before").isFalse();
    assertThat(PlaceAssigner.subjectOfOwnClause(sc, r.place(0, "Bazarak"))).isTrue();
    assertThat(sc.tokens.get(0).tagKnown()).as("still not tagged").isFalse();
  }

  @Test
  void placesSituatedInTheProvinceATriggerGotAreItsPlacesHoweverFar() {
    Reading en =
        Reading.of(
            "en",
            "2021-08-03",
            "Andarab and Deh-e Salah districts in the northern Baghlan province, which borders"
                + " Parwan and Bamyan in the centre, were retaken by government forces on"
                + " Monday.");
    assertThat(names(assign(en).get(en.trigger(0, "retaken"))))
        .containsExactlyInAnyOrder("Andarab", "Deh-e Salah");
    Reading fr =
        Reading.of(
            "fr",
            "2021-08-03",
            "Andarab et Deh-e Salah dans la province de Baghlan, au nord du pays selon des"
                + " habitants joints hier, ont été reprises lundi par les forces"
                + " gouvernementales.");
    assertThat(names(assign(fr).get(fr.trigger(0, "reprises"))))
        .containsExactlyInAnyOrder("Andarab", "Deh-e Salah");
    // a place of another province is not situated by it
    Reading other =
        Reading.of(
            "en",
            "2021-08-03",
            "Rukha in the northern Baghlan province, which borders Parwan and Bamyan in the"
                + " centre, was retaken by government forces on Monday.");
    assertThat(names(assign(other).get(other.trigger(0, "retaken")))).doesNotContain("Rukha");
  }

  @Test
  void aTownWhoseAppositionNamesItsProvinceIsTheTriggersPlace() {
    Reading en =
        Reading.of(
            "en",
            "2021-08-03",
            "Pul-e Khumri, the capital of the northern Baghlan province – a key town on the highway"
                + " to the north – was seized by the insurgents on Friday.");
    assertThat(names(assign(en).get(en.trigger(0, "seized")))).containsExactly("Pul-e Khumri");
    Reading fr =
        Reading.of(
            "fr",
            "2021-08-03",
            "Pul-e Khumri, la capitale de la province de Baghlan – une ville clé sur la route du"
                + " nord –, est tombée aux mains des insurgés vendredi.");
    assertThat(names(assign(fr).get(fr.trigger(0, "tombée")))).containsExactly("Pul-e Khumri");
  }
}

package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** Datelines, reporters' locations and reference points do not locate events. */
class PlaceRolesTest {
  private static List<String> places(String published, String text) {
    return Fixtures.extract(published, text).stream()
        .map(e -> e.location() == null ? "-" : e.location().name())
        .toList();
  }

  @Test
  void aDatelineIsNotWhereItHappened() {
    String text = "KABUL: Fighters seized a police post on Sunday, officials said.";
    assertThat(places("2021-08-09", text)).doesNotContain("Kabul");
    String two = "KANDAHAR/HERAT • Fighters seized a police post on Sunday, officials said.";
    assertThat(places("2021-08-09", two)).doesNotContain("Kandahar");
    String fr =
        "Kaboul – Des combattants ont pris un poste de police dimanche, selon des responsables.";
    assertThat(places("2021-08-09", fr)).doesNotContain("Kabul");
  }

  @Test
  void aPlaceOpeningASentenceWithoutAColonStaysTheEventPlace() {
    String text = "Kandahar fell to the Taliban on Friday.";
    assertThat(places("2021-08-14", text)).containsExactly("Kandahar");
  }

  @Test
  void aDistanceReferenceIsNotTheEventPlace() {
    String en = "Fighting broke out in Baghlan province on Monday, about 40 km north of Charikar.";
    assertThat(places("2021-08-24", en)).contains("Baghlan").doesNotContain("Charikar");
    String fr =
        "Des combats ont éclaté lundi dans la province du Baghlan, à plus de 100 kilomètres"
            + " (60 miles) au nord de la capitale Kaboul.";
    assertThat(places("2021-08-24", fr)).contains("Baghlan").doesNotContain("Kabul");
  }

  @Test
  void aDistanceReferenceAloneMakesNoEventThere() {
    String text = "An attack on a checkpoint 30 km south of Ghazni killed four guards on Monday.";
    assertThat(places("2021-08-24", text)).doesNotContain("Ghazni");
  }

  @Test
  void aBearingInAppositionMeasuresFromThePlace() {
    String fr = "Les talibans ont pris Charikar, au nord de Kaboul, le 15 août.";
    List<Event> events = Fixtures.extract("2021-08-16", fr);
    assertThat(events)
        .extracting(e -> e.location().name())
        .contains("Charikar")
        .doesNotContain("Kabul");
    String en = "Clashes were reported north of Kunduz city on Monday.";
    assertThat(places("2021-08-24", en)).contains("Kunduz");
  }

  @Test
  void theReportersLocationIsNotTheEventPlace() {
    String fr =
        "Des hommes armés ont attaqué un poste à Ghazni mardi.\n\n"
            + "avec notre correspondant à Kaboul,\n\n"
            + "Dix gardes ont été tués lors de l'attaque.";
    assertThat(places("2021-08-25", fr)).contains("Ghazni").doesNotContain("Kabul");
  }

  @Test
  void aPlaceThatSpeaksIsItsGovernmentNotWhereItHappened() {
    String en = "Kabul says fighters attacked a checkpoint in Ghazni on Monday.";
    assertThat(places("2021-08-03", en)).contains("Ghazni").doesNotContain("Kabul");
    String fr = "Kaboul accuse des combattants d'avoir attaqué un poste à Ghazni lundi.";
    assertThat(places("2021-08-03", fr)).contains("Ghazni").doesNotContain("Kabul");
    // A place after a preposition stays a place even before a verb of saying.
    Reading in =
        Reading.of("en", "2021-08-03", "Residents in Ghazni said fighters attacked a post.");
    assertThat(in.scan(0).places).extracting(Reading::placeName).contains("Ghazni");
  }

  @Test
  void aGainForAPlaceIsForItsSide() {
    String en = "The fall of Charikar on Sunday was the worst setback for Kabul in months.";
    assertThat(places("2021-08-16", en)).contains("Charikar").doesNotContain("Kabul");
    String fr = "La prise de Charikar dimanche est un succès pour Kaboul.";
    assertThat(places("2021-08-16", fr)).contains("Charikar").doesNotContain("Kabul");
  }

  @Test
  void whereTheyFledToIsNotWhereTheFightingWas() {
    String en = "Hundreds of soldiers fled to Kunduz after heavy clashes in Baghlan on Sunday.";
    assertThat(places("2021-08-16", en)).contains("Baghlan").doesNotContain("Kunduz");
    String fr = "Des centaines d'habitants se sont réfugiés à Kunduz après des combats à Taloqan.";
    assertThat(places("2021-08-16", fr)).contains("Taloqan").doesNotContain("Kunduz");
  }

  @Test
  void whereFightersCameFromIsNotWhereTheyFought() {
    String en = "Gunmen who came from Herat attacked a checkpoint in Ghazni on Monday.";
    assertThat(places("2021-08-24", en)).contains("Ghazni").doesNotContain("Herat");
    String fr = "Des hommes armés venus de Hérat ont attaqué un poste à Ghazni lundi.";
    assertThat(places("2021-08-24", fr)).contains("Ghazni").doesNotContain("Herat");
  }

  @Test
  void peopleNamedByWhereTheyAreFromActElsewhere() {
    String en = "Migrant workers from Herat clashed with guards at a depot in Ghazni on Monday.";
    assertThat(places("2021-08-24", en)).contains("Ghazni").doesNotContain("Herat");
  }

  @Test
  void raidersSaidToBeFromAPlaceStruckElsewhere() {
    String en = "Bandits thought to be from Herat attacked a checkpoint in Ghazni on Monday.";
    assertThat(places("2021-08-24", en)).contains("Ghazni").doesNotContain("Herat");
    String herders = "Pastoralists from Herat clashed with guards at a depot in Ghazni on Monday.";
    assertThat(places("2021-08-24", herders)).contains("Ghazni").doesNotContain("Herat");
  }

  @Test
  void peopleFromAPlaceWithNoOtherPlaceStillLocateTheEvent() {
    String en = "Villagers from Ghazni protested against the new tax on Monday.";
    assertThat(places("2021-08-24", en)).contains("Ghazni");
  }

  @Test
  void anEventKnownOnlyByItsCountryTakesTheOneProvinceTheTextNames() {
    String en =
        "Twelve villagers were killed by gunmen in the east of Afghanistan on Monday night. The"
            + " toll rose on Tuesday, a local official said. Elders said the village lies in"
            + " Baghlan province.";
    assertThat(places("2021-08-24", en)).contains("Baghlan").doesNotContain("Afghanistan");
  }

  @Test
  void anEventKnownOnlyByItsCountryStaysThereWhenTheTextNamesTwoProvinces() {
    String en =
        "Twelve villagers were killed by gunmen in the east of Afghanistan on Monday night. The"
            + " toll rose on Tuesday, a local official said. Elders said the village lies between"
            + " Baghlan province and Helmand province.";
    assertThat(places("2021-08-24", en)).contains("Afghanistan");
  }

  @Test
  void aPlaceNamingAnAgreementIsNoEventPlace() {
    String en = "Fighters attacked a convoy in Ghazni on Monday despite the Kabul agreement.";
    assertThat(places("2021-08-24", en)).contains("Ghazni").doesNotContain("Kabul");
    String fr = "Des combattants ont attaqué un convoi à Ghazni lundi malgré l'accord de Kaboul.";
    assertThat(places("2021-08-24", fr)).contains("Ghazni").doesNotContain("Kabul");
  }

  @Test
  void everyReadPlaceMentionHasItsRole() {
    String text =
        "Kabul: Gunmen who came from Herat attacked a post 30 km south of Ghazni on Monday and"
            + " then fled into Kandahar, residents of Khost said.";
    org.sitrep.core.geo.PlacedDocument doc = Reading.of("en", "2021-08-24", text).doc;
    java.util.Map<String, String> bySurface = new java.util.HashMap<>();
    Reading.EXTRACTOR
        .placeRoles(doc)
        .forEach((span, role) -> bySurface.put(text.substring(span.start(), span.end()), role));
    assertThat(bySurface)
        .containsEntry("Kabul", "dateline")
        .containsEntry("Herat", "origin")
        .containsEntry("Ghazni", "reference")
        .containsEntry("Kandahar", "destination")
        .containsEntry("Khost", "event");
  }
}

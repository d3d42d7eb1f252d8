package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fatalities;

/** The toll a sentence, or the story after it, reports. */
class CasualtyCounterTest {
  private final CasualtyCounter counter = new CasualtyCounter();

  private Fatalities toll(String lang, String text) {
    Reading r = Reading.of(lang, "2021-08-03", text);
    SentenceScan sc = r.scan(0);
    return counter.casualties(sc, r.dates.near(sc.sentence.span()));
  }

  @Test
  void theCountsNextToTheCasualtyWords() {
    Fatalities f = toll("en", "The bomb killed 12 people and wounded 30 others in Kunduz.");
    assertThat(f.killed()).isEqualTo(12);
    assertThat(f.wounded()).isEqualTo(30);
    Fatalities fr = toll("fr", "L'explosion a tué sept personnes à Kunduz.");
    assertThat(fr.killed()).isEqualTo(7);
  }

  @Test
  void oneVictimInTheSingular() {
    assertThat(toll("en", "Gunmen killed a trader in Herat.").killed()).isEqualTo(1);
  }

  @Test
  void aDayOfTheMonthCountsNoOne() {
    assertThat(toll("en", "Two men were killed on 19 July in Herat.").killed()).isEqualTo(2);
    assertThat(toll("en", "The market in Herat reopened on 19 July.")).isEqualTo(Fatalities.NONE);
  }

  @Test
  void anActTakesTheTollOfTheNextSentencesThatReportNothingElse() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "Gunmen attacked a bus near Herat on Monday. Four passengers died.");
    List<Candidate> cands = new java.util.ArrayList<>(r.candidates());
    Candidate attack = Reading.candidate(cands, "attacked");
    assertThat(attack.fatalities).isEqualTo(Fatalities.NONE);
    counter.fromTheStory(r.scans, List.of(attack), r.dates);
    assertThat(attack.fatalities.killed()).isEqualTo(4);
  }

  @Test
  void aSingularAuxiliaryBeforeTheVerbNamesOneVictim() {
    assertThat(
            toll("en", "Ahmad Karimi, who ran the city's radio station, was shot dead in Herat.")
                .killed())
        .isEqualTo(1);
    assertThat(toll("en", "He was reportedly killed near Herat on Monday.").killed()).isEqualTo(1);
    assertThat(toll("fr", "Ahmad Karimi, qui dirigeait la radio, a été abattu à Herat.").killed())
        .isEqualTo(1);
    // ... but not when the clause says nobody died: then the toll is none, said outright.
    assertThat(toll("en", "No one was killed in the blast near Herat.").killed()).isEqualTo(0);
    assertThat(toll("fr", "Personne n'a été tué dans l'explosion à Herat.").killed()).isEqualTo(0);
    assertThat(toll("en", "He was not killed in the attack on Herat.").killed()).isNull();
  }

  @Test
  void aSingularPossessiveAfterTheVerbIsOneVictimButNotBeforeIt() {
    assertThat(toll("en", "A farmer shot dead his cousin near Herat on Monday.").killed())
        .isEqualTo(1);
    assertThat(toll("fr", "Un policier a abattu son voisin à Herat lundi.").killed()).isEqualTo(1);
    assertThat(toll("en", "Gunmen killed his two brothers near Herat.").killed()).isEqualTo(2);
  }

  @Test
  void lynchingDyingInThePresentAndTortureToDeathAreKillings() {
    assertThat(toll("en", "A crowd lynches a suspected thief in Herat.").killed()).isEqualTo(1);
    assertThat(toll("en", "Three people die in clashes with police in Herat.").killed())
        .isEqualTo(3);
    assertThat(toll("en", "He was tortured to death in a cell in Herat.").killed()).isEqualTo(1);
    assertThat(toll("fr", "Deux manifestants meurent lors de heurts à Herat.").killed())
        .isEqualTo(2);
  }

  @Test
  void aDeathReportedIsCounted() {
    Fatalities f = toll("en", "Riots broke out in Herat, with at least one death reported.");
    assertThat(f.killed()).isEqualTo(1);
    assertThat(toll("en", "Two deaths were confirmed after the riot in Herat.").killed())
        .isEqualTo(2);
  }

  @Test
  void anAsideInParenthesesDoesNotHideTheCount() {
    assertThat(
            toll("en", "Six herders (out of a party of ten) were killed by raiders near Herat.")
                .killed())
        .isEqualTo(6);
  }

  @Test
  void anAssassinationAndAHimAfterTheVerbAreOneVictim() {
    assertThat(toll("en", "Gunmen assassinated a judge outside his home in Herat.").killed())
        .isEqualTo(1);
    assertThat(toll("en", "The crowd caught the thief in Herat and killed him.").killed())
        .isEqualTo(1);
  }

  @Test
  void anUnstatedNumberIsValuedAsSeveral() {
    Fatalities f = toll("en", "Shells fell on Herat, killing an unknown number of fighters.");
    assertThat(f.acled()).isEqualTo(10);
    Fatalities fr = toll("fr", "Les frappes ont tué un nombre inconnu de combattants à Herat.");
    assertThat(fr.acled()).isEqualTo(10);
  }

  @Test
  void aDeathThatResultsFromTheActCountsButOneThatCausedAProtestDoesNot() {
    assertThat(
            toll("en", "Two clans fought in Herat, resulting in the death of a shepherd.").killed())
        .isEqualTo(1);
    assertThat(toll("en", "Students marched in Herat to protest the killing of a classmate."))
        .isEqualTo(Fatalities.NONE);
  }

  @Test
  void aTollOfNoneSaidOutrightIsZeroNotUnknown() {
    Fatalities fr =
        toll(
            "fr",
            "Un poste a été attaqué à Herat, mais les assaillants ont été repoussés sans faire de victimes.");
    assertThat(fr.killed()).isEqualTo(0);
    assertThat(toll("en", "Rockets hit the airport in Herat but caused no casualties.").killed())
        .isEqualTo(0);
    assertThat(toll("en", "Rockets hit the airport in Herat on Monday."))
        .isEqualTo(Fatalities.NONE);
  }
}

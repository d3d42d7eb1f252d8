package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
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
  void aCommaThatOnlyEndsALongSubjectKeepsItsCount() {
    assertThat(
            toll(
                    "fr",
                    "Douze villageois surpris dans leurs champs et sur les pistes voisines, ont été"
                        + " tués.")
                .killed())
        .isEqualTo(12);
    assertThat(
            toll(
                    "en",
                    "Twelve villagers caught in their fields and on the nearby tracks, were killed.")
                .killed())
        .isEqualTo(12);
    // a comma of another clause still ends the search: the count is not the victims'
    Integer other =
        toll("en", "The gunmen came on 12 motorbikes, and later, were killed by soldiers.")
            .killed();
    assertThat(java.util.Objects.equals(other, 12)).isFalse();
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

  @Test
  void numbersInWordsCompoundAndRanges() {
    assertThat(toll("en", "The raid on Herat left twenty-three villagers dead.").killed())
        .isEqualTo(23);
    assertThat(toll("en", "Bombers struck Herat, killing seventy four recruits.").killed())
        .isEqualTo(74);
    assertThat(toll("en", "Gunmen killed seventeen miners near Herat.").killed()).isEqualTo(17);
    assertThat(toll("fr", "Des hommes armés ont tué dix-huit mineurs près de Herat.").killed())
        .isEqualTo(18);
    assertThat(toll("fr", "L'attaque a fait vingt-six morts à Herat.").killed()).isEqualTo(26);
    // a range: ACLED's lowest figure
    assertThat(toll("en", "Raiders killed 6-9 herders near Herat.").acled()).isEqualTo(6);
  }

  @Test
  void killedAndWoundedTogetherVagueIsValuedAsSeveral() {
    Fatalities f = toll("en", "Shelling hit Herat, killing and injuring a number of guards.");
    assertThat(f.killed()).isNull();
    assertThat(f.acled()).isEqualTo(10);
    // an exact count of killed-or-wounded still gives no dead for sure
    assertThat(toll("en", "Shelling hit Herat, killing and injuring 14 guards.").acled())
        .isEqualTo(0);
  }

  @Test
  void deathsReportedWithNoCount() {
    assertThat(toll("en", "Troops repelled a raid on Herat, incurring fatalities.").acled())
        .isEqualTo(10);
    assertThat(toll("en", "Troops repelled a raid on Herat with no report of fatalities.").acled())
        .isEqualTo(0);
  }

  @Test
  void anAsideNamingPartOfTheVictimsIsSkipped() {
    assertThat(toll("en", "Seven people, among them a nurse, were killed in Herat.").killed())
        .isEqualTo(7);
    assertThat(toll("fr", "Sept personnes, dont une infirmière, ont été tuées à Herat.").killed())
        .isEqualTo(7);
  }

  @Test
  void twoVictimsNamedInTheSingular() {
    assertThat(toll("en", "A farmer and a teacher were shot dead in Herat.").killed()).isEqualTo(2);
    assertThat(toll("en", "Police beat a vendor to death in Herat.").killed()).isEqualTo(1);
    assertThat(toll("en", "A shopkeeper shot dead by gunmen in Herat.").killed()).isEqualTo(1);
  }

  @Test
  void theKillersCountIsNotTheToll() {
    assertThat(toll("en", "Four gunmen on motorbikes shot and killed a cleric in Herat.").killed())
        .isEqualTo(1);
    // a singular verb has one victim, whatever count comes before it
    assertThat(
            toll("en", "A youth suspected of stealing nine goats was beaten to death in Herat.")
                .killed())
        .isEqualTo(1);
    // after a passive, the count past "and" is of another group
    Fatalities f = toll("en", "One guard was killed and 14 were injured in Herat.");
    assertThat(f.killed()).isEqualTo(1);
    assertThat(f.wounded()).isEqualTo(14);
    assertThat(toll("en", "Three KDF soldiers were killed in Herat.").killed()).isEqualTo(3);
  }

  @Test
  void aLongSubjectOfAPassiveStillGivesItsCount() {
    assertThat(
            toll(
                    "en",
                    "Three young men accused of stealing goats from a neighbour were lynched in Herat.")
                .killed())
        .isEqualTo(3);
    assertThat(toll("en", "Police shot a robber, who died later in Herat.").killed()).isEqualTo(1);
  }

  private static Event only(String text) {
    return Fixtures.only("2021-08-21", text);
  }

  @Test
  void aStandaloneTollSentenceIsTheTotalAndIsQuoted() {
    Event e =
        only(
            "Gunmen shot a shopkeeper in Herat on 19 August. His brother was hurt and died later. 2 fatalities.");
    assertThat(e.fatalities().acled()).isEqualTo(2);
    assertThat(e.evidence())
        .anySatisfy(
            x -> {
              assertThat(x.role()).isEqualTo("fatalities");
              assertThat(x.quote()).isEqualTo("2 fatalities.");
            });
  }

  @Test
  void aTollSharedOutOverEventsGivesEachItsPart() {
    Event e =
        only(
            "Militias clashed around Herat on 19 August, killing 20 fighters. The fatalities were split between 3 events.");
    assertThat(e.fatalities().acled()).isEqualTo(7);
    assertThat(e.fatalities().killed()).isEqualTo(20);
    assertThat(e.evidence()).anySatisfy(x -> assertThat(x.role()).isEqualTo("fatalities"));
  }

  @Test
  void anActWithOnlyWoundedLearnsItsDeadLater() {
    Event e =
        only(
            "Gunmen attacked a shopkeeper and two drivers in Herat on 19 August. One driver later died.");
    assertThat(e.fatalities().acled()).isEqualTo(1);
  }

  @Test
  void groupsJoinedByAndAreAddedButNotAnotherClause() {
    assertThat(toll("en", "Five guards and a cook were killed in Herat.").killed()).isEqualTo(6);
    assertThat(toll("en", "Soldiers shot dead one shepherd and two boys in Herat.").killed())
        .isEqualTo(3);
    assertThat(toll("fr", "Cinq gardes et deux cuisiniers ont été tués à Herat.").killed())
        .isEqualTo(7);
    // "and injured four" is another clause: its count is of the wounded
    Fatalities f = toll("en", "Gunmen killed two guards and injured four others in Herat.");
    assertThat(f.killed()).isEqualTo(2);
    assertThat(f.wounded()).isEqualTo(4);
    assertThat(toll("en", "Bandits killed one herder and stole 40 goats in Herat.").killed())
        .isEqualTo(1);
  }

  @Test
  void aNumberBesideASlashIsNoCount() {
    assertThat(toll("en", "A councillor was shot dead on 14/3 in Herat.").killed()).isEqualTo(1);
  }

  @Test
  void aFatalWoundIsADeath() {
    assertThat(toll("en", "A vendor was fatally stabbed in Herat.").killed()).isEqualTo(1);
    assertThat(toll("fr", "Un vendeur a été mortellement blessé à Herat.").killed()).isEqualTo(1);
  }

  @Test
  void aDeathByAnyMeansToDeathAndAPronounThatDies() {
    assertThat(toll("en", "A porter was crushed to death in Herat.").killed()).isEqualTo(1);
    assertThat(toll("en", "Raiders clubbed a watchman to death in Herat.").killed()).isEqualTo(1);
    assertThat(toll("en", "Police arrived in Herat, but he died shortly afterwards.").killed())
        .isEqualTo(1);
    // a time phrase between the singular auxiliary and the verb
    assertThat(toll("en", "A clerk was on Monday evening shot dead in Herat.").killed())
        .isEqualTo(1);
  }

  @Test
  void aRisingDeathTollReplacesTheFirstCount() {
    Event e =
        only(
            "Gunmen raided a market in Herat on 19 August, killing four. The death toll rose to 11.");
    assertThat(e.fatalities().acled()).isEqualTo(11);
    assertThat(e.evidence()).anySatisfy(x -> assertThat(x.role()).isEqualTo("fatalities"));
  }

  @Test
  void killedAnimalsAreNoVictims() {
    assertThat(toll("en", "Raiders killed 30 goats near Herat.")).isEqualTo(Fatalities.NONE);
    assertThat(toll("en", "Raiders killed a herder and 30 goats near Herat.").killed())
        .isEqualTo(1);
  }
}

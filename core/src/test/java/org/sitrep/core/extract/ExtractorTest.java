package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;

/** The hard cases of the issue, on the project's own sentences. */
class ExtractorTest {
  private static List<Event> territory(List<Event> events) {
    return events.stream().filter(e -> e.kind() == EventKind.TERRITORY).toList();
  }

  @Test
  void aListOfPlacesGivesOneEventPerPlaceSharingTheEvidence() {
    String text =
        "Andarab, Pul-e Hisar et Deh-e Salah ont été saisis par la résistance le 20 août.";
    List<Event> t = territory(Fixtures.extract("2021-08-21", text));
    assertThat(t)
        .extracting(e -> e.location().name())
        .containsExactly("Andarab", "Pul-e Hisar", "Deh-e Salah");
    assertThat(t).extracting(e -> e.evidence().get(0).start()).containsOnly(0);
    assertThat(t)
        .extracting(e -> e.territory().controllerAfter())
        .containsOnly("anti-Taliban resistance");
    assertThat(t).extracting(Event::eventId).doesNotHaveDuplicates();
  }

  @Test
  void violenceAtAPlaceTheGazetteerLacksIsCodedAtTheCountryOrUnlocated() {
    // The village is in no gazetteer: the event stays, at the country the text names.
    Event e =
        Fixtures.extract(
                "2021-08-21", "Gunmen killed two farmers in Zorbaki, Afghanistan, on 19 August.")
            .get(0);
    assertThat(e.kind()).isEqualTo(EventKind.VIOLENCE);
    assertThat(e.location().name()).isEqualTo("Afghanistan");
    assertThat(e.location().geoPrecision()).isEqualTo(3);
    assertThat(e.date().from()).hasToString("2021-08-19");
    // No country named: the event has no location, but it is not lost.
    List<Event> none =
        Fixtures.extract("2021-08-21", "A mob beat a thief in Zorbaki market on 19 August.");
    assertThat(none).hasSize(1);
    assertThat(none.get(0).location()).isNull();
    // A document that locates one event does not add an unlocated double of another mention.
    List<Event> located =
        Fixtures.extract(
            "2021-08-21",
            "Gunmen killed two farmers in Andarab on 19 August. The killing shocked Zorbaki.");
    assertThat(located).allSatisfy(x -> assertThat(x.location()).isNotNull());
  }

  private static org.sitrep.model.AcledSubEventType type(String text) {
    List<Event> es = Fixtures.extract("2021-08-21", text);
    assertThat(es).as(text).hasSize(1);
    return es.get(0).subEventType();
  }

  @Test
  void violenceIsTypedByItsTargetArmedMenOrCivilians() {
    // Active verb: the object is the target; the armed subject does not make it a clash.
    assertThat(type("Gunmen shot two herders in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ATTACK);
    assertThat(type("Gunmen attacked a police checkpoint in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH);
    // Passive and bare participle: the subject is the target.
    assertThat(type("A teacher was beaten by soldiers in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ATTACK);
    assertThat(type("Four soldiers were killed in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH);
    // Firing at positions is a clash; opening fire on a bus is an attack.
    assertThat(type("Militiamen fired on army positions near Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH);
    assertThat(type("Unknown men opened fire on a bus in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ATTACK);
  }

  @Test
  void oneSentenceOneHappeningOfTheTypeThatTakesInTheOthers() {
    // A protest and its arrests: a protest (with intervention), not an arrest.
    assertThat(type("Traders protested in Banu on 19 August and police arrested six of them."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.PROTEST_WITH_INTERVENTION);
    // Mortars fired along with small arms: one armed clash.
    assertThat(
            type("Rebels fired mortars and small arms at army positions near Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH);
    // Mortars alone: shelling.
    assertThat(type("Rebels fired mortars at army positions near Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.SHELLING_ARTILLERY_MISSILE);
    // Forces that move in, with no violence: a change to group/activity; with an attack, the
    // attack.
    assertThat(type("Army reinforcements arrived in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.CHANGE_TO_GROUP_ACTIVITY);
    assertThat(type("Army reinforcements attacked rebel positions in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH);
    // Heavy machine guns fired from afar count with the heavy weapons; an exchange is a clash.
    assertThat(type("Rebels fired heavy machine guns at army positions near Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.SHELLING_ARTILLERY_MISSILE);
    assertThat(type("Soldiers exchanged artillery with rebels near Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH);
    // A demonstration during a lockdown is a demonstration.
    assertThat(type("Nurses protested in Banu on 19 August. It happened during the lockdown."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.PEACEFUL_PROTEST);
    // Counted explosions observed near a place: shelling.
    assertThat(type("Monitors counted 14 explosions near Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.SHELLING_ARTILLERY_MISSILE);
  }

  @Test
  void demonstrationsAndCrowdsAreTypedByTheCodebook() {
    // What the demonstrators did, told in the next sentence, makes the demonstration violent.
    assertThat(type("Drivers protested in Banu on 19 August. They burned tyres on the main road."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.VIOLENT_DEMONSTRATION);
    assertThat(type("Students protested in Banu on 19 August and stoned a police post."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.VIOLENT_DEMONSTRATION);
    // Violent demonstrators shot by the police: still a violent demonstration, not excessive force.
    assertThat(
            type("Protesters pelted police with stones in Banu on 19 August and police shot one."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.VIOLENT_DEMONSTRATION);
    assertThat(type("Police opened fire on peaceful marchers in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    // A crowd that beats or kills, or rival supporters who clash: mob violence.
    assertThat(type("Villagers in Banu beat a suspected thief on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.MOB_VIOLENCE);
    assertThat(type("Rival supporters clashed in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.MOB_VIOLENCE);
    // ACLED's generic actors, named after the country: a mob are rioters, peaceful demonstrators
    // protesters.
    assertThat(
            Fixtures.extract("2021-08-21", "Rival supporters clashed in Banu on 19 August.")
                .get(0)
                .actors())
        .extracting(org.sitrep.model.EventActor::name)
        .contains("Rioters (Afghanistan)");
    assertThat(
            Fixtures.extract("2021-08-21", "Teachers marched in Banu on 19 August.")
                .get(0)
                .actors())
        .extracting(org.sitrep.model.EventActor::name)
        .containsExactly("Protesters (Afghanistan)");
    // Traders who fight the police: mob violence; the police who beat a man: an attack.
    assertThat(type("Police clashed with angry traders in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.MOB_VIOLENCE);
    assertThat(type("Police officers beat a trader in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ATTACK);
    // Rioters with no demonstration told: mob violence.
    assertThat(type("Rioters torched a church in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.MOB_VIOLENCE);
    // Gunmen are no crowd.
    assertThat(type("Gunmen beat a suspected thief in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ATTACK);
  }

  private static Integer killed(String text) {
    List<Event> es = Fixtures.extract("2021-08-21", text);
    assertThat(es).as(text).hasSize(1);
    return es.get(0).fatalities().acled();
  }

  @Test
  void fireIsTypedByItsTargetAndItsDirections() {
    // Machine guns and snipers fired at homes from afar: shelling, not a clash.
    assertThat(type("Rebels fired machine guns and sniper rounds at houses in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.SHELLING_ARTILLERY_MISSILE);
    // Counted fire in both directions of a front line is an exchange: a clash.
    assertThat(
            type(
                "Monitors counted 40 projectiles/explosions/shots in both directions near Banu on"
                    + " 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH);
  }

  @Test
  void moreCrowdsThatMakeMobViolence() {
    assertThat(type("A group of people beat a shop owner in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.MOB_VIOLENCE);
    assertThat(type("Hawkers clashed with municipal police in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.MOB_VIOLENCE);
  }

  @Test
  void aProtestIsToldWithoutTheWord() {
    assertThat(type("Hundreds of shopkeepers took to the streets of Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.PEACEFUL_PROTEST);
    assertThat(type("Gym owners held a motorcade in Banu on 19 August against the closures."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.PEACEFUL_PROTEST);
    assertThat(type("Nurses gathered in front of the hospital in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.PEACEFUL_PROTEST);
    // A road blocked is a peaceful protest by the codebook; barricades and burning tyres are the
    // demonstrators' own violence.
    assertThat(type("Taxi drivers blocked the main road in Banu on 19 August over fuel prices."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.PEACEFUL_PROTEST);
    assertThat(type("Farmers set fire to tyres in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.VIOLENT_DEMONSTRATION);
    // The purpose of a crowd's act is its protest; a lone "to rally" is no demonstration.
    assertThat(type("Students barricaded roads in Banu on 19 August to protest the fees."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.VIOLENT_DEMONSTRATION);
    assertThat(Fixtures.extract("2021-08-21", "The minister flew to Banu on 19 August to rally."))
        .isEmpty();
    assertThat(type("Police fired tear gas at teachers marching in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void casualtiesOfOneVictimAndOfTheNextSentences() {
    assertThat(killed("Gunmen killed a shopkeeper in Banu on 19 August.")).isEqualTo(1);
    assertThat(killed("A teacher was shot dead in Banu on 19 August.")).isEqualTo(1);
    assertThat(killed("Raiders hacked to death an elder in Banu on 19 August.")).isEqualTo(1);
    // A group is not one victim, and the attack itself is no victim.
    assertThat(killed("The attack in Banu on 19 August killed the guards.")).isZero();
    // The whole, not the part named after "including"; the attack a bomb made is the bombing.
    List<Event> bomb =
        Fixtures.extract(
            "2021-08-21",
            "Five people including two guards were killed in a roadside bomb attack in Banu on 19"
                + " August.");
    assertThat(bomb).hasSize(1);
    assertThat(bomb.get(0).subEventType())
        .isEqualTo(org.sitrep.model.AcledSubEventType.REMOTE_EXPLOSIVE);
    assertThat(bomb.get(0).fatalities().acled()).isEqualTo(5);
    // The toll told in the sentences that follow.
    assertThat(killed("Gunmen attacked a bus in Banu on 19 August. Three passengers died."))
        .isEqualTo(3);
    assertThat(killed("Gunmen attacked a bus in Banu on 19 August. Both victims died."))
        .isEqualTo(2);
    assertThat(killed("Gunmen attacked a bus in Banu on 19 August. 4 fatalities.")).isEqualTo(4);
  }

  @Test
  void aPassiveRecaptureTakesItsAgentFromAnEarlierSentence() {
    String text =
        "Les combattants de la résistance ont attaqué dans la province de Baghlan le 19 août. "
            + "Le district de Deh-e Salah a été repris aux talibans.";
    Event e = territory(Fixtures.extract("2021-08-20", text)).get(0);
    assertThat(e.territory().controllerAfter()).isEqualTo("anti-Taliban resistance");
    assertThat(e.territory().controllerBefore()).isEqualTo("Taliban");
  }

  @Test
  void theSideDrivenOutIsTheOldControllerNotTheNewOne() {
    String text =
        "Local militias in Baghlan said on Monday they had driven the Taliban out of Andarab"
            + " district.";
    Event e = territory(Fixtures.extract("2021-08-24", text)).get(0);
    assertThat(e.territory().controllerBefore()).isEqualTo("Taliban");
    assertThat(e.territory().controllerAfter()).isEqualTo("anti-Taliban resistance");
    String fr = "Des combattants locaux ont chassé les talibans du district d'Andarab le 22 août.";
    List<Event> t = territory(Fixtures.extract("2021-08-24", fr));
    assertThat(t)
        .allSatisfy(x -> assertThat(x.territory().controllerAfter()).isNotEqualTo("Taliban"));
  }

  @Test
  void losingControlOfAPlaceToASideNamesBothControllers() {
    String text = "Afghan forces lost control of Ghazni to the Taliban on July 20.";
    Event e = territory(Fixtures.extract("2021-07-22", text)).get(0);
    assertThat(e.location().name()).isEqualTo("Ghazni");
    assertThat(e.territory().controllerAfter()).isEqualTo("Taliban");
    assertThat(e.territory().controllerBefore()).isEqualTo("Afghan government forces");
  }

  @Test
  void retakingAPlaceFromASideNamedAfterItAndEnteringInForceInFrench() {
    String fr = "Les forces afghanes ont repris Ghazni aux talibans le 20 juillet.";
    Event e = territory(Fixtures.extract("2021-07-22", fr)).get(0);
    assertThat(e.territory().controllerAfter()).isEqualTo("Afghan government forces");
    assertThat(e.territory().controllerBefore()).isEqualTo("Taliban");
    String investi = "Les talibans ont investi Ghazni le 20 juillet.";
    List<Event> t = territory(Fixtures.extract("2021-07-22", investi));
    assertThat(t).hasSize(1);
    assertThat(t.get(0).territory().controllerAfter()).isEqualTo("Taliban");
  }

  @Test
  void aTallySinceADateIsNoEvent() {
    String fr = "Depuis le mois de mars, la province de Herat aurait enregistré 90 morts.";
    assertThat(Fixtures.extract("2021-07-22", fr)).isEmpty();
    String en = "Since March, the province of Herat has recorded 90 deaths, officials said.";
    assertThat(Fixtures.extract("2021-07-22", en)).isEmpty();
    String one = "Officials recorded 9 deaths after gunmen attacked a bus in Herat on Monday.";
    assertThat(Fixtures.extract("2021-07-22", one)).isNotEmpty();
  }

  @Test
  void passingUnderSomeonesControlIsACapture() {
    for (String text :
        List.of(
            "Hérat est passée sous le contrôle des talibans le 12 août.",
            "Herat came under Taliban control on August 12.")) {
      List<Event> t = territory(Fixtures.extract("2021-08-14", text));
      assertThat(t).as(text).hasSize(1);
      assertThat(t.get(0).territory().controllerAfter()).isEqualTo("Taliban");
      assertThat(t.get(0).date().from()).hasToString("2021-08-12");
    }
  }

  @Test
  void aDenialInTheSameDocumentMakesTheClaimDisputed() {
    String text =
        "The Taliban announced the capture of Bazarak on September 2. "
            + "The National Resistance Front denied the fall of Bazarak.";
    List<Event> t = territory(Fixtures.extract("2021-09-03", text));
    assertThat(t).hasSize(1);
    assertThat(t.get(0).claim().status()).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(t.get(0).evidence()).extracting(Evidence::role).contains("denial");
  }

  @Test
  void negatedAndHistoricalCapturesYieldNoEvent() {
    assertThat(
            Fixtures.extract(
                "2021-08-31", "Bazarak n'a pas été prise par les talibans le 30 août."))
        .isEmpty();
    assertThat(
            Fixtures.extract(
                "2021-08-20",
                "Herat n'était tombée ni aux mains des Soviétiques dans les années 1980 ni plus tard."))
        .isEmpty();
    assertThat(Fixtures.extract("2021-08-20", "Khost had fallen to the mujahideen in 1991."))
        .isEmpty();
  }

  @Test
  void claimsHedgesAndAttributionsSetTheStatusAndLowerConfidence() {
    Event asserted =
        Fixtures.extract("2021-08-20", "The Taliban seized Kunduz on August 8.").get(0);
    Event claimed =
        Fixtures.extract(
                "2021-08-20",
                "Zabihullah Mujahid, the Taliban spokesman, said that Kunduz had been captured on"
                    + " August 8.")
            .get(0);
    Event hedged =
        Fixtures.extract("2021-08-20", "The Taliban reportedly seized Kunduz on August 8.").get(0);
    assertThat(asserted.claim().status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(claimed.claim().status()).isEqualTo(ClaimStatus.CLAIMED);
    assertThat(claimed.claim().attributedTo()).isEqualTo("Zabihullah Mujahid (Taliban spokesman)");
    assertThat(hedged.claim().status()).isEqualTo(ClaimStatus.HEDGED);
    assertThat(asserted.confidence()).isGreaterThan(claimed.confidence());
    assertThat(claimed.confidence()).isGreaterThan(hedged.confidence());
  }

  @Test
  void casualtiesKeepKilledWoundedAndKilledOrWoundedApart() {
    Event kow =
        Fixtures.extract(
                "2021-08-20", "Environ 60 combattants ont été tués ou blessés à Taloqan le 9 août.")
            .get(0);
    assertThat(kow.fatalities().killedOrWounded()).isEqualTo(60);
    assertThat(kow.fatalities().killed()).isNull();
    assertThat(kow.fatalities().acled()).isZero();
    assertThat(kow.fatalities().low()).isZero();
    assertThat(kow.fatalities().high()).isEqualTo(60);
    Event apart =
        Fixtures.extract(
                "2021-08-20",
                "At least 15 soldiers were killed and 20 wounded in an ambush near Ghazni on August"
                    + " 5.")
            .get(0);
    assertThat(apart.fatalities().killed()).isEqualTo(15);
    assertThat(apart.fatalities().wounded()).isEqualTo(20);
    assertThat(apart.fatalities().low()).isEqualTo(15);
    assertThat(apart.fatalities().acled()).isEqualTo(15);
    Event vague =
        Fixtures.extract("2021-08-20", "Dozens of civilians were killed by shelling in Kunduz.")
            .get(0);
    assertThat(vague.fatalities().acled()).isEqualTo(12);
  }

  private static Integer acled(String text) {
    List<Event> es = Fixtures.extract("2021-08-21", text);
    assertThat(es).as(text).isNotEmpty();
    return es.get(0).fatalities().acled();
  }

  @Test
  void casualtiesByTheCodebooksConventions() {
    // Several victim groups are added up.
    assertThat(acled("Nine rebels and 3 policemen were killed in a clash in Banu on 19 August."))
        .isEqualTo(12);
    // Two victims in the singular, joined.
    assertThat(acled("A farmer and his wife were shot dead in Banu on 19 August.")).isEqualTo(2);
    // The killers' count after "by" and a victim's age are no tolls.
    assertThat(acled("A trader was stabbed to death by three men in Banu on 19 August."))
        .isEqualTo(1);
    assertThat(acled("Gunmen shot dead a 16 years old boy in Banu on 19 August.")).isEqualTo(1);
    // Beaten to death with the count inside, and a body found.
    assertThat(acled("Villagers beat two thieves to death in Banu on 19 August.")).isEqualTo(2);
    assertThat(acled("The body of a driver was found in Banu on 19 August.")).isEqualTo(1);
    // Another group of dead in another clause is added; a breakdown of the first count, or deaths
    // told in a relative clause, are not.
    assertThat(
            acled(
                "In Banu on 19 August, ten soldiers were killed, and three rebels were also killed."))
        .isEqualTo(13);
    assertThat(
            acled(
                "À Banu le 19 août, dix soldats ont été tués, tandis que trois rebelles ont aussi"
                    + " été tués."))
        .isEqualTo(13);
    assertThat(
            acled(
                "In Banu on 19 August, six soldiers were killed, four were killed in the raid while"
                    + " two other soldiers were killed in the ambush."))
        .isEqualTo(6);
    assertThat(
            acled(
                "In Banu on 19 August, villagers lynched two robbers, who had killed three people."))
        .isEqualTo(2);
    // "His body was found": one victim.
    assertThat(
            acled(
                "Gunmen abducted a trader in Banu on 19 August. His body was found the next day."))
        .isEqualTo(1);
    assertThat(
            acled(
                "Des hommes armés ont enlevé un commerçant à Banu le 19 août. Son corps a été"
                    + " retrouvé le lendemain."))
        .isEqualTo(1);
    // A group word that names what the one victim belongs to is no group.
    assertThat(acled("Police shot dead a gang member in Banu on 19 August.")).isEqualTo(1);
    // Houses counted before the dead are not added to them.
    assertThat(acled("Twelve houses were burned and two herders were killed in Banu on 19 August."))
        .isEqualTo(2);
    assertThat(acled("Douze maisons ont été incendiées et deux bergers tués à Banu le 19 août."))
        .isEqualTo(2);
  }

  @Test
  void aLaterWordForTheHappeningTellsOfThatHappening() {
    // "the attack" in the next sentence, however a speaker tells it, is the killing told before.
    List<Event> en =
        Fixtures.extract(
            "2021-08-21",
            "Gunmen killed four traders in Banu on 19 August. Elders said the attack was carried"
                + " out by bandits.");
    assertThat(en).hasSize(1);
    assertThat(en.get(0).fatalities().acled()).isEqualTo(4);
    List<Event> fr =
        Fixtures.extract(
            "2021-08-21",
            "Des hommes armés ont tué quatre commerçants à Banu le 19 août. Selon des anciens,"
                + " l'attaque a été menée par des bandits.");
    assertThat(fr).hasSize(1);
    assertThat(fr.get(0).fatalities().acled()).isEqualTo(4);
    // The toll told of "the clashes" goes to the clashes told before.
    List<Event> toll =
        Fixtures.extract(
            "2021-08-21",
            "Police fought with rioters in Banu on 19 August. Witnesses said three bodies were"
                + " removed after the clashes.");
    assertThat(toll).hasSize(1);
    assertThat(toll.get(0).fatalities().acled()).isEqualTo(3);
    // A detail only said to have happened leaves the outlet's own account asserted.
    List<Event> detail =
        Fixtures.extract(
            "2021-08-21",
            "Soldiers fought rebels in Banu on 19 August, killing 10 fighters. Two soldiers were"
                + " reported to have been wounded in the fighting.");
    assertThat(detail).hasSize(1);
    assertThat(detail.get(0).fatalities().acled()).isEqualTo(10);
    assertThat(detail.get(0).claim().status()).isEqualTo(ClaimStatus.ASSERTED);
    // Arms seized after the fighting are part of it, not a disrupted weapons use of their own.
    List<Event> seized =
        Fixtures.extract(
            "2021-08-21",
            "Soldiers fought rebels in Banu on 19 August, killing 10 fighters and seizing weapons.");
    assertThat(seized)
        .extracting(Event::subEventType)
        .containsExactly(org.sitrep.model.AcledSubEventType.ARMED_CLASH);
  }

  @Test
  void anExactCountOfTheSameHappeningRefinesARoughOne() {
    List<Event> en =
        Fixtures.extract(
            "2021-08-21",
            "Nearly twenty villagers were killed in Banu on 19 August. Gunmen attacked Banu at"
                + " dawn and eighteen civilians were killed.");
    assertThat(en).extracting(e -> e.fatalities().acled()).containsExactly(18);
    List<Event> fr =
        Fixtures.extract(
            "2021-08-21",
            "Près de vingt villageois ont été tués à Banu le 19 août. Des hommes armés ont attaqué"
                + " Banu à l'aube et dix-huit civils ont été tués.");
    assertThat(fr).extracting(e -> e.fatalities().acled()).containsExactly(18);
    // After "at least", the lower bound stays.
    List<Event> least =
        Fixtures.extract(
            "2021-08-21",
            "At least three villagers were killed in Banu on 19 August. Gunmen attacked Banu at"
                + " dawn and four civilians were killed.");
    assertThat(least).extracting(e -> e.fatalities().acled()).containsExactly(3);
  }

  @Test
  void aTollInARelativeClauseIsTheActItHangsOn() {
    List<Event> es =
        Fixtures.extract(
            "2021-08-31",
            "A drone strike hit a car in Kabul on 29 August. This attack in Kabul came after another"
                + " drone strike in Banu on 27 August, which killed two fighters.");
    assertThat(es)
        .extracting(e -> e.location().name() + " " + e.fatalities().acled())
        .containsExactlyInAnyOrder("Kabul 0", "Banu 2");
  }

  @Test
  void theDeadOfTheBattleAPlaceIsTakenInAreCountedOnce() {
    // The battle stays an event beside the capture and carries its dead; the capture does not
    // carry them again, so a sum over the events counts each death once.
    for (String text :
        List.of(
            "The army retook Banu from the Taliban on 19 August after clashes that left 23"
                + " fighters dead.",
            "L'armée a repris Banu aux talibans le 19 août après des combats qui ont fait 23"
                + " morts.")) {
      List<Event> es = Fixtures.extract("2021-08-21", text);
      assertThat(territory(es)).as(text).isNotEmpty();
      assertThat(es).as(text).extracting(e -> e.fatalities().acled()).containsOnlyOnce(23);
      assertThat(es.stream().mapToInt(e -> e.fatalities().acled()).sum()).as(text).isEqualTo(23);
    }
  }

  @Test
  void aMonthNamedMayHedgesNothing() {
    Event e =
        Fixtures.extract("2021-05-21", "On 9 May, soldiers killed three fighters in Banu.").get(0);
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(
            Fixtures.extract(
                    "2021-05-21", "Soldiers may have killed three fighters in Banu on 9 May.")
                .get(0)
                .claim()
                .status())
        .isEqualTo(ClaimStatus.HEDGED);
  }

  @Test
  void eventsSayWhereTheirDateComesFromAndQuoteExactly() {
    String text = "Le 12 août, Ghazni est tombée aux mains des talibans.";
    Event e = Fixtures.extract("2021-08-20", text).get(0);
    assertThat(e.date().from()).hasToString("2021-08-12");
    assertThat(e.evidence()).anySatisfy(x -> assertThat(x.role()).isEqualTo("date"));
    for (Evidence x : e.evidence()) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.quote());
    }
    assertThat(Fixtures.extract("2021-08-20", text).get(0).eventId()).isEqualTo(e.eventId());
  }

  @Test
  void aGenericResistanceIsTheNrfInATextThatNamesIt() {
    String text =
        "Le Front national de résistance tient la vallée. La résistance a repris Bazarak aux"
            + " talibans le 4 septembre.";
    Event e = territory(Fixtures.extract("2021-09-05", text)).get(0);
    assertThat(e.territory().controllerAfter()).isEqualTo("National Resistance Front");
  }
}

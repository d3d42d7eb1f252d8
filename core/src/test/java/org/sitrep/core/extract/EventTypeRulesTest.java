package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.AcledSubEventType.AGREEMENT;
import static org.sitrep.model.AcledSubEventType.AIR_DRONE_STRIKE;
import static org.sitrep.model.AcledSubEventType.ARMED_CLASH;
import static org.sitrep.model.AcledSubEventType.ATTACK;
import static org.sitrep.model.AcledSubEventType.DISRUPTED_WEAPONS_USE;
import static org.sitrep.model.AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
import static org.sitrep.model.AcledSubEventType.LOOTING_PROPERTY_DESTRUCTION;
import static org.sitrep.model.AcledSubEventType.MOB_VIOLENCE;
import static org.sitrep.model.AcledSubEventType.OTHER;
import static org.sitrep.model.AcledSubEventType.PEACEFUL_PROTEST;
import static org.sitrep.model.AcledSubEventType.PROTEST_WITH_INTERVENTION;
import static org.sitrep.model.AcledSubEventType.SHELLING_ARTILLERY_MISSILE;
import static org.sitrep.model.AcledSubEventType.VIOLENT_DEMONSTRATION;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Event;

/**
 * The codebook's decision rules between neighbouring sub-event types, as docs/event-types.md states
 * them, each in English and, where the French data carries it, in French.
 */
class EventTypeRulesTest {

  /** The sub-event type of the one event a short report gives. */
  private static AcledSubEventType type(String text) {
    List<Event> es = Fixtures.extract("2021-08-21", text);
    assertThat(es).as(text).hasSize(1);
    return es.get(0).subEventType();
  }

  /** Whether a report gives any event at all. */
  private static boolean anyEvent(String text) {
    return !Fixtures.extract("2021-08-21", text).isEmpty();
  }

  @Test
  void anAirForceThatTargetsSomethingStrikesItFromTheAir() {
    assertThat(type("On 19 August, the air force targeted militant trucks near Banu."))
        .isEqualTo(AIR_DRONE_STRIKE);
    assertThat(type("Government air forces hit a rebel depot in Banu on 19 August."))
        .isEqualTo(AIR_DRONE_STRIKE);
  }

  @Test
  void armouredVehiclesAndAntiAircraftGunsFiredAtPositionsAreShelling() {
    assertThat(type("On 19 August, the army fired IFVs at the positions of the militia near Banu."))
        .isEqualTo(SHELLING_ARTILLERY_MISSILE);
    assertThat(type("The militia fired anti-aircraft guns at army posts near Banu on 19 August."))
        .isEqualTo(SHELLING_ARTILLERY_MISSILE);
  }

  @Test
  void whatIsSeizedDecidesTheType() {
    // Goods are looted, not territory taken; arms seized are disrupted weapons use.
    assertThat(type("Gunmen seized two trucks of flour near Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    assertThat(type("Police seized three tons of cannabis in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    assertThat(type("Police seized 400 packs of smuggled cigarettes in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    assertThat(type("Des hommes armés ont saisi trois camions près de Banu le 19 août."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    // Fighters taken prisoner in a fight: part of the clash.
    assertThat(type("Soldiers captured four militants near Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    // A place taken stays a change of territory (typed from the new controller).
    assertThat(type("The Taliban captured Banu on 19 August."))
        .isNotIn(LOOTING_PROPERTY_DESTRUCTION, ARMED_CLASH);
    // A place that falls to fighters: they are its new holders, not captives of a clash.
    assertThat(type("An official said Banu district fell to the militants on 19 August."))
        .isNotIn(LOOTING_PROPERTY_DESTRUCTION, ARMED_CLASH);
  }

  @Test
  void aBattleThatWinsAPlaceIsLedByTheCapture() {
    // The fighting stays an event, but the codebook codes that battle as the capture: the capture
    // is the surer event of the two.
    List<Event> es =
        Fixtures.extract(
            "2021-08-21",
            "The Taliban captured Banu on 19 August after heavy fighting with troops.");
    Event best = es.stream().max(java.util.Comparator.comparingDouble(Event::confidence)).get();
    assertThat(best.subEventType())
        .isIn(
            AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY);
    assertThat(es).extracting(Event::subEventType).contains(ARMED_CLASH);
    // Armed men captured, in the passive or with a list of verbs: part of a clash, no territory.
    assertThat(type("Three militants were killed, wounded or captured in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    // The agent after "by" is who took the place, not a captive.
    assertThat(type("Banu was captured by the militants on 19 August."))
        .isNotIn(ARMED_CLASH, LOOTING_PROPERTY_DESTRUCTION);
  }

  @Test
  void peopleDetainedByAnArmedGroupAreAbducted() {
    // The codebook's arrests are the state's; an armed group that detains people abducts them.
    assertThat(type("Militants detained four traders in Banu on 19 August."))
        .isEqualTo(AcledSubEventType.ABDUCTION);
    assertThat(type("Police detained four traders in Banu on 19 August."))
        .isEqualTo(AcledSubEventType.ARRESTS);
    // Militants who are detained (a bare participle) are arrested, not abductors.
    assertThat(type("Four militants arrested in Banu on 19 August were questioned."))
        .isEqualTo(AcledSubEventType.ARRESTS);
    // A decimal comma is no clause break: the tons seized are goods.
    assertThat(type("Police seized 1,5 tons of cannabis in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
  }

  @Test
  void goodsTakenOrPropertyDestroyedWithNoOneHurtIsLooting() {
    assertThat(type("Raiders stole forty goats from a farm in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    assertThat(type("Unknown men set a school on fire in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    assertThat(type("Bulldozers demolished six shops in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    // People burnt to death are killed: an attack, not property destroyed.
    assertThat(type("Two herders were burnt to death in Banu on 19 August.")).isEqualTo(ATTACK);
    // An arson or petrol-bomb attack destroys property: not an attack on people.
    assertThat(type("Unknown men carried out an arson attack on a depot in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    // Drugs seized and the arrests made there: one looting event, the arrests part of it.
    assertThat(
            type(
                "Police seized two tons of cannabis hidden in a lorry in Banu on 19 August. Two"
                    + " men were arrested."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
  }

  @Test
  void aCrowdsDestructionIsMobViolence() {
    assertThat(type("Angry residents burned down a police post in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
    assertThat(type("Villagers threw stones at a police patrol in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
    assertThat(type("Les habitants ont lancé des pierres sur les policiers à Banu le 19 août."))
        .isEqualTo(MOB_VIOLENCE);
  }

  @Test
  void partyMembersAndLawmakersWhoFightAreAMobNotArmedGroups() {
    // No organised armed side: rival camps or a brawl in an assembly are mob violence.
    assertThat(type("Members of two rival parties clashed at a funeral in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
    assertThat(type("Lawmakers of the county assembly clashed in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
    // Militants who clash with soldiers stay an armed clash.
    assertThat(type("Militants clashed with soldiers in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
  }

  @Test
  void thePassiveAgentIsNoTarget() {
    // "by soldiers" names who struck: the farmer is the target, an attack.
    assertThat(type("A farmer was shot dead by soldiers in Banu on 19 August.")).isEqualTo(ATTACK);
    assertThat(type("A shopkeeper was stabbed by policemen in Banu on 19 August."))
        .isEqualTo(ATTACK);
  }

  @Test
  void anAmbushIsTypedByItsTarget() {
    assertThat(type("Bandits ambushed a minibus near Banu on 19 August.")).isEqualTo(ATTACK);
    assertThat(type("Militants ambushed an army convoy near Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
  }

  @Test
  void anExchangeOfFireMakesAnAttackAClash() {
    // Civilians' guards fire back: the violence is two-sided.
    assertThat(
            type(
                "Gunmen attacked a village in Banu on 19 August. Guards exchanged fire with"
                    + " them for an hour."))
        .isEqualTo(ARMED_CLASH);
    assertThat(
            type(
                "Robbers clashed with police in Banu on 19 August. Two men died in the"
                    + " shooting."))
        .isEqualTo(ARMED_CLASH);
    // No exchange: the attack on villagers stays an attack.
    assertThat(type("Gunmen attacked villagers in Banu on 19 August.")).isEqualTo(ATTACK);
  }

  @Test
  void theAttackedWhoFightBackOrKillTheirAttackersMakeAClash() {
    // An exchange of fire told as a noun, the attacked who fight back, armed men who engage the
    // attackers or kill some of them: two armed sides.
    assertThat(
            type(
                "Raiders attacked a village in Banu on 19 August. An exchange of fire with"
                    + " herders followed."))
        .isEqualTo(ARMED_CLASH);
    assertThat(
            type(
                "Gunmen attacked a farm in Banu on 19 August. A watchman was hurt as the"
                    + " workers tried to fight back."))
        .isEqualTo(ARMED_CLASH);
    assertThat(
            type(
                "Bandits attacked traders in Banu on 19 August, killing one. Reservists came"
                    + " and shot two of the attackers."))
        .isEqualTo(ARMED_CLASH);
    // Nobody hits back: the attack on traders stays an attack.
    assertThat(type("Bandits attacked traders in Banu on 19 August, killing one."))
        .isEqualTo(ATTACK);
  }

  @Test
  void aHerdsmanOrAnEmployeeStruckIsACivilian() {
    assertThat(type("Rustlers killed a herdsman in Banu on 19 August.")).isEqualTo(ATTACK);
    assertThat(type("Gunmen shot two employees of a bank in Banu on 19 August.")).isEqualTo(ATTACK);
  }

  @Test
  void guardsRangersAndReservistsAreArmedMen() {
    assertThat(type("Poachers shot dead a ranger in Banu on 19 August.")).isEqualTo(ARMED_CLASH);
    assertThat(type("Robbers killed a bank guard in Banu on 19 August.")).isEqualTo(ARMED_CLASH);
  }

  @Test
  void aGroupOfPeopleOfSomeNameIsNoOrganisation() {
    // "a group of Dinka travellers": some travellers, civilians, not a group named "Dinka".
    assertThat(
            type(
                "Militiamen attacked a group of Dinka travellers in Banu on 19 August, killing two."))
        .isEqualTo(ATTACK);
  }

  @Test
  void aClashWithPoliceOfASideLeftUnnamedIsRioting() {
    // No arms, no shooting, nobody named on the other side: rioters, not an armed group.
    assertThat(type("One man died in clashes with police in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
    assertThat(type("People clashed with police officers in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
    // An armed side, a side named, or shooting told: a clash.
    assertThat(type("Bandits clashed with police in Banu on 19 August.")).isEqualTo(ARMED_CLASH);
    assertThat(type("Zorgani fighters clashed with police in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    assertThat(type("Two men died in clashes and a shootout with police in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
  }

  @Test
  void violenceOnASuspectedThiefOrOverWitchcraftIsMobJustice() {
    assertThat(type("Two suspected goat thieves were beaten to death in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
    assertThat(type("An old woman was killed over witchcraft claims in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
    // The state's forces strike: no mob.
    assertThat(type("Police shot dead a suspected thief in Banu on 19 August."))
        .isNotEqualTo(MOB_VIOLENCE);
  }

  @Test
  void communitiesOrClansWhoFightOneAnotherClash() {
    // Identity militias, not rioters: the codebook's armed clash.
    assertThat(type("Two people died in clashes between two clans in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    assertThat(type("Herders from two communities clashed over a well in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    // Residents or supporters who fight stay a mob.
    assertThat(type("Supporters of two candidates clashed in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
  }

  @Test
  void anAttackWithNoNamedTargetTakesTheSentencesTarget() {
    assertThat(
            type(
                "Three herders were killed in Banu on 19 August in an attack blamed on"
                    + " militants."))
        .isEqualTo(ATTACK);
  }

  @Test
  void armedCriminalsAreCombatants() {
    assertThat(type("Police shot dead two robbers in Banu on 19 August.")).isEqualTo(ARMED_CLASH);
  }

  @Test
  void demonstratorsWhoFightOrDestroyMakeAViolentDemonstration() {
    assertThat(type("Police and demonstrators clashed in Banu on 19 August."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    assertThat(
            type(
                "Students protesting against fees destroyed a gate at the college in Banu on"
                    + " 19 August."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    // A road blocked, with no barricade or fire, is a peaceful protest.
    assertThat(type("Traders blocked a road in Banu on 19 August to protest a new tax."))
        .isEqualTo(PEACEFUL_PROTEST);
    // Theft or looting named only as what is denounced does not make the protest violent.
    assertThat(
            type(
                "Protesters gathered in Banu on 19 August to denounce officials accused of"
                    + " stealing public money."))
        .isEqualTo(PEACEFUL_PROTEST);
  }

  @Test
  void aProtestWhoseNextSentenceTellsItsViolenceIsOneViolentDemonstration() {
    // The protest is told first, its violence in the next sentence: one violent demonstration.
    assertThat(
            type(
                "Nurses marched through Banu on 19 August to demand unpaid wages. They later"
                    + " fought running battles with the police."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    assertThat(
            type(
                "Pupils protested against a new headmaster in Banu on 19 August. Some of them"
                    + " rioted afterwards."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    // Violence said to be absent keeps the protest peaceful.
    assertThat(
            type(
                "Nurses marched through Banu on 19 August to demand unpaid wages. The march was"
                    + " devoid of any clashes with the police."))
        .isEqualTo(PEACEFUL_PROTEST);
  }

  @Test
  void demonstratorsKilledDuringTheProtestOrHurtByThePoliceAreExcessiveForce() {
    assertThat(type("A nurse was killed during protests in Banu on 19 August."))
        .isEqualTo(EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    assertThat(
            type("Five traders were injured by the police in Banu on 19 August while protesting."))
        .isEqualTo(EXCESSIVE_FORCE_AGAINST_PROTESTERS);
  }

  @Test
  void rubberBulletsAgainstPeacefulDemonstratorsAreExcessiveForce() {
    assertThat(
            type(
                "Police fired rubber bullets at demonstrators who marched in Banu on 19"
                    + " August."))
        .isEqualTo(EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    // Demonstrators beaten or gravely hurt by the police: excessive force, not an intervention.
    assertThat(type("Police beat students who marched peacefully in Banu on 19 August."))
        .isEqualTo(EXCESSIVE_FORCE_AGAINST_PROTESTERS);
  }

  @Test
  void demonstrationsToldWithoutTheWord() {
    assertThat(type("Demonstrators took the streets of Banu on 19 August."))
        .isEqualTo(PEACEFUL_PROTEST);
    assertThat(type("Nurses held a march in Banu on 19 August.")).isEqualTo(PEACEFUL_PROTEST);
    assertThat(type("Youths rioted in Banu on 19 August.")).isEqualTo(MOB_VIOLENCE);
  }

  @Test
  void armsFoundAreDisruptedWeaponsUseAndTakeInTheirArrests() {
    assertThat(
            type(
                "Soldiers arrested two men and recovered rifles and ammunition in Banu on 19"
                    + " August."))
        .isEqualTo(DISRUPTED_WEAPONS_USE);
    assertThat(type("Des militaires ont récupéré des armes et des munitions à Banu le 19 août."))
        .isEqualTo(DISRUPTED_WEAPONS_USE);
  }

  @Test
  void agreementsSignedAndOtherDevelopments() {
    assertThat(type("A truce between the two clans was signed in Banu on 19 August."))
        .isEqualTo(AGREEMENT);
    assertThat(type("Un accord de cessez-le-feu a été signé à Banu le 19 août."))
        .isEqualTo(AGREEMENT);
    // Fighters who give themselves up to the authorities: an agreement; a place surrendered (or
    // its officials who give it up to an armed group) stays a transfer of territory.
    assertThat(type("Forty rebels surrendered to the army in Banu on 19 August."))
        .isEqualTo(AGREEMENT);
    assertThat(type("The governor of Banu surrendered to the Taliban on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    assertThat(type("Two hundred migrants returned to Banu on 19 August.")).isEqualTo(OTHER);
    assertThat(type("Police evicted forty families in Banu on 19 August.")).isEqualTo(OTHER);
  }

  @Test
  void aCallForACeasefireStandsApartFromTheFightingItFollows() {
    // The call answers the fighting; it is a development of the side that makes it, on its own day.
    for (String text :
        List.of(
            "The rebels in Banu called on Saturday for a ceasefire after heavy losses in clashes"
                + " during the week.",
            "Les rebelles de Banu ont appelé samedi à un cessez-le-feu après de lourdes pertes dans"
                + " des combats cette semaine.")) {
      List<Event> es = Fixtures.extract("2021-08-21", text);
      assertThat(es).as(text).extracting(Event::subEventType).contains(OTHER, ARMED_CLASH);
    }
  }

  @Test
  void movementsOfForcesAndMeasuresAreChangesToGroupActivity() {
    assertThat(
            type("The government will deploy two thousand police officers to Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.CHANGE_TO_GROUP_ACTIVITY);
    assertThat(type("About a hundred militants were seen moving through Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.CHANGE_TO_GROUP_ACTIVITY);
    assertThat(type("The governor announced mandatory face masks in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.CHANGE_TO_GROUP_ACTIVITY);
  }

  @Test
  void aReportHeadingNamesTheKindOfDevelopment() {
    // The heading types the acts the report tells with words of violence.
    assertThat(type("Property destruction: gunmen attacked Banu on 19 August and burned two huts."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    assertThat(type("Non-violent activity: on 19 August armed herders attacked nobody in Banu."))
        .isEqualTo(OTHER);
    // A heading told alone, the place and the act in the next sentence, is one event.
    assertThat(type("Movement of forces: 19 August. A militia column was seen near Banu."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.CHANGE_TO_GROUP_ACTIVITY);
    assertThat(type("Arrests: 19 August. Officers took four traders away from Banu market."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ARRESTS);
    assertThat(type("Destruction de biens : des hommes armés ont attaqué Banu le 19 août."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    // The same words inside a sentence are no heading.
    assertThat(type("Gunmen killed two farmers in Banu on 19 August after a spate of arrests."))
        .isEqualTo(ATTACK);
  }

  @Test
  void forceAProtestIsAboutIsNoForceAgainstIt() {
    // The killing the protest is about, told after a word of cause or before one of consequence.
    assertThat(type("Traders marched in Banu on 19 August after a soldier shot a porter."))
        .isEqualTo(PEACEFUL_PROTEST);
    assertThat(type("On 19 August a gendarme opened fire on a porter in Banu, sparking protests."))
        .isEqualTo(PEACEFUL_PROTEST);
    assertThat(
            type(
                "Des commerçants ont manifesté à Banu le 19 août après qu'un soldat a abattu un porteur."))
        .isEqualTo(PEACEFUL_PROTEST);
    // Force against the protest, in its sentence or in the next that names no place of its own.
    assertThat(type("On 19 August soldiers opened fire on traders who marched in Banu."))
        .isEqualTo(EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    assertThat(type("Traders marched in Banu on 19 August. Soldiers shot two of them dead."))
        .isEqualTo(EXCESSIVE_FORCE_AGAINST_PROTESTERS);
  }

  @Test
  void anOtherDevelopmentToldWithAnActIsPartOfIt() {
    // The eviction or the call a protest names is what it is about: one peaceful protest.
    assertThat(type("Hawkers protested in Banu on 19 August against the eviction of their stalls."))
        .isEqualTo(PEACEFUL_PROTEST);
    assertThat(type("Nurses marched in Banu on 19 August. They called for better pay."))
        .isEqualTo(PEACEFUL_PROTEST);
    // Alone, it stays a development of its own.
    assertThat(type("Police evicted forty families in Banu on 19 August.")).isEqualTo(OTHER);
  }

  @Test
  void theDetainedOrAbductedWhoAreKilledMakeAnAttack() {
    assertThat(type("Bandits kidnapped and murdered a shopkeeper in Banu on 19 August."))
        .isEqualTo(ATTACK);
    assertThat(
            type("Soldiers detained four herders in Banu on 19 August. Two were found dead later."))
        .isEqualTo(ATTACK);
    // A killing that is why someone was held is no killing told with the arrest.
    assertThat(
            type("Police detained a teacher in Banu on 19 August on suspicion of killing a pupil."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ARRESTS);
    assertThat(type("Bandits kidnapped a shopkeeper in Banu on 19 August."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.ABDUCTION);
  }

  @Test
  void destructionToldInThePresentTense() {
    assertThat(type("On 19 August gunmen burn three shops in Banu."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    // A crowd that burns is a mob (the rule above), in the present tense too.
    assertThat(type("On 19 August angry villagers burn a lorry in Banu.")).isEqualTo(MOB_VIOLENCE);
  }

  @Test
  void thePoliceSteppingInIsAnInterventionButAnArrestTheProtestIsAboutIsNone() {
    assertThat(type("Nurses marched in Banu on 19 August. The police intervened."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.PROTEST_WITH_INTERVENTION);
    assertThat(type("Nurses marched in Banu on 19 August until officers scattered them."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.PROTEST_WITH_INTERVENTION);
    assertThat(
            type(
                "Students protested in Banu on 19 August demanding the release of two detained classmates."))
        .isEqualTo(PEACEFUL_PROTEST);
    assertThat(
            type(
                "Des étudiants ont manifesté à Banu le 19 août réclamant la libération de deux camarades arrêtés."))
        .isEqualTo(PEACEFUL_PROTEST);
  }

  @Test
  void hyphenatedWordsOfRapeAndRecaptureAndPeopleCarriedSomewhere() {
    assertThat(type("Robbers stopped a minibus near Banu on 19 August and gang-raped a passenger."))
        .isEqualTo(org.sitrep.model.AcledSubEventType.SEXUAL_VIOLENCE);
    assertThat(
            type(
                "Explosive remnants of war: on 19 August a herder was hurt by an old mine in Banu."))
        .isEqualTo(OTHER);
    // People taken somewhere are carried, not a place taken.
    assertThat(anyEvent("On 19 August villagers took them to Banu for treatment.")).isFalse();
  }

  @Test
  void tookPlaceIsNoCapture() {
    // "took place" says something happened; with no act named there is no event.
    assertThat(anyEvent("A meeting of elders took place in Banu on 19 August.")).isFalse();
    assertThat(anyEvent("La réunion a eu lieu à Banu le 19 août.")).isFalse();
  }

  @Test
  void youthsStruckAreCivilianVictims() {
    // Young people are civilians when they are the ones struck, unless told as armed.
    assertThat(type("Police shot dead two youths in Banu on 19 August.")).isEqualTo(ATTACK);
    assertThat(type("Four youth were beaten and wounded by soldiers in Banu on 19 August."))
        .isEqualTo(ATTACK);
    assertThat(type("A guard opened fire on three schoolboys in Banu on 19 August."))
        .isEqualTo(ATTACK);
  }

  @Test
  void fightingTiedToAnotherHappeningIsNoExchangeOfFire() {
    // Clashes named only as what the killing is related to, or avenges, happened apart from it.
    assertThat(
            type(
                "Gunmen shot dead two herders in Banu on 19 August. Elders said the killing"
                    + " was related to clashes between two clans."))
        .isEqualTo(ATTACK);
    assertThat(
            type(
                "Gunmen shot dead two herders in Banu on 19 August, in retaliation for a"
                    + " shootout last year."))
        .isEqualTo(ATTACK);
    // Guards who fire back are still an exchange of fire in the act itself.
    assertThat(
            type(
                "Gunmen shot dead two herders in Banu on 19 August. Their guards exchanged fire"
                    + " with the gunmen."))
        .isEqualTo(ARMED_CLASH);
  }

  @Test
  void armedMenStruckOffDutyOrAtHomeAreAttacked() {
    // A policeman or a soldier who is not on duty does not fight back: one side acts.
    assertThat(type("Gunmen shot dead an off-duty soldier in Banu on 19 August."))
        .isEqualTo(ATTACK);
    assertThat(type("A policeman was shot dead at his home in Banu on 19 August."))
        .isEqualTo(ATTACK);
    // On duty, armed men struck make a clash; returned fire keeps it one even at home.
    assertThat(type("Gunmen shot dead a soldier at a checkpoint in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    assertThat(
            type(
                "Gunmen shot a policeman at his home in Banu on 19 August. He exchanged fire"
                    + " with them."))
        .isEqualTo(ARMED_CLASH);
  }

  @Test
  void aSuspectOfAnArmedKindIsAnArmedMan() {
    // "Terror suspects", "a militia member": the armed kind names who they are.
    assertThat(type("Police shot dead two terror suspects in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    assertThat(type("Soldiers killed a militia leader in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    // A suspect of no armed kind stays a civilian.
    assertThat(type("Police shot dead two suspects in Banu on 19 August.")).isEqualTo(ATTACK);
  }

  @Test
  void aRiotWithItsGrievanceOrByStudentsOrVotersIsAViolentDemonstration() {
    // What the riot is against, told after it, makes it a demonstration.
    assertThat(type("Hundreds rioted in Banu on 19 August over the price of bread."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    assertThat(type("Traders rioted in Banu on 19 August when the market was closed."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    // Students, voters or inmates who riot rise against their school, ballot or prison.
    assertThat(type("Students at a college in Banu rioted on 19 August."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    assertThat(type("Police dispersed rioting voters in Banu on 19 August."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    assertThat(
            type(
                "Des détenus ont mené une émeute à Banu le 19 août pour réclamer leur libération."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    // Rioters of no such kind and with no grievance told, or called a mob, stay a mob.
    assertThat(type("Rioters burned three kiosks in Banu on 19 August.")).isEqualTo(MOB_VIOLENCE);
    assertThat(type("A mob rioted in Banu on 19 August over a land dispute."))
        .isEqualTo(MOB_VIOLENCE);
    // The workers struck by a crowd are its target, not who riots.
    assertThat(
            type(
                "Villagers attacked health workers by throwing stones at them in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
  }

  @Test
  void riotPoliceAreNoRiot() {
    // "Riot police", "an anti-riot unit" name a kind of police, neither a riot nor a cue of one.
    assertThat(type("Riot police arrested ten traders in Banu on 19 August."))
        .isNotEqualTo(MOB_VIOLENCE);
    assertThat(
            type(
                "Traders protested in Banu on 19 August against new taxes. Riot police dispersed"
                    + " them."))
        .isEqualTo(AcledSubEventType.PROTEST_WITH_INTERVENTION);
  }

  @Test
  void aParticipleBeforeByIsPassive() {
    // "Three militants killed by police": the militants are the target, as with "were killed by".
    assertThat(type("Three militants killed by police in Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    assertThat(type("Two farmers killed by gunmen in Banu on 19 August.")).isEqualTo(ATTACK);
    // A body found by residents: they found it, they struck no one.
    assertThat(type("The body of a soldier was found by residents in Banu on 19 August."))
        .isNotEqualTo(MOB_VIOLENCE);
  }

  @Test
  void aPlaceTakenThatItsHoldersHadLeftIsANonViolentTransfer() {
    // No one to fight: a deserted post, a town taken unopposed.
    assertThat(
            type(
                "Armed insurgents took over Banu on 19 August. They raised their flag over a"
                    + " deserted police post."))
        .isEqualTo(AcledSubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    assertThat(type("Rebels entered and captured Banu unopposed on 19 August."))
        .isEqualTo(AcledSubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    assertThat(
            type(
                "Des rebelles ont pris le contrôle de Banu le 19 août. Ils ont occupé un poste"
                    + " de police déserté."))
        .isEqualTo(AcledSubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    // Taken in a fight it stays an overtaking of territory.
    assertThat(type("Rebels captured Banu on 19 August."))
        .isEqualTo(AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
  }

  @Test
  void aGrenadeAnsweredByFireIsAClash() {
    // Men who fire back at those who threw a grenade at them: one exchange of fire.
    assertThat(
            type(
                "Militants threw a grenade at a police checkpoint in Banu on 19 August. The"
                    + " police responded with gunfire."))
        .isEqualTo(ARMED_CLASH);
    assertThat(type("Militants threw a grenade at a police checkpoint in Banu on 19 August."))
        .isEqualTo(AcledSubEventType.GRENADE);
    // A vehicle that overran a mine took no place.
    assertThat(type("An army truck overran a landmine near Banu on 19 August."))
        .isEqualTo(AcledSubEventType.REMOTE_EXPLOSIVE);
  }

  @Test
  void aPetrolBombIsArsonNotAnAirStrike() {
    // Bombed with petrol or a Molotov cocktail: property set on fire, not a strike from the air.
    assertThat(type("The house of a councillor was petrol bombed in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    assertThat(type("Unknown men threw Molotov cocktails at a bank in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    assertThat(
            type("Des inconnus ont lancé des cocktails Molotov sur une banque à Banu le 19 août."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    // Thrown by a crowd, it is the crowd's riot.
    assertThat(type("Residents threw petrol bombs at a police station in Banu on 19 August."))
        .isIn(MOB_VIOLENCE, VIOLENT_DEMONSTRATION);
  }

  @Test
  void aCaptureThatEndsTheFightingToldBeforeLeadsIt() {
    // The codebook codes a battle that wins a place as the change of territory, also when the
    // capture comes in the sentence after the fighting: the capture is the surer event.
    List<Event> es =
        Fixtures.extract(
            "2021-08-21",
            "Fighters stormed a police post in Banu on 19 August and stole rifles. They took"
                + " control of the town after hours of fighting.");
    Event best = es.stream().max(java.util.Comparator.comparingDouble(Event::confidence)).get();
    assertThat(best.subEventType())
        .isIn(
            AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY);
    assertThat(es).extracting(Event::subEventType).doesNotContain(ATTACK);
    // Holders forced to abandon their camp have lost it to those who forced them.
    assertThat(
            Fixtures.extract(
                    "2021-08-21",
                    "Soldiers raided a rebel camp near Banu on 19 August, forcing the rebels to"
                        + " abandon it.")
                .stream()
                .map(Event::subEventType))
        .contains(AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY);
  }

  @Test
  void aKillingOrAProtestOutranksADevelopmentToldWithIt() {
    // A curfew or a lockdown named with a killing or a protest is its background: the act is the
    // event, not a change to group/activity.
    assertThat(type("A trader was killed in Banu on 19 August despite a curfew."))
        .isEqualTo(ATTACK);
    assertThat(type("Workers gathered in Banu on 19 August to demand pay during the lockdown."))
        .isEqualTo(PEACEFUL_PROTEST);
  }

  @Test
  void oneArmedManNamedInTheSingularIsACombatant() {
    // "a bandit", "a militant" killed by the police: a clash, as with the plural.
    assertThat(type("Police shot dead a bandit in Banu on 19 August.")).isEqualTo(ARMED_CLASH);
    assertThat(type("Soldiers killed a militant in Banu on 19 August.")).isEqualTo(ARMED_CLASH);
    assertThat(type("Des soldats ont tué un rebelle à Banu le 19 août.")).isEqualTo(ARMED_CLASH);
  }

  @Test
  void thePartysSupportersAreACrowdNotItsArmedWing() {
    // "Supporters of the TPLF" who fight are rioters: the name after "supporters of" says whose
    // crowd they are, not that the armed group fights.
    assertThat(type("Supporters of the TPLF clashed with residents in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
    assertThat(
            type("Des partisans du TPLF se sont affrontés avec des habitants à Banu le 19 août."))
        .isEqualTo(MOB_VIOLENCE);
    // The armed group itself fighting stays a clash.
    assertThat(type("The TPLF clashed with residents in Banu on 19 August."))
        .isNotEqualTo(MOB_VIOLENCE);
  }

  @Test
  void whatACrowdDidToProtestIsTheProtest() {
    // An act told before "to protest" is the protest it makes, not an intention.
    assertThat(type("Voters burned their ballot papers in Banu on 19 August to protest the count."))
        .isEqualTo(VIOLENT_DEMONSTRATION);
    assertThat(type("Lawmakers staged a walkout in Banu on 19 August to protest a new law."))
        .isEqualTo(PEACEFUL_PROTEST);
    assertThat(
            type(
                "Des électeurs ont brûlé leurs bulletins à Banu le 19 août pour protester contre"
                    + " le scrutin."))
        .isIn(VIOLENT_DEMONSTRATION, PEACEFUL_PROTEST);
    // Only wanted or planned, nothing happened.
    assertThat(anyEvent("Traders planned to protest in Banu on 19 August.")).isFalse();
  }

  @Test
  void peopleWoundedOrInjuredAreViolenceTypedByTheTarget() {
    // Wounding is violence like killing: against civilians an attack, against armed men a clash.
    assertThat(type("Gunmen wounded two traders in Banu on 19 August.")).isEqualTo(ATTACK);
    assertThat(type("Three farmers were injured when bandits raided Banu on 19 August."))
        .isEqualTo(ATTACK);
    assertThat(type("Soldiers wounded two militants near Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    assertThat(type("A shopkeeper was found beheaded in Banu on 19 August.")).isEqualTo(ATTACK);
    // Hurt in a road accident or a crash: no one's violence.
    assertThat(anyEvent("Two cyclists were injured in a road accident in Banu on 19 August."))
        .isFalse();
    assertThat(anyEvent("A driver was killed in a crash near Banu on 19 August.")).isFalse();
  }

  @Test
  void shotsFiredAtATargetAndFirefightsAreViolence() {
    assertThat(type("Police fired shots at a group of traders in Banu on 19 August."))
        .isEqualTo(ATTACK);
    assertThat(type("There were firefights between rebels and the army near Banu on 19 August."))
        .isEqualTo(ARMED_CLASH);
    assertThat(type("Rebels fired an RPG at an army post near Banu on 19 August."))
        .isEqualTo(SHELLING_ARTILLERY_MISSILE);
  }

  @Test
  void crowdsGoingToTheStreetsOrDispersedHaveProtested() {
    assertThat(type("Nurses went to the streets in Banu on 19 August to protest unpaid wages."))
        .isEqualTo(PEACEFUL_PROTEST);
    assertThat(type("Dock workers went on strike in Banu on 19 August."))
        .isEqualTo(PEACEFUL_PROTEST);
    // A crowd the police dispersed had gathered: a protest with the intervention.
    assertThat(type("Police dispersed a crowd of traders in Banu on 19 August."))
        .isEqualTo(PROTEST_WITH_INTERVENTION);
  }

  @Test
  void propertyDamagedBySomeoneIsPropertyDestruction() {
    assertThat(type("Unknown men damaged several vehicles in Banu on 19 August."))
        .isEqualTo(LOOTING_PROPERTY_DESTRUCTION);
    // done by a crowd it is mob violence
    assertThat(type("Party supporters damaged property in Banu on 19 August."))
        .isEqualTo(MOB_VIOLENCE);
  }

  @Test
  void fireIntoTheAirDispersesAndFireIntoTheCrowdIsExcessiveForce() {
    assertThat(
            type("Police fired into the air to disperse hundreds of protesters in Banu on Monday."))
        .isEqualTo(PROTEST_WITH_INTERVENTION);
    assertThat(type("Police fired into the crowd of protesters in Banu on Monday, wounding two."))
        .isEqualTo(EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    assertThat(
            type(
                "La police a effectué des tirs de sommation pour disperser les manifestants à Banu"
                    + " lundi."))
        .isEqualTo(PROTEST_WITH_INTERVENTION);
  }
}

package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.SentenceScan.Hit;

/** Which triggers of a sentence stand for an event. */
class TriggerFilterTest {
  private final TriggerFilter filter = new TriggerFilter();

  private static List<String> words(SentenceScan sc, List<Hit<Trigger>> hits) {
    return hits.stream().map(t -> sc.surface(t.start(), t.end()).toLowerCase()).toList();
  }

  @Test
  void anEntryGivesWayToTheViolenceOfItsSentence() {
    Reading r = Reading.of("en", "2021-08-03", "Gunmen entered Banu and killed three villagers.");
    List<String> kept = words(r.scan(0), filter.eventTriggers(r.scan(0)));
    assertThat(kept).contains("killed").noneMatch(w -> w.startsWith("entered"));
  }

  @Test
  void anEntryAloneIsATakingWhenItsPlaceFollows() {
    Reading r = Reading.of("en", "2021-08-03", "The Taliban entered Banu on Monday.");
    assertThat(words(r.scan(0), filter.eventTriggers(r.scan(0))))
        .anyMatch(w -> w.startsWith("entered"));
  }

  @Test
  void aNominalTriggerWithoutItsPlaceStandsForNothing() {
    Reading r = Reading.of("en", "2021-08-03", "The soldiers entered after dark.");
    assertThat(filter.eventTriggers(r.scan(0))).isEmpty();
  }

  @Test
  void aConflictWordThatQualifiesGearIsNoFight() {
    Reading en =
        Reading.of("en", "2021-08-03", "The army flew attack helicopters to Ghazni on Monday.");
    assertThat(words(en.scan(0), filter.eventTriggers(en.scan(0))))
        .noneMatch(w -> w.equals("attack"));
    Reading fr =
        Reading.of(
            "fr", "2021-08-03", "Le gouvernement a reçu des avions de combat à Kaboul lundi.");
    assertThat(filter.eventTriggers(fr.scan(0))).isEmpty();
  }

  @Test
  void aRiseInAttacksIsATrendNotAHappening() {
    Reading en =
        Reading.of("en", "2021-08-03", "Ghazni has seen a rise in attacks since the spring.");
    assertThat(filter.eventTriggers(en.scan(0))).isEmpty();
    Reading fr =
        Reading.of(
            "fr", "2021-08-03", "Les habitants du Ghazni redoutent la recrudescence d'attaques.");
    assertThat(filter.eventTriggers(fr.scan(0))).isEmpty();
  }

  @Test
  void explosionsHeardAreASoundNotAHappening() {
    Reading fr =
        Reading.of("fr", "2021-08-03", "Des explosions ont été entendues à Kunduz cette nuit.");
    assertThat(filter.eventTriggers(fr.scan(0))).isEmpty();
    Reading en =
        Reading.of("en", "2021-08-03", "An explosion destroyed a bridge near Kunduz on Monday.");
    assertThat(filter.eventTriggers(en.scan(0))).isNotEmpty();
  }

  @Test
  void shotsFiredIntoTheAirHitNoOne() {
    Reading en =
        Reading.of("en", "2021-08-03", "Fighters were shooting into the air in Kunduz on Monday.");
    assertThat(filter.eventTriggers(en.scan(0))).isEmpty();
    Reading fr = Reading.of("fr", "2021-08-03", "Des combattants tiraient en l'air à Kunduz.");
    assertThat(filter.eventTriggers(fr.scan(0))).isEmpty();
  }

  @Test
  void aCrowdThatCheersIsNoMob() {
    Reading en =
        Reading.of("en", "2021-08-03", "In Kunduz a mob of young men cheered the fighters on.");
    assertThat(filter.eventTriggers(en.scan(0))).isEmpty();
    Reading riot = Reading.of("en", "2021-08-03", "In Kunduz a mob burned two shops.");
    assertThat(filter.eventTriggers(riot.scan(0))).isNotEmpty();
  }
}

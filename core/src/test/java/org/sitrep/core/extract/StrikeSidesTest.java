package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;

/**
 * Who strikes whom in a shelling or a bombing: the forces aimed at are the second side; "its
 * forces" are the speaker's; a bombing with no aircraft named is shelling; a named striker leaves
 * no unnamed one beside it. The project's own sentences, over the test gazetteer.
 */
class StrikeSidesTest {
  private static Event one(String text) {
    return Fixtures.only("2021-07-20", text);
  }

  @Test
  void theForcesAStrikeIsAimedAtAreTheSecondSide() {
    Event e = one("Afghan forces shelled Taliban positions near Banu on Monday.");
    assertThat(e.subEventType()).isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE);
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).containsExactly("afg_gov");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR2)).containsExactly("taliban");
  }

  @Test
  void theSpeakersOwnForcesStrikeAndTheSpeakerClaimsIt() {
    Event e = one("The Afghan army said its forces shelled Taliban positions near Banu on Monday.");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).containsExactly("afg_gov");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR2)).containsExactly("taliban");
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.CLAIMED);
  }

  @Test
  void itsForcesOfASpeakerWhoIsNoSideNameNoOne() {
    Event e = one("Residents said their forces shelled the hills near Banu on Monday.");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).doesNotContain("afg_gov", "taliban");
  }

  @Test
  void aBombingWithNoAircraftIsShellingAndWithOneAnAirStrike() {
    assertThat(one("Les talibans ont bombardé Banu lundi.").subEventType())
        .isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE);
    Event air = one("L'aviation afghane a bombardé lundi matin les villages autour de Banu.");
    assertThat(air.subEventType()).isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE);
    assertThat(Fixtures.actorIds(air, ActorRole.ACTOR1)).containsExactly("afg_gov");
    assertThat(one("The Taliban bombarded Banu on Monday.").subEventType())
        .isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE);
  }

  @Test
  void aMinistryNamedWithItsCountryAdjectiveInsideSpeaksForItsForces() {
    Event e =
        one(
            "Le ministère afghan de la Défense a affirmé lundi que ses forces avaient bombardé"
                + " des positions des talibans près de Banu.");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).containsExactly("afg_gov");
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.CLAIMED);
    assertThat(e.location().name()).isEqualTo("Banu");
  }

  @Test
  void aNamedStrikerLeavesNoUnidentifiedOneBesideIt() {
    Event e = one("Afghan artillery shelled Taliban positions near Banu on Monday.");
    assertThat(e.actors())
        .extracting(EventActor::name)
        .noneMatch(n -> n.startsWith("Unidentified Armed Group"));
  }

  @Test
  void twoMentionsWithTheirSidesInTheOtherOrderLeaveEachActorOnOneSide() {
    List<Event> es =
        Fixtures.extract(
            "2021-07-24",
            "On Saturday, a Taliban spokesman announced the full capture of Banu by the group, but"
                + " the Afghan army rejected the claim and said fighting was continuing. The town"
                + " has seen heavy fighting for weeks.");
    Event clash =
        es.stream()
            .filter(e -> e.subEventType() == AcledSubEventType.ARMED_CLASH)
            .findFirst()
            .orElseThrow();
    List<String> ones = new java.util.ArrayList<>(Fixtures.actorIds(clash, ActorRole.ACTOR1));
    ones.addAll(Fixtures.actorIds(clash, ActorRole.ASSOC_ACTOR1));
    List<String> twos = new java.util.ArrayList<>(Fixtures.actorIds(clash, ActorRole.ACTOR2));
    twos.addAll(Fixtures.actorIds(clash, ActorRole.ASSOC_ACTOR2));
    assertThat(ones).containsExactly("afg_gov");
    assertThat(twos).containsExactly("taliban");
  }
}

package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;

/**
 * Generic actors resolved by the event's country and date, named groups outside the actor list, and
 * ACLED's actor-type codes (issue 11, item 2); the project's own sentences.
 */
class ActorClassesTest {
  private static Event one(String published, String text) {
    List<Event> es = Fixtures.extract(published, text);
    assertThat(es).as(text).isNotEmpty();
    return es.get(0);
  }

  private static EventActor actor(Event e, ActorRole role) {
    return e.actors().stream()
        .filter(a -> a.role() == role)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " in " + e.actors()));
  }

  @Test
  void governmentForcesAreTheStateOfThePlaceOnTheEventsDay() {
    Event before = one("2021-07-05", "Government forces retook Andarab district on 3 July.");
    assertThat(actor(before, ActorRole.ACTOR1).name()).isEqualTo("Afghan government forces");
    assertThat(actor(before, ActorRole.ACTOR1).inter()).isEqualTo(1);
    // after the takeover the state of Afghanistan is the Taliban
    Event after = one("2021-10-05", "Government forces clashed with gunmen in Andarab district.");
    assertThat(actor(after, ActorRole.ACTOR1).actorId()).isEqualTo("taliban");
    assertThat(actor(after, ActorRole.ACTOR1).inter()).isEqualTo(1);
    // in Yemen they are Yemen's, never the Afghan government
    Event yemen = one("2019-03-20", "Government forces clashed with Houthi fighters in Taizz.");
    assertThat(actor(yemen, ActorRole.ACTOR1).name()).isEqualTo("Military Forces of Yemen");
    assertThat(actor(yemen, ActorRole.ACTOR1).actorId()).isNull();
    assertThat(actor(yemen, ActorRole.ACTOR2).name()).isEqualTo("Houthis");
    assertThat(actor(yemen, ActorRole.ACTOR2).inter()).isEqualTo(2);
  }

  @Test
  void aCountryAdjectiveSaysWhoseForcesAndForeignForcesAreExternal() {
    Event e = one("2019-03-20", "Kenyan police shot dead two traders in Garissa town.");
    assertThat(actor(e, ActorRole.ACTOR1).name()).isEqualTo("Police Forces of Kenya");
    assertThat(actor(e, ActorRole.ACTOR1).inter()).isEqualTo(1);
    assertThat(actor(e, ActorRole.ACTOR2).name()).isEqualTo("Civilians (Kenya)");
    assertThat(actor(e, ActorRole.ACTOR2).inter()).isEqualTo(7);
    Event abroad = one("2019-03-20", "Turkish forces shelled positions near Taizz on Monday.");
    assertThat(actor(abroad, ActorRole.ACTOR1).name()).isEqualTo("Military Forces of Turkey");
    assertThat(actor(abroad, ActorRole.ACTOR1).inter()).isEqualTo(8);
    Event after = one("2019-03-20", "The military forces of Kenya fired on positions in Taizz.");
    assertThat(actor(after, ActorRole.ACTOR1).name()).isEqualTo("Military Forces of Kenya");
  }

  @Test
  void aGroupOfAnotherTheatreIsNotTheListedOneOfThatName() {
    Event e = one("2019-03-20", "Fighters of the Popular Resistance attacked Houthis in Taizz.");
    assertThat(e.actors()).extracting(EventActor::name).contains("Popular Resistance");
    assertThat(e.actors()).extracting(EventActor::actorId).doesNotContain("resistance");
    // a group's own name is that group wherever it fights
    Event abroad = one("2019-03-20", "Houthis fired a missile at a base in Garissa on Monday.");
    assertThat(abroad.actors()).extracting(EventActor::actorId).contains("houthis");
  }

  @Test
  void unnamedPerpetratorsAreAnUnidentifiedArmedGroup() {
    Event e = one("2019-03-20", "Unknown attackers killed four farmers in Garissa town.");
    assertThat(actor(e, ActorRole.ACTOR1).name()).isEqualTo("Unidentified Armed Group (Kenya)");
    assertThat(actor(e, ActorRole.ACTOR1).inter()).isEqualTo(3);
    // nobody named at all: the codebook's default
    Event none = one("2019-03-20", "Four farmers were shot dead in Garissa town.");
    assertThat(actor(none, ActorRole.ACTOR1).inter()).isEqualTo(3);
  }

  @Test
  void theAgentOfAPassiveIsTheStrikerNotTheTarget() {
    Event e = one("2019-03-20", "A trader was wounded in a shooting by two armed men in Garissa.");
    assertThat(e.subEventType()).isEqualTo(org.sitrep.model.AcledSubEventType.ATTACK);
    assertThat(actor(e, ActorRole.ACTOR1).name()).isEqualTo("Unidentified Armed Group (Kenya)");
  }

  @Test
  void aNamedGroupOutsideTheListKeepsItsNameAndItsNounsCode() {
    Event militants =
        one("2019-03-20", "Suspected Zarqan militants killed two herders in Garissa.");
    assertThat(actor(militants, ActorRole.ACTOR1).name()).isEqualTo("Zarqan");
    assertThat(actor(militants, ActorRole.ACTOR1).inter()).isEqualTo(2);
    Event militia = one("2019-03-20", "The Korsan militia attacked a police post in Garissa.");
    assertThat(actor(militia, ActorRole.ACTOR1).name()).isEqualTo("Korsan");
    assertThat(actor(militia, ActorRole.ACTOR1).inter()).isEqualTo(3);
    Event members = one("2019-03-20", "Members of the Tarvo sect clashed with police in Garissa.");
    assertThat(members.actors()).extracting(EventActor::name).contains("Tarvo");
  }

  @Test
  void frenchCountryAdjectivesFollowTheNoun() {
    Event e = one("2019-03-20", "L'armée kényane a affronté des hommes armés à Garissa lundi.");
    assertThat(e.actors())
        .extracting(EventActor::name)
        .contains("Military Forces of Kenya", "Unidentified Armed Group (Kenya)");
  }

  @Test
  void actorCodesAreOnEveryResolvedActorOfTheAfghanTheatreToo() {
    Event e = one("2021-08-21", "Taliban fighters killed three civilians in Andarab on 19 August.");
    assertThat(actor(e, ActorRole.ACTOR1).actorId()).isEqualTo("taliban");
    // Taliban became the state on 15 August 2021
    assertThat(actor(e, ActorRole.ACTOR1).inter()).isEqualTo(1);
    assertThat(actor(e, ActorRole.ACTOR2).inter()).isEqualTo(7);
  }
}

package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Event;

/**
 * A national capital that speaks, is accused or strikes stands for its state's forces and is not
 * where the event happened; a capital after a preposition stays a place (docs/actors.md). The
 * project's own sentences, over the test gazetteer (Kabul is a national capital there).
 */
class CapitalMetonymyTest {
  private static Event one(String published, String text) {
    List<Event> es = Fixtures.extract(published, text);
    assertThat(es).as(text).isNotEmpty();
    return es.get(0);
  }

  @Test
  void aCapitalThatOnlySpeaksIsASourceNotTheStriker() {
    Event e = one("2021-07-20", "Kabul said shelling killed three civilians in Banu on Monday.");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).doesNotContain("afg_gov");
    assertThat(e.location().name()).isEqualTo("Banu");
  }

  @Test
  void aCapitalAccusedOfAnAttackIsItsStatesForces() {
    Event e = one("2021-07-20", "Les talibans accusent Kaboul de frappes sur Banu dimanche.");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).containsExactly("afg_gov");
    assertThat(e.location().name()).isEqualTo("Banu");
  }

  @Test
  void theAgentOfAPassiveStrikeIsItsStatesForces() {
    Event e = one("2021-07-20", "Villages around Banu were bombed by Kabul on Monday.");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).containsExactly("afg_gov");
    assertThat(e.location().name()).isEqualTo("Banu");
  }

  @Test
  void theCapitalThatAccusesDidNotDoWhatItAccusesOf() {
    Event e = one("2021-07-20", "Kabul accused its neighbour of shelling Banu on Monday.");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).doesNotContain("afg_gov");
  }

  @Test
  void aCapitalAfterAPrepositionStaysThePlace() {
    Event e = one("2021-07-20", "Gunmen attacked a checkpoint in Kabul on Monday.");
    assertThat(e.location().name()).isEqualTo("Kabul");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).doesNotContain("afg_gov");
    Event fr = one("2021-07-20", "Des hommes armés ont attaqué un poste à Kaboul lundi.");
    assertThat(fr.location().name()).isEqualTo("Kabul");
    assertThat(Fixtures.actorIds(fr, ActorRole.ACTOR1)).doesNotContain("afg_gov");
  }

  @Test
  void aCapitalAbroadIsNeverThePlaceButMayBeTheStateAccused() {
    // Islamabad lies outside the text's country: no place of it, yet the state it stands for
    Event e = one("2021-07-20", "Kabul accused Islamabad of shelling Banu on Monday.");
    assertThat(e.location().name()).isEqualTo("Banu");
    assertThat(Fixtures.actorIds(e, ActorRole.ACTOR1)).containsExactly("pakistan");
  }
}

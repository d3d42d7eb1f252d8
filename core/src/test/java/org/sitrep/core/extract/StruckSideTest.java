package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;

/**
 * An attack told by the side that lost men: that side was struck (actor 2), the attackers it does
 * not name are an unidentified armed group, and its account of what was done to it is reported, not
 * claimed, even when it beat the attack back.
 */
class StruckSideTest {

  private static Event clash(String published, String text) {
    List<Event> events = Fixtures.extract(published, text);
    assertThat(events).as(text).isNotEmpty();
    Event e = events.get(0);
    assertThat(e.kind()).as(text).isEqualTo(EventKind.CLASH);
    return e;
  }

  private static List<Integer> codes(Event e, String role) {
    return e.actors().stream()
        .filter(a -> a.role().wire().equals(role))
        .map(EventActor::inter)
        .toList();
  }

  @Test
  void soldiersKilledInAnAttackAreTheSideAttackedInEnglish() {
    Event e =
        clash(
            "2022-05-02",
            "Eight soldiers and two civilians were killed in an attack on an army post near Gao"
                + " on Sunday, the army said.");
    assertThat(codes(e, "actor1")).containsExactly(3);
    assertThat(codes(e, "actor2")).containsExactly(1);
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void soldiersWhoDiedAreTheSideAttackedInFrench() {
    Event e =
        clash(
            "2022-05-02",
            "Cinq soldats sont morts lors d'une attaque contre un poste près de Mopti dimanche, a"
                + " indiqué l'armée.");
    assertThat(codes(e, "actor1")).containsExactly(3);
    assertThat(codes(e, "actor2")).containsExactly(1);
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void soldiersWhoKilledAreTheAttackersAndClaimIt() {
    Event e =
        clash(
            "2022-05-02",
            "Soldiers attacked gunmen near Gao on Sunday, killing five, the army said.");
    assertThat(codes(e, "actor1")).containsExactly(1);
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.CLAIMED);
  }

  @Test
  void aStatementThatNamesNoSideSpeaksForTheSideNamedBefore() {
    String later =
        "Two more soldiers were killed in an attack on a post near Mopti on Monday, the statement"
            + " added.";
    // alone, the statement is some side's: its account is a claim
    assertThat(clash("2022-05-02", later).claim().status()).isEqualTo(ClaimStatus.CLAIMED);
    // after the army spoke, it is the army's, telling of its own dead
    List<Event> events =
        Fixtures.extract(
            "2022-05-02",
            "The army said eight soldiers were killed in an attack on a base near Gao on Sunday. "
                + later);
    Event mopti =
        events.stream()
            .filter(e -> e.evidence().get(0).quote().contains("Mopti"))
            .findFirst()
            .orElseThrow();
    assertThat(mopti.claim().status()).isEqualTo(ClaimStatus.REPORTED);
  }
}

package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledSubEventType;

/** The sub-event type of a trigger, by the codebook. */
class EventTyperTest {
  private final EventTyper typer = new EventTyper(Reading.SIDES);

  private AcledSubEventType type(String text, int sentence, String word) {
    Reading r = Reading.of("en", "2021-08-03", text);
    return typer.subType(r.scans, r.scan(sentence), r.trigger(sentence, word));
  }

  @Test
  void violenceIsTypedByItsTarget() {
    assertThat(type("Gunmen shot two farmers near Herat.", 0, "shot"))
        .isEqualTo(AcledSubEventType.ATTACK);
    assertThat(type("Gunmen shot two soldiers near Herat.", 0, "shot"))
        .isEqualTo(AcledSubEventType.ARMED_CLASH);
  }

  @Test
  void riotersWithNoDemonstrationAreAMob() {
    assertThat(type("Rioters burned shops in Herat.", 0, "rioters"))
        .isEqualTo(AcledSubEventType.MOB_VIOLENCE);
  }

  @Test
  void aProtestBrokenUpInTheNextSentenceIsOneWithIntervention() {
    assertThat(
            type(
                "Traders protested in Herat on Monday. Police used tear gas to disperse them.",
                0,
                "protested"))
        .isEqualTo(AcledSubEventType.PROTEST_WITH_INTERVENTION);
    assertThat(type("Traders protested in Herat on Monday.", 0, "protested"))
        .isEqualTo(AcledSubEventType.PEACEFUL_PROTEST);
  }

  @Test
  void aChangeOfControlIsLeftUntypedForTheDocumentPass() {
    assertThat(type("The Taliban captured Banu.", 0, "captured")).isNull();
  }

  @Test
  void aGendarmeriePostAttackedInFrenchIsABattle() {
    Reading r =
        Reading.of(
            "fr",
            "2021-08-03",
            "Mardi, un poste de la gendarmerie a été attaqué par des hommes armés près de Herat.");
    assertThat(typer.subType(r.scans, r.scan(0), r.trigger(0, "attaqu")))
        .isEqualTo(AcledSubEventType.ARMED_CLASH);
  }
}

package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;

/** Fighting told with no side named is between the sides the story names. */
class UnnamedSidesTest {

  private static List<String> sidesOfTheClashIn(String text, String place) {
    List<Event> events = Fixtures.extract("2021-08-10", text);
    Event clash =
        events.stream()
            .filter(e -> e.kind() == EventKind.CLASH && e.evidence().get(0).quote().contains(place))
            .findFirst()
            .orElseThrow();
    return clash.actors().stream().map(EventActor::actorId).toList();
  }

  @Test
  void fightingWithNoSideNamedIsBetweenTheStorysSides() {
    assertThat(
            sidesOfTheClashIn(
                "The Taliban took Kunduz from government forces on Sunday after a week of"
                    + " fighting.\n\nHeavy clashes were also under way in the centre of Ghazni"
                    + " province on Monday.",
                "Ghazni"))
        .containsExactlyInAnyOrder("taliban", "afg_gov");
  }

  @Test
  void aStoryThatNamesNoSideLeavesTheFightingUnsided() {
    assertThat(
            sidesOfTheClashIn(
                "Heavy clashes were under way in the centre of Ghazni province on Monday.",
                "Ghazni"))
        .isEmpty();
  }
}

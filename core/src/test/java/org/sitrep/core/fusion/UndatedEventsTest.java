package org.sitrep.core.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.fusion.Fixtures.PUL_E_HESAR;
import static org.sitrep.core.fusion.Fixtures.aug;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;

/** An undated event (no publication date, no date in its text) never moves the control map. */
class UndatedEventsTest {
  private static Event undated(Event e) {
    return new Event(
        e.eventId(),
        e.docIds(),
        e.kind(),
        e.subEventType(),
        null,
        e.location(),
        e.actors(),
        e.territory(),
        e.fatalities(),
        e.claim(),
        e.evidence(),
        e.confidence());
  }

  private static final Event HELD =
      Fixtures.taken(
          "a", "d1", PUL_E_HESAR, "Taliban", null, aug(10), aug(10), ClaimStatus.ASSERTED, null);
  private static final Event UNDATED_RETAKEN =
      undated(
          Fixtures.taken(
              "b",
              "d2",
              PUL_E_HESAR,
              "anti-Taliban resistance",
              "Taliban",
              aug(20),
              aug(20),
              ClaimStatus.ASSERTED,
              null));

  @Test
  void anUndatedChangeOfHandsLeavesEveryDayOfTheMapAsTheDatedReportsMadeIt() {
    ControlService dated =
        ControlService.of(List.of(HELD), SourceGroups.NONE, FusionSettings.defaults());
    ControlService both =
        ControlService.of(
            List.of(HELD, UNDATED_RETAKEN), SourceGroups.NONE, FusionSettings.defaults());
    for (int d : new int[] {9, 10, 15, 25}) {
      assertThat(both.control(aug(d)).states())
          .as("day %d", d)
          .isEqualTo(dated.control(aug(d)).states());
    }
    assertThat(both.control(aug(25)).find("Pul-e Hisar").orElseThrow().controller())
        .isEqualTo("Taliban");
  }

  @Test
  void anUndatedReportIsFusedAloneAndSortedLast() {
    ControlService svc =
        ControlService.of(
            List.of(UNDATED_RETAKEN, HELD), SourceGroups.NONE, FusionSettings.defaults());
    List<FusedEvent> fused = svc.fusedEvents();
    assertThat(fused).hasSize(2);
    assertThat(fused.get(0).date()).isNotNull();
    FusedEvent last = fused.get(1);
    assertThat(last.date()).isNull();
    assertThat(last.memberIds()).containsExactly("b");
    assertThat(last.toEvent().dated()).isFalse();
    assertThat(last.independentSources()).isEqualTo(1);
  }

  @Test
  void anUndatedHappeningIsOnNoDaysReport() {
    ControlService svc =
        ControlService.of(List.of(UNDATED_RETAKEN), SourceGroups.NONE, FusionSettings.defaults());
    FusedEvent f = svc.fusedEvents().get(0);
    assertThat(Report.onDay(f, aug(20))).isFalse();
    assertThat(svc.control(aug(20)).states()).isEmpty();
  }
}

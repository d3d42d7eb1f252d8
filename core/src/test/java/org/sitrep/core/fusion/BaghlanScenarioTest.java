package org.sitrep.core.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.fusion.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Event;

/**
 * The Baghlan sequence: Pul-e-Hesar falls to the Taliban (two outlets and a wire copy); local
 * fighters retake it (a resistance-friendly account claims it, one outlet reports it); the Taliban
 * deny, then neutral reports deny too; days later the Taliban retake it.
 */
class BaghlanScenarioTest {
  static final String T = "Taliban";
  static final String R = "anti-Taliban resistance";

  static List<Event> events() {
    return List.of(
        taken("e01", "wireA", PUL_E_HESAR, T, aug(10), ClaimStatus.ASSERTED, null),
        taken("e02", "wireA-copy", PUL_E_HESAR, T, aug(10), ClaimStatus.ASSERTED, null),
        taken(
            "e03",
            "outletB",
            PUL_E_HESAR,
            T,
            null,
            aug(10),
            aug(11),
            ClaimStatus.REPORTED,
            "local officials"),
        taken(
            "e04",
            "account",
            PUL_E_HESAR,
            R,
            T,
            aug(19),
            aug(20),
            ClaimStatus.CLAIMED,
            "Panjshir-named Twitter account"),
        taken("e05", "outletC", PUL_E_HESAR, R, T, aug(20), aug(20), ClaimStatus.ASSERTED, null),
        taken("e06", "outletD", PUL_E_HESAR, R, aug(20), ClaimStatus.DENIED, "Taliban spokesman"),
        taken("e07", "outletE", PUL_E_HESAR, R, aug(21), ClaimStatus.DENIED, "some reports"),
        taken("e08", "outletF", PUL_E_HESAR, T, R, aug(24), aug(24), ClaimStatus.ASSERTED, null),
        taken(
            "e09",
            "outletG",
            PUL_E_HESAR,
            T,
            R,
            aug(24),
            aug(25),
            ClaimStatus.REPORTED,
            "residents"));
  }

  static ControlService service() {
    return ControlService.of(
        events(),
        SourceGroups.fromDuplicateLinks(Map.of("wireA-copy", "wireA")),
        FusionSettings.defaults());
  }

  @Test
  void wireCopyCountsOnceAndDenialsJoinTheirHappening() {
    List<FusedEvent> fused = service().fusedEvents();
    assertThat(fused).hasSize(3);
    FusedEvent fall = fused.get(0);
    assertThat(fall.memberIds()).containsExactly("e01", "e02", "e03");
    assertThat(fall.independentSources()).isEqualTo(2);
    FusedEvent retake = fused.get(1);
    assertThat(retake.memberIds()).containsExactly("e04", "e05", "e06", "e07");
    assertThat(retake.independentSources()).isEqualTo(2);
    assertThat(retake.denyingSources()).isEqualTo(2);
    assertThat(retake.claim().status()).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(retake.date().from()).isEqualTo(aug(20));
  }

  @Test
  void timelineIsWhatAnAnalystWouldDraw() {
    ControlService svc = service();
    ControlState d9 = svc.control(aug(9)).find("Pul-e Hisar").orElse(null);
    assertThat(d9).as("nothing known before the first report").isNull();

    ControlState d12 = svc.control(aug(12)).find("Pul-e Hisar").orElseThrow();
    assertThat(d12.controller()).isEqualTo(T);
    assertThat(d12.status()).isEqualTo(ControlStatus.HELD);
    assertThat(d12.since()).isEqualTo(aug(10));
    assertThat(d12.sources()).isEqualTo(2);

    // control persists without news, with decaying confidence
    ControlState d18 = svc.control(aug(18)).find("Pul-e Hisar").orElseThrow();
    assertThat(d18.controller()).isEqualTo(T);
    assertThat(d18.status()).isEqualTo(ControlStatus.HELD);
    assertThat(d18.confidence()).isLessThan(d12.confidence());

    // retaken: an outlet confirms, only the Taliban deny -> held by the resistance, Taliban named
    ControlState d20 = svc.control(aug(20)).find("Pul-e Hisar").orElseThrow();
    assertThat(d20.controller()).isEqualTo(R);
    assertThat(d20.since()).isEqualTo(aug(20));
    assertThat(d20.status()).isEqualTo(ControlStatus.HELD);
    assertThat(d20.contraryEventIds()).contains("e06");

    // neutral reports deny as well: contested, not erased
    ControlState d21 = svc.control(aug(21)).find("Pul-e Hisar").orElseThrow();
    assertThat(d21.controller()).isEqualTo(R);
    assertThat(d21.status()).isEqualTo(ControlStatus.CONTESTED);
    assertThat(d21.eventIds()).contains("e04", "e05", "e06", "e07");

    // the Taliban retake it days later
    ControlState d25 = svc.control(aug(25)).find("Pul-e Hisar").orElseThrow();
    assertThat(d25.controller()).isEqualTo(T);
    assertThat(d25.status()).isEqualTo(ControlStatus.HELD);
    assertThat(d25.since()).isEqualTo(aug(24));

    // long silence: the controller is kept but the state becomes unknown
    ControlState later = svc.control(aug(24).plusDays(200)).find("Pul-e Hisar").orElseThrow();
    assertThat(later.controller()).isEqualTo(T);
    assertThat(later.status()).isEqualTo(ControlStatus.UNKNOWN);
  }

  @Test
  void timelineEntriesFollowTheSequence() {
    Timeline tl = service().timeline("Pul-e-Hisar").orElseThrow();
    List<String> steps =
        tl.entries().stream()
            .map(e -> e.from() + " " + e.state().controller() + " " + e.state().status().wire())
            .distinct()
            .toList();
    assertThat(steps)
        .containsSubsequence(
            "2021-08-10 Taliban held",
            "2021-08-20 anti-Taliban resistance held",
            "2021-08-21 anti-Taliban resistance contested",
            "2021-08-24 Taliban held");
    assertThat(tl.entries().get(tl.entries().size() - 1).state().status())
        .isEqualTo(ControlStatus.UNKNOWN);
    assertThat(tl.events()).hasSize(3);
  }

  @Test
  void aPreciseReportRefinesWhenAVaguelyDatedChangeHappened() {
    List<Event> events =
        List.of(
            taken("v1", "monthly", BANU, R, null, aug(1), aug(31), ClaimStatus.HEDGED, null),
            taken("v2", "daily", BANU, R, T, aug(19), aug(19), ClaimStatus.ASSERTED, null));
    ControlService svc = ControlService.of(events, SourceGroups.NONE, FusionSettings.defaults());
    ControlState d = svc.control(aug(21)).find("Andarab").orElseThrow();
    assertThat(d.controller()).isEqualTo(R);
    assertThat(d.since()).isEqualTo(aug(19));
    assertThat(d.localities()).containsExactly("Banu");
  }

  @Test
  void aReportDatedOnlyToAMonthHoldsNothingBeforeTheMonthEnds() {
    DateInterval august = DateInterval.month(java.time.YearMonth.of(2021, 8));
    Event e = taken("m1", "monthly", BANU, R, T, aug(1), aug(31), ClaimStatus.ASSERTED, null);
    List<Event> events =
        List.of(
            new Event(
                e.eventId(),
                e.docIds(),
                e.kind(),
                e.subEventType(),
                august,
                e.location(),
                e.actors(),
                e.territory(),
                e.fatalities(),
                e.claim(),
                e.evidence(),
                e.confidence()));
    ControlService svc = ControlService.of(events, SourceGroups.NONE, FusionSettings.defaults());
    assertThat(svc.control(aug(10)).find("Andarab")).isEmpty();
    ControlState end = svc.control(aug(31)).find("Andarab").orElseThrow();
    assertThat(end.controller()).isEqualTo(R);
    assertThat(end.since()).isEqualTo(aug(31));
  }

  /** Two sources establish a state; one new report flips it only to contested, a second holds. */
  @Test
  void oneStrayReportContestsAnEstablishedStateAndASecondSourceHoldsIt() {
    List<Event> base =
        List.of(
            taken("s1", "docA", KUNDUZ, "Taliban", aug(8), ClaimStatus.ASSERTED, null),
            taken("s2", "docB", KUNDUZ, "Taliban", aug(8), ClaimStatus.REPORTED, "residents"));
    FusionSettings s = FusionSettings.defaults();
    ControlState held =
        ControlService.of(base, SourceGroups.NONE, s).control(aug(9)).find("Kunduz").orElseThrow();
    assertThat(held.status()).isEqualTo(ControlStatus.HELD);
    List<Event> stray = new java.util.ArrayList<>(base);
    stray.add(
        taken("s3", "docC", KUNDUZ, "Afghan government", aug(12), ClaimStatus.ASSERTED, null));
    ControlState one =
        ControlService.of(stray, SourceGroups.NONE, s)
            .control(aug(12))
            .find("Kunduz")
            .orElseThrow();
    assertThat(one.controller()).isEqualTo("Afghan government");
    assertThat(one.status()).isEqualTo(ControlStatus.CONTESTED);
    assertThat(one.challenger()).isEqualTo("Taliban");
    stray.add(
        taken(
            "s4", "docD", KUNDUZ, "Afghan government", aug(12), ClaimStatus.REPORTED, "officials"));
    ControlState two =
        ControlService.of(stray, SourceGroups.NONE, s)
            .control(aug(12))
            .find("Kunduz")
            .orElseThrow();
    assertThat(two.status()).isEqualTo(ControlStatus.HELD);
  }
}

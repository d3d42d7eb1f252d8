package org.sitrep.core.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.fusion.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;

/**
 * A provincial capture claimed, then denied; and a province claimed whole while one of its
 * districts is still reported held by the other side.
 */
class ProvincialClaimScenarioTest {
  static final String T = "Taliban";
  static final String G = "Afghan government";
  static final String NRF = "National Resistance Front";

  @Test
  void claimedCaptureOfAProvincialCapitalThenDeniedAndShownStillHeld() {
    List<Event> events =
        List.of(
            taken(
                "k1",
                "tweet",
                KUNDUZ,
                T,
                G,
                aug(1),
                aug(1),
                ClaimStatus.CLAIMED,
                "Taliban spokesman"),
            taken(
                "k2",
                "gov",
                KUNDUZ,
                T,
                aug(2),
                ClaimStatus.DENIED,
                "provincial governor of the Afghan government"),
            taken("k3", "outlet", KUNDUZ, G, aug(2), ClaimStatus.REPORTED, "local journalists"));
    ControlService svc = ControlService.of(events, SourceGroups.NONE, FusionSettings.defaults());

    ControlState d1 = svc.control(aug(1)).find("Kunduz").orElseThrow();
    assertThat(d1.controller()).isEqualTo(T);
    assertThat(d1.status())
        .as("a side's own claim is only a claim")
        .isEqualTo(ControlStatus.CLAIMED);
    assertThat(d1.confidence()).isLessThan(0.5);

    ControlState d2 = svc.control(aug(2)).find("Kunduz").orElseThrow();
    assertThat(d2.controller()).isEqualTo(G);
    assertThat(d2.status()).isEqualTo(ControlStatus.HELD);
    assertThat(d2.since()).isEqualTo(aug(2));
  }

  @Test
  void claimDeniedByNeutralReportsIsContestedNotErased() {
    List<Event> events =
        List.of(
            taken(
                "k1",
                "tweet",
                KUNDUZ,
                T,
                G,
                aug(1),
                aug(1),
                ClaimStatus.CLAIMED,
                "Taliban spokesman"),
            taken("k2", "wire", KUNDUZ, T, aug(2), ClaimStatus.DENIED, "witnesses"));
    ControlService svc = ControlService.of(events, SourceGroups.NONE, FusionSettings.defaults());
    ControlState d2 = svc.control(aug(2)).find("Kunduz").orElseThrow();
    assertThat(d2.controller()).isEqualTo(T);
    assertThat(d2.status()).isEqualTo(ControlStatus.CONTESTED);
    assertThat(d2.challenger()).isEqualTo("denied");
    assertThat(d2.eventIds()).containsExactly("k1", "k2");
  }

  @Test
  void provinceClaimedWholeWhileADistrictHoldsOut() {
    List<Event> events =
        List.of(
            taken("r1", "outlet1", RUKHA, NRF, aug(28), ClaimStatus.ASSERTED, null),
            taken(
                "p1",
                "press",
                PANJSHIR,
                T,
                NRF,
                sep(5),
                sep(6),
                ClaimStatus.CLAIMED,
                "Zabihullah Mujahid, Taliban spokesman"));
    ControlService svc = ControlService.of(events, SourceGroups.NONE, FusionSettings.defaults());

    ControlState prov = svc.control(sep(6)).find("Panjshir").orElseThrow();
    assertThat(prov.unit().level()).isEqualTo(UnitLevel.PROVINCE);
    assertThat(prov.controller()).isEqualTo(T);
    assertThat(prov.status()).isEqualTo(ControlStatus.CONTESTED);
    assertThat(prov.challenger()).isEqualTo(NRF);

    // a partisan whole-province claim, at half weight, does not overturn a confirmed district hold
    ControlState rukha = svc.control(sep(6)).find("Rukha").orElseThrow();
    assertThat(rukha.controller()).isEqualTo(NRF);
    assertThat(rukha.eventIds()).contains("p1");
  }

  @Test
  void provinceClaimedWholeAloneIsClaimed() {
    List<Event> events =
        List.of(
            taken(
                "p1",
                "press",
                PANJSHIR,
                T,
                NRF,
                sep(5),
                sep(6),
                ClaimStatus.CLAIMED,
                "Zabihullah Mujahid, Taliban spokesman"));
    ControlService svc = ControlService.of(events, SourceGroups.NONE, FusionSettings.defaults());
    ControlState prov = svc.control(sep(6)).find("Panjshir").orElseThrow();
    assertThat(prov.controller()).isEqualTo(T);
    assertThat(prov.status()).isEqualTo(ControlStatus.CLAIMED);
    assertThat(prov.since()).isEqualTo(sep(5));
    // not there before the claim's interval begins
    assertThat(svc.control(sep(4)).states()).isEmpty();
  }

  @Test
  void confirmedWholeProvinceCaptureCarriesItsDistricts() {
    List<Event> events =
        List.of(
            taken("r1", "outlet1", RUKHA, NRF, aug(1), ClaimStatus.HEDGED, null),
            taken("p1", "outlet2", PANJSHIR, T, NRF, sep(6), sep(6), ClaimStatus.ASSERTED, null),
            taken("p2", "outlet3", PANJSHIR, T, NRF, sep(6), sep(6), ClaimStatus.ASSERTED, null));
    ControlService svc = ControlService.of(events, SourceGroups.NONE, FusionSettings.defaults());
    ControlState rukha = svc.control(sep(7)).find("Rukha").orElseThrow();
    assertThat(rukha.controller()).isEqualTo(T);
    assertThat(rukha.since()).isEqualTo(sep(6));
    assertThat(svc.control(sep(7)).find("Panjshir").orElseThrow().status())
        .isEqualTo(ControlStatus.HELD);
  }
}

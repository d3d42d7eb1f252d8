package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ClaimStatus;

/** One event per happening. */
class MergerTest {
  private final Merger merger = new Merger(Reading.SIDES);

  @Test
  void twoMentionsOfOneCaptureAreOneEvent() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The Taliban captured Banu on Monday. Banu was captured by the Taliban on Monday.");
    List<Candidate> live = r.candidates();
    assertThat(live).hasSize(2);
    List<Candidate> merged = merger.merge(live);
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).mergedFrom).containsExactly(live.get(1));
  }

  @Test
  void contradictoryTakersOfOnePlaceBothSurviveDisputed() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The Taliban captured Banu on Monday. Banu was captured by the Taliban on Monday.");
    List<Candidate> live = r.candidates();
    live.get(1).after = new ActorRef("afg_gov", null, null);
    List<Candidate> merged = merger.merge(live);
    assertThat(merged).hasSize(2).allMatch(c -> c.status == ClaimStatus.DISPUTED);
  }

  @Test
  void aProtestTakesInItsArrests() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "Afghan police arrested ten traders during a protest in Herat on Monday.");
    List<Candidate> live = new ArrayList<>(r.candidates());
    assertThat(live).extracting(c -> c.type).contains(AcledSubEventType.ARRESTS);
    merger.absorbWithinSentences(live);
    assertThat(live).hasSize(1);
    assertThat(live.get(0).type).isNotEqualTo(AcledSubEventType.ARRESTS);
    // Who made the arrests is the other side of the protest.
    assertThat(live.get(0).actors2).extracting(ActorRef::actorId).containsExactly("afg_gov");
  }

  @Test
  void aDenialDisputesWhatHappenedAtItsPlace() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The Taliban captured Banu on Monday. The Taliban captured Kunduz on Monday.");
    List<Candidate> live = r.candidates();
    Candidate banu = live.get(0);
    Candidate kunduz = live.get(1);
    Reading d = Reading.of("en", "2021-08-03", "The Taliban did not capture Banu on Monday.");
    Candidate denial = Reading.candidate(d.candidates(), "captur");
    merger.dispute(List.of(denial), List.of(banu, kunduz), "t", r.doc.text());
    assertThat(banu.status).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(banu.more).extracting(e -> e.role()).contains("denial");
    assertThat(kunduz.status).isEqualTo(ClaimStatus.ASSERTED);
  }
}

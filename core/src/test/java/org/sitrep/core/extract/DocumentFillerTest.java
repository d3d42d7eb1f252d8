package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.model.AcledSubEventType;

/** What a sentence leaves open, filled from the rest of the document. */
class DocumentFillerTest {
  private final DocumentFiller filler = new DocumentFiller(Reading.SIDES);

  @Test
  void aPassiveCaptureIsTheSideTakingThePlacesAroundIt() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "The Taliban captured Banu on Monday. Bazarak was also captured on Monday.");
    List<Candidate> live = r.candidates();
    Candidate second = live.get(live.size() - 1);
    assertThat(second.after).isNull();
    filler.fillFromDocument(r.scans, live, List.of());
    assertThat(second.after.actorId()).isEqualTo("taliban");
  }

  @Test
  void aRetakingWithNoAgentIsByTheSideThatFightsTheLoser() {
    Reading r =
        Reading.of(
            "en",
            "2021-08-03",
            "Afghan forces fought hard in Baghlan on Sunday. Banu was retaken from the Taliban on Monday.");
    List<Candidate> live = r.candidates();
    Candidate retaken = Reading.candidate(live, "retaken");
    assertThat(retaken.before.actorId()).isEqualTo("taliban");
    filler.fillFromDocument(r.scans, live, List.of());
    assertThat(retaken.after.actorId()).isEqualTo("afg_gov");
  }

  @Test
  void aCaptureIsTypedByWhetherItsTakerIsTheStateOnThatDay() {
    Reading r =
        Reading.of("en", "2021-07-20", "Afghan forces recaptured Banu from the Taliban on Monday.");
    Candidate c = Reading.candidate(r.candidates(), "recaptured");
    filler.typeCapture(c);
    assertThat(c.type).isEqualTo(AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY);
    Reading t = Reading.of("en", "2021-07-20", "The Taliban captured Banu on Monday.");
    Candidate d = Reading.candidate(t.candidates(), "captured");
    filler.typeCapture(d);
    assertThat(d.type).isEqualTo(AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
  }

  @Test
  void aGenericSideNarrowsToTheOneTheTextNames() {
    Reading r = Reading.of("en", "2021-09-03", "Anti-Taliban fighters retook Bazarak on Monday.");
    Candidate c = Reading.candidate(r.candidates(), "retook");
    assertThat(c.after.actorId()).isEqualTo("resistance");
    filler.narrow(c, Set.of());
    assertThat(c.after.actorId()).isEqualTo("resistance");
    filler.narrow(c, Set.of("nrf"));
    assertThat(c.after).extracting(ActorRef::actorId).isEqualTo("nrf");
  }
}

package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;

/**
 * Sources told after what they say: a speaker and a short hearer closing the sentence ("…, a local
 * official told reporters."), and a lead's "reportedly" that a later sentence of the same happening
 * gives a source to.
 */
class HearsaySourceTest {

  private static Event only(String text) {
    List<Event> events = Fixtures.extract("2021-06-22", text);
    assertThat(events).as(text).hasSize(1);
    return events.get(0);
  }

  @Test
  void aSpeakerAndAShortHearerClosingTheSentenceAreItsSource() {
    for (String hearer : new String[] {"reporters", "a news agency", "AFP"}) {
      Event e =
          only(
              "The Taliban captured Kishim district on Monday, a local official told "
                  + hearer
                  + ".");
      assertThat(e.claim().status()).as(hearer).isEqualTo(ClaimStatus.REPORTED);
      assertThat(e.claim().attributedTo()).as(hearer).isEqualTo("a local official");
    }
  }

  @Test
  void aLongerClauseAfterTheVerbIsWhatIsSaidNotAHearer() {
    // the words after "said" tell a happening of their own: not a hearer
    List<Event> events =
        Fixtures.extract(
            "2021-06-22",
            "Fighting went on near the border, a local official said the Taliban captured Kishim"
                + " district.");
    Event capture =
        events.stream()
            .filter(e -> e.kind() == org.sitrep.model.EventKind.TERRITORY)
            .findFirst()
            .orElseThrow();
    assertThat(capture.claim().status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void aReportedlyLeadTakesTheSourceOfTheSentenceThatTellsItAgain() {
    Event e =
        only(
            "The Taliban have reportedly captured Kishim district in Badakhshan province.\n\n"
                + "The Taliban captured Kishim district this morning, a local official told a"
                + " news agency.");
    assertThat(e.claim().status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(e.claim().attributedTo()).isEqualTo("a local official");
    Event alone =
        only("The Taliban have reportedly captured Kishim district in Badakhshan province.");
    assertThat(alone.claim().status()).isEqualTo(ClaimStatus.HEDGED);
  }
}

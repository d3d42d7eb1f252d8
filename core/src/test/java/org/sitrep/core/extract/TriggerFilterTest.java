package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.SentenceScan.Hit;

/** Which triggers of a sentence stand for an event. */
class TriggerFilterTest {
  private final TriggerFilter filter = new TriggerFilter();

  private static List<String> words(SentenceScan sc, List<Hit<Trigger>> hits) {
    return hits.stream().map(t -> sc.surface(t.start(), t.end()).toLowerCase()).toList();
  }

  @Test
  void anEntryGivesWayToTheViolenceOfItsSentence() {
    Reading r = Reading.of("en", "2021-08-03", "Gunmen entered Banu and killed three villagers.");
    List<String> kept = words(r.scan(0), filter.eventTriggers(r.scan(0)));
    assertThat(kept).contains("killed").noneMatch(w -> w.startsWith("entered"));
  }

  @Test
  void anEntryAloneIsATakingWhenItsPlaceFollows() {
    Reading r = Reading.of("en", "2021-08-03", "The Taliban entered Banu on Monday.");
    assertThat(words(r.scan(0), filter.eventTriggers(r.scan(0))))
        .anyMatch(w -> w.startsWith("entered"));
  }

  @Test
  void aNominalTriggerWithoutItsPlaceStandsForNothing() {
    Reading r = Reading.of("en", "2021-08-03", "The soldiers entered after dark.");
    assertThat(filter.eventTriggers(r.scan(0))).isEmpty();
  }
}

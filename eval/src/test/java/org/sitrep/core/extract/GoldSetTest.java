package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.eval.GoldEvent;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Event;
import org.sitrep.wire.EventJson;

/**
 * The project's own gold sentences, French and English, through the real stages over the test
 * gazetteer. Thresholds sit just under the figures measured when they were written (recall 1.0,
 * precision 0.98 in both languages), so a regression fails the build. Run with
 * -Dsitrep.extract.report=true to print the full reports.
 */
class GoldSetTest {
  private static EventEvaluation.Report run(String lang) {
    EventEvaluation.Report r = GoldSets.evaluate(lang);
    if (Boolean.getBoolean("sitrep.extract.report")) {
      System.out.println(lang + ": " + EventJson.write(r.toJson()));
    }
    return r;
  }

  @Test
  void french() {
    EventEvaluation.Report r = run("fr");
    assertThat(r.forbidden()).isEmpty();
    assertThat(r.core()).isGreaterThanOrEqualTo(60);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(accuracy(r, "sub_event_type")).isGreaterThanOrEqualTo(0.95);
    assertThat(accuracy(r, "controller")).isGreaterThanOrEqualTo(0.9);
    assertThat(accuracy(r, "claim_status")).isGreaterThanOrEqualTo(0.9);
    assertThat(accuracy(r, "fatalities")).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void english() {
    EventEvaluation.Report r = run("en");
    assertThat(r.forbidden()).isEmpty();
    assertThat(r.core()).isGreaterThanOrEqualTo(60);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(accuracy(r, "sub_event_type")).isGreaterThanOrEqualTo(0.95);
    assertThat(accuracy(r, "controller")).isGreaterThanOrEqualTo(0.9);
    assertThat(accuracy(r, "claim_status")).isGreaterThanOrEqualTo(0.9);
    assertThat(accuracy(r, "fatalities")).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * Written after the extractor was tuned on the fr/en sets; measured before any change made for it
   * at recall 0.846, precision 0.917, one forbidden hit (see README), now kept as a regression set.
   */
  @Test
  void holdout() {
    EventEvaluation.Report r = run("holdout");
    assertThat(r.forbidden()).isEmpty();
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.9);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.9);
  }

  /** Every ACLED sub-event type is extracted from the gold sentences of both languages. */
  @Test
  void allSubEventTypesInBothLanguages() {
    for (String lang : new String[] {"fr", "en"}) {
      Set<AcledSubEventType> seen = EnumSet.noneOf(AcledSubEventType.class);
      for (Event e : GoldSets.extract(GoldSets.docs(lang))) {
        seen.add(e.subEventType());
      }
      assertThat(seen).as(lang).containsExactlyInAnyOrder(AcledSubEventType.values());
      Set<String> gold = new java.util.HashSet<>();
      for (GoldEvent g : GoldSets.gold(lang)) {
        if (g.subEventType() != null) {
          gold.add(g.subEventType());
        }
      }
      assertThat(gold).as(lang + " gold").hasSize(AcledSubEventType.values().length);
    }
  }

  private static double accuracy(EventEvaluation.Report r, String field) {
    int[] v = r.fields().get(field);
    return v[1] == 0 ? 1 : (double) v[0] / v[1];
  }
}

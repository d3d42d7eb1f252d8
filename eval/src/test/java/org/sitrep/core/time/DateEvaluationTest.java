package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.DateEvaluation;

/** The scorer itself, on tiny gold files whose figures can be worked out by hand. */
class DateEvaluationTest {
  @Test
  void countsExactOverlappingAndValues() {
    String gold =
        """
        {"id":"a","lang":"fr","published":"2021-09-08","text":"Hier, puis dimanche soir.","times":[{"text":"Hier","from":"2021-09-07","to":"2021-09-07","precision":"day"},{"text":"dimanche","from":"2021-09-04","to":"2021-09-04","precision":"day"}]}
        {"id":"b","lang":"en","published":"2021-09-08","text":"Nothing here.","times":[{"text":"here","from":null,"to":null,"precision":"unknown"}]}
        """;
    List<DateEvaluation.Score> s =
        DateEvaluation.evaluate(
            DateEvaluation.parse(gold),
            d -> Docs.RESOLVER.resolve(Docs.analyzed(d.text(), d.published())));
    DateEvaluation.Score fr = s.get(0);
    // "Hier": exact and right; "dimanche soir" overlaps gold "dimanche" (a wrong value on purpose).
    assertEquals("fr", fr.lang());
    assertEquals(2, fr.gold());
    assertEquals(2, fr.predicted());
    assertEquals(1, fr.exact());
    assertEquals(2, fr.overlapping());
    assertEquals(1, fr.valueCorrect());
    DateEvaluation.Score all = s.get(2);
    assertEquals(3, all.gold());
    assertEquals(1.0 / 3, all.recall(), 1e-9);
    assertTrue(all.errors().contains("b: missed \"here\""), all.errors().toString());
  }

  @Test
  void badGoldLinesNameTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DateEvaluation.parse(
                    "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"abc\",\"times\":[{\"text\":\"zz\"}]}\n"));
    assertTrue(e.getMessage().startsWith("gold line 2:"), e.getMessage());
  }
}

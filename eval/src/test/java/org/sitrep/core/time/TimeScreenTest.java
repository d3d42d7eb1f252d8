package org.sitrep.core.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.DateEvaluation;

/** The pre-filter of the date patterns must never skip a pattern that would have matched. */
class TimeScreenTest {
  private static final String[] FILES = {
    "dates.gold.jsonl", "heldout.gold.jsonl", "blind.gold.jsonl"
  };

  @Test
  void neverSkipsAPatternThatMatches() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String f : FILES) {
      try (InputStream in = getClass().getResourceAsStream("/sitrep/time/" + f)) {
        String gold = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        DateEvaluation.parse(gold).forEach(d -> texts.add(d.document().text()));
      }
    }
    // Case and typography variants the patterns match case-insensitively.
    texts.add("LE 15 AOÛT 2021, DIMANCHE SOIR, IL Y A TROIS SEMAINES");
    texts.add("On Sunday\u00A0night, two weeks ago, at 10\u202Fp.m.");
    assertTrue(texts.size() > 100);
    TimeRules rules = Docs.RULES;
    int matched = 0;
    int skipped = 0;
    for (String raw : texts) {
      String norm = TimeRules.normalise(raw);
      TimeRules.Screen screen = rules.screen(norm, 0, norm.length());
      for (int i = 0; i < rules.patterns().size(); i++) {
        Matcher m = rules.patterns().get(i).regex().matcher(norm);
        boolean found = m.find();
        boolean may = screen.mayMatch(i);
        if (found) {
          matched++;
          assertTrue(may, "pattern " + rules.patterns().get(i).line() + " skipped on: " + raw);
        } else if (!may) {
          skipped++;
        }
      }
    }
    assertTrue(matched > 100, "matches seen: " + matched);
    // The screen is worth having: it rules out most patterns that could not match.
    assertTrue(skipped > matched, "skipped " + skipped + ", matched " + matched);
  }

  @Test
  void aTextWithoutTimeWordsSkipsTheWordPatterns() {
    String norm = TimeRules.normalise("Les combattants ont repris la ville selon un commandant.");
    TimeRules.Screen screen = Docs.RULES.screen(norm, 0, norm.length());
    boolean anySkipped = false;
    for (int i = 0; i < Docs.RULES.patterns().size(); i++) {
      anySkipped |= !screen.mayMatch(i);
    }
    assertTrue(anySkipped);
    assertFalse(Docs.RULES.patterns().isEmpty());
  }
}

package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.model.Document;
import org.sitrep.model.Segment;

/**
 * Coverage-guided fuzz target (Jazzer) for the cleaner alone, which runs thousands of times faster
 * than the whole pipeline and so reaches its corners (headers, furniture, post markers, language
 * labels) in a short run: segments lie inside the text, in order, without overlap, and the cleaner
 * never throws. Bounded run: the `fuzz-cleaner` execution in this module's pom.
 */
class ArticleCleanerJazzerTest {
  private static final ArticleCleaner CLEANER =
      new ArticleCleaner(
          NlpModels.loadFromClasspath(),
          CleaningRules.loadFromClasspath(),
          ArticleCleaner.Settings.DEFAULTS);

  @FuzzTest(maxDuration = "15s")
  void segmentsStayInsideTheTextInOrder(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    if (text.isBlank()) {
      return;
    }
    CleanDocument c = CLEANER.clean(Document.of("jazzer", text));
    int at = 0;
    for (Segment s : c.segments()) {
      assertThat(s.span().start()).as("segments in order, no overlap").isGreaterThanOrEqualTo(at);
      assertThat(s.span().end()).isBetween(s.span().start(), text.length());
      at = s.span().end();
    }
  }
}

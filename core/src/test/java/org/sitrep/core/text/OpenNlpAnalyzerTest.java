package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** Tagging: unchanged for real sentences, windowed (so linear) for runaway ones. */
class OpenNlpAnalyzerTest {
  private static final POSTaggerME TAGGER =
      new POSTaggerME(NlpModels.loadFromClasspath().pos().get("en"));

  @Test
  void aSentenceWithinTheWindowIsTaggedWhole() {
    String[] words = "Government troops retook the district centre on Sunday .".split(" ");
    assertThat(OpenNlpAnalyzer.tag(TAGGER, words)).containsExactly(TAGGER.tag(words));
  }

  @Test
  void aRunawaySentenceIsTaggedWindowByWindow() {
    String[] words = new String[OpenNlpAnalyzer.TAG_WINDOW * 3 + 7];
    for (int i = 0; i < words.length; i++) {
      words[i] = i % 9 == 8 ? "," : i % 2 == 0 ? "fighters" : "advanced";
    }
    String[] tags = OpenNlpAnalyzer.tag(TAGGER, words);
    assertThat(tags).hasSize(words.length).doesNotContainNull();
    int w = OpenNlpAnalyzer.TAG_WINDOW;
    assertThat(Arrays.copyOfRange(tags, w, 2 * w))
        .containsExactly(TAGGER.tag(Arrays.copyOfRange(words, w, 2 * w)));
  }
}

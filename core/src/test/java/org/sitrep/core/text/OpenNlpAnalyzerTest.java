package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * Tagging: unchanged for real sentences, windowed (so linear) for runaway ones, and done per
 * sentence only when a tag is asked for.
 */
class OpenNlpAnalyzerTest {
  private static final NlpModels MODELS = NlpModels.loadFromClasspath();
  private static final POSTaggerME TAGGER = new POSTaggerME(MODELS.pos().get("en"));

  @Test
  void aSentenceIsTaggedOnlyWhenATagIsAskedForAndThenAsAtOnce() {
    String text =
        "The convoy left the northern town before dawn. Two days later the militia said it had"
            + " taken the bridge and the road to the valley.";
    CleanDocument c =
        new ArticleCleaner(
                MODELS, CleaningRules.load(Languages.classpath()), ArticleCleaner.Settings.DEFAULTS)
            .clean(new org.sitrep.model.Document("t", text, null, null, null, "en"));
    java.util.List<Sentence> sentences = new OpenNlpAnalyzer(MODELS).analyze(c).sentences();
    assertThat(sentences).hasSize(2);
    assertThat(sentences).allSatisfy(s -> assertThat(s.tokens()).noneMatch(Token::tagKnown));

    Sentence second = sentences.get(1);
    String asked = second.tokens().get(3).pos();

    assertThat(second.tokens()).allMatch(Token::tagKnown);
    assertThat(sentences.get(0).tokens()).noneMatch(Token::tagKnown);
    String[] words = second.tokens().stream().map(Token::text).toArray(String[]::new);
    assertThat(second.tokens().stream().map(Token::pos)).containsExactly(TAGGER.tag(words));
    assertThat(asked).isNotEmpty();
    // A lazily tagged token equals the same token built with its tag.
    Token t = second.tokens().get(3);
    assertThat(t)
        .isEqualTo(new Token(t.span(), t.text(), asked))
        .hasSameHashCodeAs(new Token(t.span(), t.text(), asked));
  }

  @Test
  void anAbbreviatedMonthBeforeADayEndsNoSentence() {
    String text =
        "The relief effort began a day before the town fell to the militia on Aug. 12 this year."
            + " Aid flights resumed on Sept. 3.";
    CleanDocument c =
        new ArticleCleaner(
                MODELS, CleaningRules.load(Languages.classpath()), ArticleCleaner.Settings.DEFAULTS)
            .clean(new org.sitrep.model.Document("t", text, null, null, null, "en"));
    java.util.List<Sentence> sentences = new OpenNlpAnalyzer(MODELS).analyze(c).sentences();
    assertThat(sentences).hasSize(2);
    assertThat(text.substring(sentences.get(0).span().start(), sentences.get(0).span().end()))
        .endsWith("this year.");
    assertThat(MODELS.abbreviations().get("en")).contains("aug.", "sept.");
  }

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

package org.sitrep.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class BulletSplitTest {
  @Test
  void eachBulletOfAListIsASentenceWithoutItsBullet() {
    String text = "Key points\n- The army left the town\n- Rebels took the bridge\n• Talks stall";
    Span[] out = OpenNlpAnalyzer.splitAtBullets(text, new Span[] {new Span(0, text.length())});
    assertThat(Arrays.stream(out).map(s -> text.substring(s.getStart(), s.getEnd())))
        .containsExactly(
            "Key points", "The army left the town", "Rebels took the bridge", "Talks stall");
  }

  @Test
  void aHyphenInsideALineIsNotABullet() {
    String text = "Pul-e-Khumri - the capital - fell.\nA second line - still one sentence.";
    Span[] in = {new Span(0, text.length())};
    assertThat(OpenNlpAnalyzer.splitAtBullets(text, in)).hasSize(1);
  }

  @Test
  void theLinesOfAHeadingBlockAreSentencesOfTheirOwn() {
    String text = "Drone strike kills six\nThe strike hit a car\nBy Staff - 30 August 2021";
    Span[] out =
        OpenNlpAnalyzer.splitAtLineBreaks(
            text, new Span[] {new Span(0, text.length())}, java.util.Set.of("of", "the"));
    assertThat(Arrays.stream(out).map(s -> text.substring(s.getStart(), s.getEnd())))
        .containsExactly(
            "Drone strike kills six", "The strike hit a car", "By Staff - 30 August 2021");
  }

  @Test
  void proseWrappedMidSentenceStaysWhole() {
    String text = "Fighters attacked the town of\nKunduz on Monday,\nPolice said so.";
    Span[] in = {new Span(0, text.length())};
    assertThat(OpenNlpAnalyzer.splitAtLineBreaks(text, in, java.util.Set.of("of", "the")))
        .hasSize(1);
  }
}

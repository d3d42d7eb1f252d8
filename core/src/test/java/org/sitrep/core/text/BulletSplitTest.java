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
}

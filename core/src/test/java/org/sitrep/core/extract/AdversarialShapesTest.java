package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * The adversarial shapes of the benchmark (scripts/bench adversarial, issue 17) at a size CI can
 * afford: each is processed (or rejected in one line) with valid offsets, nothing escapes. Their
 * cost is measured by the benchmark, never asserted here.
 */
class AdversarialShapesTest {
  private static Document doc(String id, String text) {
    return Document.of(id, text);
  }

  @Test
  void aZeroWidthJoinerFlood() {
    StringBuilder b = new StringBuilder("Clashes erupted in the town. ");
    for (int i = 0; i < 3_000; i++) {
      b.append((char) ('a' + i % 26)).append('\u200D');
    }
    assertThat(HostileDocuments.check(doc("zwj", b.append(" Two were killed.").toString())))
        .isGreaterThanOrEqualTo(-1);
  }

  @Test
  void aCombiningMarkFlood() {
    StringBuilder b = new StringBuilder("Shelling was reported. e");
    for (int i = 0; i < 5_000; i++) {
      b.append((char) (0x0300 + i % 0x70));
    }
    assertThat(HostileDocuments.check(doc("marks", b.append(" end.").toString())))
        .isGreaterThanOrEqualTo(-1);
  }

  @Test
  void manyTinyParagraphs() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      b.append("Word").append(i % 10).append(".\n\n");
    }
    // Nothing to report in one-word paragraphs: processed, no event.
    assertThat(HostileDocuments.check(doc("paragraphs", b.toString()))).isZero();
  }

  @Test
  void oneLongLineWithoutNewline() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 60_000; i++) {
      b.append("Gunmen attacked a market in the town on Monday and killed ")
          .append(2 + i % 7)
          .append(" people, officials said. ");
    }
    assertThat(HostileDocuments.check(doc("line", b.toString()))).isGreaterThanOrEqualTo(-1);
  }

  @Test
  void ordinaryProseRepeatedAtLength() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 60_000; i++) {
      b.append("Protesters gathered in the capital on Friday. Police fired tear gas and arrested ")
          .append(3 + i % 5)
          .append(" of them.\n\n");
    }
    assertThat(HostileDocuments.check(doc("prose", b.toString()))).isGreaterThanOrEqualTo(0);
  }
}

package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.sitrep.core.pipeline.DocumentTooComplex;
import org.sitrep.core.text.Sentence;
import org.sitrep.core.text.Token;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * Runs one hostile document through the whole pipeline and checks what must hold whatever the
 * input: it is processed with every offset inside the cleaned text and every quote equal to its
 * span, or rejected as {@link DocumentTooComplex} with a one-line message; nothing else escapes.
 */
final class HostileDocuments {
  private HostileDocuments() {}

  /** Returns the number of events, or -1 when the document was rejected as too complex. */
  static int check(Document d) {
    ExtractedDocument x;
    try {
      x = Fixtures.PIPELINE.run(d);
    } catch (DocumentTooComplex e) {
      assertThat(e.getMessage()).startsWith(d.id() + ": ").doesNotContain("\n");
      return -1;
    }
    String text = x.placed().text();
    for (Sentence s : x.placed().dated().analyzed().sentences()) {
      assertInside(s.span(), text);
      for (Token t : s.tokens()) {
        assertInside(t.span(), text);
        assertThat(s.span().contains(t.span())).as("token inside its sentence").isTrue();
        assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.text());
      }
    }
    for (Event e : x.events()) {
      for (Evidence ev : e.evidence()) {
        assertInside(ev.span(), text);
        assertThat(ev.quote()).isNotNull();
      }
    }
    return x.events().size();
  }

  private static void assertInside(CharSpan span, String text) {
    assertThat(span.start()).isBetween(0, text.length());
    assertThat(span.end()).isBetween(span.start(), text.length());
  }
}

package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.ingest.ReadResult;
import org.sitrep.measure.CorpusGenerator;
import org.sitrep.measure.Measurement;

class RunnerTest {
  private final CorpusGenerator gen = new CorpusGenerator(3);

  private Runner.Corpus corpus(int n) {
    return sink -> {
      for (int i = 0; i < n; i++) {
        sink.accept(new ReadResult.Ok(gen.document(i)));
      }
      sink.accept(new ReadResult.Rejected("bad.jsonl:1", "malformed JSON line"));
    };
  }

  @Test
  void countsEveryDocumentAndTokenOnceAcrossThreads() {
    long expectedTokens = 0;
    for (int i = 0; i < 200; i++) {
      String t = gen.document(i).text();
      expectedTokens += OpenNlpAnalyzer.tokenize(t, 0, t.length()).size();
    }
    Measurement m =
        new Runner(3, line -> {})
            .run(
                "tokenize",
                corpus(200),
                d ->
                    new Runner.Result(
                        OpenNlpAnalyzer.tokenize(d.text(), 0, d.text().length()).size(), 1));
    assertThat(m.documents()).isEqualTo(200);
    assertThat(m.tokens()).isEqualTo(expectedTokens);
    assertThat(m.events()).isEqualTo(200);
    assertThat(m.rejected()).isEqualTo(1);
    assertThat(m.peakHeapBytes()).isPositive().isLessThanOrEqualTo(m.maxHeapBytes());
    assertThat(m.tokensPerSecond()).isPositive();
    assertThat(m.json()).contains("\"documents\":200").contains("\"threads\":3");
  }

  @Test
  void aFailingDocumentIsCountedAndReportedAndTheRunGoesOn() {
    List<String> lines = new ArrayList<>();
    Measurement m =
        new Runner(1, lines::add)
            .run(
                "failing",
                corpus(10),
                d -> {
                  if (d.id().endsWith("-4")) {
                    throw new IllegalStateException("boom");
                  }
                  return new Runner.Result(1, 0);
                });
    assertThat(m.documents()).isEqualTo(9);
    assertThat(m.rejected()).isEqualTo(2);
    assertThat(lines).anyMatch(l -> l.startsWith("syn-3-4: failed"));
  }
}

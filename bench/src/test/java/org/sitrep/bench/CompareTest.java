package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.measure.CorpusGenerator;
import org.sitrep.model.Document;

/** The side-by-side run: both sides see every document, turn by turn, and the table says so. */
class CompareTest {
  @Test
  void bothSidesRunEveryDocumentAndTheTablePutsThemSideBySide() {
    CorpusGenerator gen = new CorpusGenerator(5);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < Compare.CHUNK + 30; i++) {
      docs.add(gen.document(i));
    }
    List<String> seen = new ArrayList<>();
    Runner.Work tokenize =
        d -> {
          seen.add(d.id());
          return new Runner.Result(
              OpenNlpAnalyzer.tokenize(d.text(), 0, d.text().length()).size(), 1);
        };
    Compare.Startup none = new Compare.Startup(Double.NaN, Double.NaN);
    Compare.Result r = Compare.run(docs, 3, tokenize, 0, NlpModels::loadFromClasspath, none, none);

    assertThat(r.sitrep().documents()).isEqualTo(docs.size());
    assertThat(r.bare().documents()).isEqualTo(docs.size());
    assertThat(r.bare().events()).as("the bare side tags every token").isEqualTo(r.bare().tokens());
    assertThat(seen).hasSize(3 + docs.size());
    assertThat(r.sitrep().workCpuNanos()).isPositive().isLessThanOrEqualTo(r.sitrep().cpuNanos());
    String table = Compare.table(r);
    assertThat(table)
        .contains("| figure | sitrep | bare OpenNLP | sitrep / bare |")
        .contains("tokens per CPU-second (process)")
        .contains("start-up, JVM start to first event (CPU s)");
    assertThat(Compare.json(r)).contains("\"documents\":" + docs.size());
  }
}

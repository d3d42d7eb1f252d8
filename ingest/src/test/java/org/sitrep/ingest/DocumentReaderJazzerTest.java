package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz target (Jazzer) for the two parsers every document goes through: any input
 * gives a document or a one-line rejection naming it, never an exception. In a plain build this
 * replays the kept inputs under
 * src/test/resources/org/sitrep/ingest/DocumentReaderJazzerTestInputs; with JAZZER_FUZZ=1 (the
 * bounded `fuzz` execution in this module's pom, docs/security.md) Jazzer mutates inputs for the
 * duration given, and writes any crash there as a new regression input.
 */
class DocumentReaderJazzerTest {

  @FuzzTest(maxDuration = "20s")
  void jsonLineOrTextGivesDocumentOrOneLineRejection(FuzzedDataProvider data) {
    boolean json = data.consumeBoolean();
    String input = data.consumeRemainingAsString();
    ReadResult res =
        json
            ? DocumentReader.parseJsonLine("fuzz.jsonl", 1, input)
            : DocumentReader.parseText("fuzz", input);
    assertThat(res).isNotNull();
    if (res instanceof ReadResult.Rejected rej) {
      assertThat(rej.reason()).isNotBlank();
      assertThat(rej.message()).startsWith("fuzz").doesNotContain("\n", "\r", "\u001B");
    } else {
      assertThat(((ReadResult.Ok) res).document().text()).isNotBlank();
    }
  }
}

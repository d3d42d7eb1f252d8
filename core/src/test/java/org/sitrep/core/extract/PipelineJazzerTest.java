package org.sitrep.core.extract;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;

/**
 * Coverage-guided fuzz target (Jazzer) for the whole pipeline (cleaner, analyser, place and date
 * resolution, extractor): whatever the text, the document is processed with every offset inside it,
 * or rejected as too complex in one line (see {@link HostileDocuments}). A plain build replays the
 * kept inputs under src/test/resources/org/sitrep/core/extract/PipelineJazzerTestInputs (UTF-8
 * text: our own event sentences as seeds, and any crash Jazzer finds); with JAZZER_FUZZ=1 (the
 * bounded `fuzz` execution in this module's pom, docs/security.md) Jazzer mutates them, with the
 * words the rules react to as its dictionary. Lone surrogates, which UTF-8 bytes cannot carry, are
 * covered by {@link PipelineFuzzTest}.
 */
class PipelineJazzerTest {
  private static final DateInterval PUBLISHED = DateInterval.day(LocalDate.of(2021, 8, 15));

  @FuzzTest(maxDuration = "30s")
  @DictionaryFile(resourcePath = "/fuzz/pipeline.dict")
  void anyTextIsProcessedOrRejectedInOneLine(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return; // the reader rejects blank documents before the pipeline sees them
    }
    // A leading '!' drops the publication date, so the undated path is fuzzed too.
    boolean undated = text.charAt(0) == '!';
    Document d = new Document("jazzer", text, undated ? null : PUBLISHED, null, null, null);
    HostileDocuments.check(d); // asserts offsets, quotes and the one-line rejection
  }
}

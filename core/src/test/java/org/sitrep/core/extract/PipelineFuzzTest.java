package org.sitrep.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Fuzzes the cleaner, the analyser and the extractor (the whole pipeline) with hostile text: a
 * short seeded run here; a long run with -Dsitrep.fuzz.runs and -Dsitrep.fuzz.seed
 * (docs/security.md). An input that fails is written under target/fuzz-failures, to be kept in
 * src/test/resources/fuzz/pipeline, which {@link #keptInputs} replays on every build.
 */
class PipelineFuzzTest {
  private static final int RUNS = Integer.getInteger("sitrep.fuzz.runs", 30);
  private static final long SEED = Long.getLong("sitrep.fuzz.seed", 17L);

  @Test
  void hostileTextIsProcessedOrRejectedInOneLine() throws IOException {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < RUNS; i++) {
      String text = HostileText.next(r, 400);
      Document d = Document.of("fuzz-" + SEED + "-" + i, text);
      try {
        HostileDocuments.check(d);
      } catch (RuntimeException | AssertionError e) {
        Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
        Files.writeString(dir.resolve(d.id() + ".txt"), text, StandardCharsets.UTF_8);
        throw new AssertionError("input kept in target/fuzz-failures/" + d.id() + ".txt", e);
      }
    }
  }

  @Test
  void keptInputs() throws IOException {
    Path dir = Path.of("src", "test", "resources", "fuzz", "pipeline");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path p : files) {
      // Read leniently: a kept input may hold lone surrogates, written as replacement bytes.
      String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      HostileDocuments.check(Document.of(p.getFileName().toString(), text));
    }
  }
}

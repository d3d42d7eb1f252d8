package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the document reader with hostile bytes and strings (invalid UTF-8, lone surrogates,
 * controls, joiners, bidi marks, broken JSON, huge runs): every input gives documents or one-line
 * rejections, never an exception. A short seeded run here; a long one with -Dsitrep.fuzz.runs and
 * -Dsitrep.fuzz.seed (docs/security.md). Inputs kept in src/test/resources/fuzz/reader replay on
 * every build.
 */
class DocumentReaderFuzzTest {
  private static final int RUNS = Integer.getInteger("sitrep.fuzz.runs", 300);
  private static final long SEED = Long.getLong("sitrep.fuzz.seed", 17L);
  private static final String[] PIECES = {
    "{",
    "}",
    "\"id\"",
    "\"text\"",
    ":",
    ",",
    "\"",
    "\\",
    "\\u",
    "\\ud800",
    "\\u0000",
    "null",
    "[",
    "]",
    "1e999",
    "a",
    "x",
    " ",
    "\n",
    "\r\n",
    "\r",
    "\u0000",
    "\u001B[2J",
    "\u200D",
    "\u202E",
    "\u0301",
    "\uD800",
    "\uDC00",
    "\uD83D\uDE00",
    "\uFEFF",
    "2024-03-01",
    "Published:",
    "\t",
  };

  @TempDir Path dir;

  private static String hostile(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int pieces = 1 + r.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      String p = PIECES[r.nextInt(PIECES.length)];
      int times = r.nextInt(30) == 0 ? 1 + r.nextInt(3_000) : 1;
      b.append(p.repeat(times));
      if (r.nextInt(5) == 0) {
        b.appendCodePoint(r.nextInt(0x110000));
      }
    }
    return b.toString();
  }

  /** A JSON line around hostile id and text, valid JSON or nearly so. */
  private static String jsonLine(SplittableRandom r) {
    String id = hostile(r).replace("\\", "\\\\").replace("\"", "\\\"");
    String text = hostile(r).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    String line = "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
    return r.nextBoolean() ? line : line.substring(0, r.nextInt(line.length() + 1));
  }

  private static void checkResult(ReadResult res) {
    assertThat(res).isNotNull();
    if (res instanceof ReadResult.Rejected rej) {
      assertThat(rej.reason()).isNotBlank();
    } else {
      assertThat(((ReadResult.Ok) res).document().text()).isNotBlank();
    }
  }

  private List<ReadResult> readFile(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    List<ReadResult> out = new ArrayList<>();
    new DocumentReader().read(List.of(f), out::add);
    Files.delete(f);
    return out;
  }

  @Test
  void hostileStringsAndBytesGiveDocumentsOrRejections() throws IOException {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < RUNS; i++) {
      String s = hostile(r);
      String line = jsonLine(r);
      checkResult(DocumentReader.parseText("fuzz-" + i, s));
      checkResult(DocumentReader.parseJsonLine("fuzz.jsonl", i + 1, s));
      checkResult(DocumentReader.parseJsonLine("fuzz.jsonl", i + 1, line));
      byte[] raw = new byte[r.nextInt(2_000)];
      r.nextBytes(raw);
      byte[] bytes = r.nextBoolean() ? raw : (line + "\n" + s).getBytes(StandardCharsets.UTF_8);
      for (String name : List.of("f" + i + ".txt", "f" + i + ".jsonl")) {
        List<ReadResult> res = readFile(name, bytes);
        assertThat(res).as("a file gives at least one result").isNotEmpty();
        res.forEach(DocumentReaderFuzzTest::checkResult);
      }
    }
  }

  @Test
  void keptInputs() throws IOException {
    Path kept = Path.of("src", "test", "resources", "fuzz", "reader");
    List<Path> files;
    try (Stream<Path> s = Files.list(kept)) {
      files = s.sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path p : files) {
      List<ReadResult> res = readFile(p.getFileName().toString(), Files.readAllBytes(p));
      assertThat(res).isNotEmpty();
      res.forEach(DocumentReaderFuzzTest::checkResult);
    }
  }
}

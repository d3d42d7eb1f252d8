package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines: count, total, rate and time left; a bar on a terminal, lines otherwise. */
class ProgressTest {
  static final long S = 1_000_000_000L;
  final ByteArrayOutputStream buf = new ByteArrayOutputStream();
  final PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);
  final AtomicLong now = new AtomicLong(0);

  String text() {
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plainLinesEveryFewSecondsWithTotalRateAndTimeLeft() {
    try (Progress p = new Progress(err, "extract", 100, Progress.Mode.LINES, now::get)) {
      for (int i = 0; i < 40; i++) {
        now.addAndGet(S / 4); // 4 documents a second
        p.step();
      }
    }
    String t = text();
    assertThat(t).doesNotContain("\r", "\033");
    // after 5 s: 20 of 100 at 4/s, 80 left = 20 s
    assertThat(t).contains("sitrep: extract: 20/100 (20%), 4.0/s, about 20s left\n");
    assertThat(t).contains("sitrep: extract: 40 done in 10s\n");
  }

  @Test
  void unknownTotalShowsCountRateAndElapsed() {
    try (Progress p = new Progress(err, "ingest", 0, Progress.Mode.LINES, now::get)) {
      for (int i = 0; i < 12; i++) {
        now.addAndGet(S / 2);
        p.step();
      }
    }
    assertThat(text())
        .contains("sitrep: ingest: 10 done, 2.0/s, 5s elapsed\n")
        .doesNotContain("left");
  }

  @Test
  void shortRunsAreSilent() {
    try (Progress p = new Progress(err, "extract", 3, Progress.Mode.LINES, now::get)) {
      p.step();
      p.step();
    }
    try (Progress p = new Progress(err, "extract", 3, Progress.Mode.BAR, now::get)) {
      p.step();
    }
    assertThat(text()).isEmpty();
  }

  @Test
  void aBarRedrawnInPlaceAndMessagesPrintedClearOfIt() {
    try (Progress p = new Progress(err, "ingest", 10, Progress.Mode.BAR, now::get)) {
      for (int i = 0; i < 5; i++) {
        now.addAndGet(S / 2);
        p.step();
      }
      p.message("sitrep: doc-5: new, 2 event(s)");
    }
    String t = text();
    assertThat(t).contains("\ringest [");
    assertThat(t).contains("4/10 (40%), 2.0/s, about 3s left");
    // the message clears the bar's line, then the bar is drawn again below it
    assertThat(t).contains("\r\033[Ksitrep: doc-5: new, 2 event(s)\n\ringest [");
    assertThat(t).endsWith("\033[K\n");
    assertThat(t).contains("[############............] 5/10 (50%)");
  }

  @Test
  void messagesWithoutABarArePlainLines() {
    try (Progress p = new Progress(err, "ingest", 10, Progress.Mode.BAR, now::get)) {
      p.message("sitrep: a.txt: empty file (0 bytes)");
    }
    assertThat(text()).isEqualTo("sitrep: a.txt: empty file (0 bytes)\n");
  }

  @Test
  void countsDocumentsOfFilesAndFolders(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "one");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "two");
    Files.writeString(dir.resolve("sub/c.jsonl"), "{}\n{}\n{}");
    Files.writeString(dir.resolve("sub/notes.md"), "not read");
    assertThat(Progress.countDocuments(List.of(dir))).isEqualTo(5);
    assertThat(Progress.countDocuments(List.of(dir.resolve("sub/c.jsonl")))).isEqualTo(3);
    assertThat(Progress.countDocuments(List.of(dir.resolve("missing.txt")))).isZero();
  }

  @Test
  void durations() {
    assertThat(Progress.duration(59)).isEqualTo("59s");
    assertThat(Progress.duration(93)).isEqualTo("1m33s");
    assertThat(Progress.duration(7322)).isEqualTo("2h02m");
  }
}

package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code sitrep accuracy}: the guard logic on its own, then the guard itself — every dev set in
 * ../shared/dev scored against the figures recorded in docs/accuracy.tsv (skipped when ../shared or
 * python3 is absent).
 */
class AccuracyCommandTest {

  private static AccuracyCommand.Scores scores(String set, Object... kv) {
    Map<String, Double> f = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      f.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
    }
    return new AccuracyCommand.Scores(set, 1, f);
  }

  @Test
  void aDropBeyondTheToleranceIsReportedAndASmallOneIsNot() {
    var recorded =
        AccuracyCommand.parseTsv(
            "# comment\nreal\tcore_recall\t0.5000\nreal\tprecision\t0.6000\n"
                + "real\tforbidden\t2\nnotes\tadmin1\t0.4000\n");
    List<String> drops =
        AccuracyCommand.drops(
            recorded,
            List.of(
                scores("real", "core_recall", 0.49, "precision", 0.55, "forbidden", 2),
                scores("notes", "detected", 0.9, "admin1", 0.37)));
    assertThat(drops)
        .containsExactly("real precision 0.600 -> 0.550", "notes admin1 0.400 -> 0.370");
  }

  @Test
  void aGoldSetsFieldAccuracyIsNotGuardedButANotesSetsIs() {
    var recorded =
        AccuracyCommand.parseTsv("real\tdate\t0.8\nreal\tcore_recall\t0.5\nnotes\tdate\t0.8\n");
    assertThat(
            AccuracyCommand.drops(
                recorded,
                List.of(
                    scores("real", "core_recall", 0.6, "date", 0.5),
                    scores("notes", "detected", 0.9, "date", 0.5))))
        .containsExactly("notes date 0.800 -> 0.500");
  }

  @Test
  void anyRiseInForbiddenHitsIsADrop() {
    var recorded = AccuracyCommand.parseTsv("real\tforbidden\t0\n");
    assertThat(
            AccuracyCommand.drops(
                recorded, List.of(scores("real", "core_recall", 1, "forbidden", 1))))
        .containsExactly("real forbidden 0.000 -> 1.000");
  }

  @Test
  void setsAndFiguresNotRecordedAreNotGuarded() {
    var recorded = AccuracyCommand.parseTsv("real\tcore_recall\t0.9\n");
    assertThat(
            AccuracyCommand.drops(
                recorded, List.of(scores("new-set", "core_recall", 0.1), scores("real"))))
        .isEmpty();
  }

  @Test
  void theNotesScorerLineIsReadFigureByFigure() {
    Map<String, Double> f =
        AccuracyCommand.noteFigures(
            "10 notes, 3 sub-event types: detected 0.500, sub-event macro-F1 0.250, accuracy"
                + " 0.300, admin1 0.400, admin2 0.200, date 0.900, fatalities 0.100 (of 4 with"
                + " ACLED fatalities > 0)");
    assertThat(f)
        .containsEntry("detected", 0.5)
        .containsEntry("sub-event macro-F1", 0.25)
        .containsEntry("admin2", 0.2)
        .containsEntry("fatalities", 0.1);
    assertThatThrownBy(() -> AccuracyCommand.noteFigures("no figures"))
        .hasMessageContaining("unexpected ACLED scorer output");
  }

  @Test
  void tableAndRecordRoundTrip() {
    var all =
        List.of(
            scores("seeds", "core_recall", 1.0, "precision", 1.0, "forbidden", 0),
            scores("notes", "detected", 0.5, "admin1", 0.25));
    String table = AccuracyCommand.table(all);
    assertThat(table).contains("| seeds | 1 | 1.000 | 1.000 | 0 |").contains("| notes | 1 | 0.500");
    assertThat(AccuracyCommand.parseTsv(AccuracyCommand.tsv(all)))
        .containsEntry("seeds", Map.of("core_recall", 1.0, "precision", 1.0, "forbidden", 0.0))
        .containsEntry("notes", Map.of("detected", 0.5, "admin1", 0.25));
  }

  /** The standing guard: no dev figure falls more than 0.02 below docs/accuracy.tsv. */
  @Test
  void noDevSetFallsBelowItsRecordedFigures() throws IOException, InterruptedException {
    String shared = System.getProperty("sitrep.shared");
    String root = System.getProperty("sitrep.root");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "dev")), "no ../shared/dev");
    assumeTrue(root != null, "no project root");
    assumeTrue(pythonWorks(), "no python3 for the ACLED notes scorer");
    CliRun r =
        CliRun.of(
            "accuracy",
            "--shared",
            shared,
            "--check",
            Path.of(root, "docs", "accuracy.tsv").toString());
    System.out.print(r.out());
    assertThat(r.err()).doesNotContain("accuracy dropped");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("| seeds |").contains("| real |");
  }

  private static boolean pythonWorks() throws InterruptedException {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}

package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --threads N} of extract and ingest: whatever N, the same bytes on stdout, the same
 * messages on stderr in the same order, the same rows in the store; and {@link InOrder}, which
 * gives that, on its own.
 */
class ThreadsTest {
  @TempDir Path dir;

  /** The project's own documents: the examples, the extractor's gold and golden test articles. */
  private List<String> inputs() throws IOException {
    Path root = Path.of(System.getProperty("sitrep.root", ".."));
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', 0, 'b'});
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    // a broken line amid good ones, and one document twice then with another text
    Path mixed =
        Files.writeString(
            dir.resolve("mixed.jsonl"),
            String.join(
                    "\n",
                    "{\"id\":\"m1\",\"text\":\"Kunduz: les combattants ont pris le district.\","
                        + "\"published\":\"2021-08-08\"}",
                    "{\"id\":\"m2\",\"text\":",
                    "{\"id\":\"m1\",\"text\":\"Kunduz: les combattants ont pris le district.\","
                        + "\"published\":\"2021-08-08\"}",
                    "{\"id\":\"m1\",\"text\":\"The army took back Kunduz on Monday.\","
                        + "\"published\":\"2021-08-10\"}")
                + "\n",
            StandardCharsets.UTF_8);
    Path core = root.resolve("core/src/test/resources/sitrep/extract");
    return List.of(
        root.resolve("examples").toString(),
        bad.toString(),
        core.resolve("gold/en.docs.jsonl").toString(),
        core.resolve("gold/fr.docs.jsonl").toString(),
        empty.toString(),
        core.resolve("gold/holdout.docs.jsonl").toString(),
        core.resolve("golden/articles.jsonl").toString(),
        mixed.toString());
  }

  private static CliRun run(List<String> inputs, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(inputs);
    return CliRun.throughProcessStreams(all.toArray(String[]::new));
  }

  /** Stderr without the progress lines (their rates and times differ from run to run). */
  private static List<String> messages(String err) {
    return err.lines().filter(l -> !l.matches("sitrep: (extract|ingest): .*")).toList();
  }

  private static String lastProgress(String err) {
    List<String> p = err.lines().filter(l -> l.matches("sitrep: (extract|ingest): .*")).toList();
    return p.isEmpty() ? "" : p.get(p.size() - 1).replaceAll(" in .*", "");
  }

  @Test
  void extractGivesTheSameBytesAndMessagesOnOneAndOnFourThreads() throws IOException {
    CliIngestEventsTest.assumeGazetteer();
    List<String> in = inputs();
    CliRun one = run(in, "extract", "--threads", "1");
    CliRun four = run(in, "extract", "--threads", "4");

    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.out().lines().count()).isGreaterThan(50);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(messages(four.err())).isEqualTo(messages(one.err()));
    assertThat(messages(one.err()))
        .anyMatch(l -> l.contains("bad.txt: binary file"))
        .anyMatch(l -> l.contains("empty.txt: empty file"))
        .anyMatch(l -> l.contains("mixed.jsonl:2"));
    assertThat(lastProgress(four.err())).isEqualTo(lastProgress(one.err()));
  }

  @Test
  void ingestFillsTheSameTablesOnOneAndOnFourThreads() throws IOException, SQLException {
    CliIngestEventsTest.assumeGazetteer();
    List<String> in = inputs();
    Path db1 = dir.resolve("one.db");
    Path db4 = dir.resolve("four.db");
    CliRun one = run(in, "ingest", "--threads", "1", "--db", db1.toString());
    CliRun four = run(in, "ingest", "--threads", "4", "--db", db4.toString());

    assertThat(one.code()).as(one.err()).isZero();
    assertThat(messages(four.err()))
        .isEqualTo(messages(one.err()).stream().map(l -> l.replace("one.db", "four.db")).toList());
    // the document given twice is unchanged the second time, then a new version, in input order
    assertThat(messages(one.err()))
        .anyMatch(l -> l.startsWith("sitrep: m1: unchanged (version 1)"))
        .anyMatch(l -> l.startsWith("sitrep: m1: new version 2"));
    Map<String, List<String>> t1 = tables(db1);
    assertThat(t1.get("events")).hasSizeGreaterThan(50);
    assertThat(tables(db4)).isEqualTo(t1);
  }

  @Test
  void aThreadCountBelowOneIsBadUsage() {
    CliRun r = CliRun.throughProcessStreams("extract", "--threads", "0", "x.txt");
    assertThat(r.code()).isEqualTo(Failures.USAGE);
    assertThat(r.err()).contains("--threads must be >= 1");
  }

  /** Every row of every table but the migrations' history (which holds the time of the run). */
  private static Map<String, List<String>> tables(Path db) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      for (String t : names) {
        if (t.startsWith("flyway") || t.startsWith("sqlite_")) {
          continue;
        }
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid")) {
          int n = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              b.append(r.getString(i)).append('\t');
            }
            rows.add(b.toString());
          }
        }
        out.put(t, rows);
      }
    }
    return out;
  }

  @Test
  void inOrderHandsResultsBackInTheOrderGivenWhateverTheyTake() {
    List<Integer> got = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    Random random = new Random(7);
    try (InOrder<Integer> p = new InOrder<>(4)) {
      for (int i = 0; i < 200; i++) {
        int k = i;
        long pause = random.nextInt(300_000);
        expected.add(k);
        if (k % 17 == 0) {
          p.done(k, got::add);
        } else {
          p.submit(
              () -> {
                LockSupport.parkNanos(pause);
                return k;
              },
              got::add);
        }
      }
      p.finish();
    }
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void inOrderWithOneThreadRunsEachItemAtOnceInTheCallersThread() {
    List<String> seen = new ArrayList<>();
    try (InOrder<String> p = new InOrder<>(1)) {
      p.submit(() -> Thread.currentThread().getName(), seen::add);
      assertThat(seen).containsExactly(Thread.currentThread().getName());
    }
  }

  @Test
  void aFailureOfTheWorkIsThrownAsItWasWhereItsResultWouldBeHandedBack() {
    List<Integer> got = new ArrayList<>();
    try (InOrder<Integer> p = new InOrder<>(2)) {
      p.submit(() -> 1, got::add);
      p.submit(
          () -> {
            throw new IllegalStateException("no model");
          },
          got::add);
      assertThatThrownBy(p::finish)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("no model");
    }
    assertThat(got).containsExactly(1);
  }
}

package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.model.Event;

/**
 * Two processes write the same store at the same time, with overlapping documents (the same ids
 * with the same text) and shared ids each process words differently: nothing is lost, nothing
 * doubled, every document whole. SQLite here, PostgreSQL in {@link PostgresConcurrentWritersTest}.
 */
class ConcurrentWritersTest {
  static final int SHARED = 6;
  @TempDir Path dir;

  protected String db() {
    return dir.resolve("shared.db").toString();
  }

  static ExtractedDocument doc(int i) {
    return Fixtures.doc("w" + i, Fixtures.story(i) + " " + Fixtures.story(i + 3), 1 + i % 4);
  }

  static ExtractedDocument shared(int k, String who) {
    return Fixtures.doc(
        "s" + k, Fixtures.story(100 + k) + " As reported by writer " + who + ".", 2);
  }

  @Test
  void twoProcessesWritingAtOnceLoseNothing() throws IOException, InterruptedException {
    String db = db();
    // Create and migrate first, so the two writers race on data, not on the schema.
    try (Store s = Store.open(db)) {
      assertThat(s.documents()).isEmpty();
    }
    Path go = dir.resolve("go");
    Process a = start(db, 0, 80, "A", go);
    Process b = start(db, 40, 120, "B", go);
    awaitLine(a, "ready");
    awaitLine(b, "ready");
    Files.writeString(go, "go");
    assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String errA = new String(a.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    String errB = new String(b.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(a.exitValue()).as("writer A: " + errA).isZero();
    assertThat(b.exitValue()).as("writer B: " + errB).isZero();

    try (Store s = Store.open(db)) {
      assertThat(s.documents()).hasSize(120 + SHARED);
      Map<String, List<Event>> byDoc = new HashMap<>();
      for (Event e : s.events()) {
        byDoc.computeIfAbsent(e.docIds().get(0), k -> new ArrayList<>()).add(e);
      }
      for (int i = 0; i < 120; i++) {
        assertThat(s.document("w" + i).orElseThrow().version()).isEqualTo(1);
        assertThat(byDoc.get("w" + i))
            .as("events of w" + i)
            .containsExactlyInAnyOrderElementsOf(doc(i).events());
      }
      for (int k = 0; k < SHARED; k++) {
        StoredDocument d = s.document("s" + k).orElseThrow();
        // Both wordings arrived; whichever came last is current, with exactly its events.
        assertThat(d.version()).isBetween(2, 40);
        String who = d.document().text().endsWith("writer A.") ? "A" : "B";
        assertThat(byDoc.get("s" + k)).containsExactlyInAnyOrderElementsOf(shared(k, who).events());
      }
    }
  }

  /** Two writers opening one new file at once both migrate it (one waits, neither fails). */
  @Test
  void twoOpeningANewStoreAtOnceBothSucceed() throws Exception {
    for (int round = 0; round < 20; round++) {
      String db = dir.resolve("new-" + round + ".db").toString();
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.Callable<Integer> open =
          () -> {
            start.await();
            try (Store s = Store.open(db)) {
              return s.documents().size();
            }
          };
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var a = pool.submit(open);
        var b = pool.submit(open);
        assertThat(a.get(60, TimeUnit.SECONDS)).as("round " + round).isZero();
        assertThat(b.get(60, TimeUnit.SECONDS)).as("round " + round).isZero();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static Process start(String db, int from, int to, String who, Path go)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            WriterChild.class.getName(),
            db,
            Integer.toString(from),
            Integer.toString(to),
            who,
            go.toString())
        .start();
  }

  private static void awaitLine(Process p, String want) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = p.getInputStream().read()) >= 0) {
      if (c == '\n') {
        if (line.toString().equals(want)) {
          return;
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
    throw new IllegalStateException("writer ended before saying " + want);
  }
}

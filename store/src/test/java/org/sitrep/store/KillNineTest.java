package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of a batch leaves only whole documents: each stored
 * document has all its events, each event all its evidence, and SQLite's integrity check passes.
 */
class KillNineTest {
  @TempDir Path dir;

  @Test
  void killedMidBatchLeavesOnlyCompleteDocuments() throws Exception {
    Path db = dir.resolve("kill.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                KillChild.class.getName(),
                db.toString(),
                "100000")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int seen = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && seen < 60) {
        if (line.startsWith("stored ")) {
          seen++;
        }
      }
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(seen).as("documents stored before the kill").isEqualTo(60);

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("ok");
      }
      int docs = 0;
      try (ResultSet r =
          s.executeQuery(
              "SELECT d.id, (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id),"
                  + " (SELECT COUNT(*) FROM evidence v WHERE v.doc_id = d.id),"
                  + " (SELECT COUNT(*) FROM document_versions v WHERE v.doc_id = d.id),"
                  + " (SELECT COUNT(*) FROM mentions m WHERE m.doc_id = d.id)"
                  + " FROM documents d")) {
        while (r.next()) {
          docs++;
          int i = Integer.parseInt(r.getString(1).substring(1));
          int events = KillChild.eventsFor(i);
          assertThat(r.getInt(2)).as("events of " + r.getString(1)).isEqualTo(events);
          assertThat(r.getInt(3)).as("evidence of " + r.getString(1)).isEqualTo(2 * events);
          assertThat(r.getInt(4)).isEqualTo(1);
          assertThat(r.getInt(5)).isEqualTo(1);
        }
      }
      assertThat(docs).isGreaterThanOrEqualTo(60);
      // No orphans: every event belongs to a stored document.
      try (ResultSet r =
          s.executeQuery(
              "SELECT COUNT(*) FROM events e WHERE NOT EXISTS"
                  + " (SELECT 1 FROM documents d WHERE d.id = e.doc_id)")) {
        r.next();
        assertThat(r.getInt(1)).isZero();
      }
    }
    // And the store still opens and takes more documents.
    try (Store s = Store.open(db.toString())) {
      s.ingest(Fixtures.doc("after", Fixtures.story(3), 1));
      assertThat(s.document("after")).isPresent();
    }
  }
}

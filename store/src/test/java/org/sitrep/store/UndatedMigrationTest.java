package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;

/**
 * A store written before events could be undated (schema version 1) opens, migrates to nullable
 * dates and actor codes, and keeps every event it held.
 */
class UndatedMigrationTest {
  @TempDir Path dir;

  @Test
  void aVersionOneStoreKeepsItsEventsThroughTheMigration() throws SQLException {
    Path db = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + db;
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    var x = Fixtures.doc("a", Fixtures.story(1), 2);
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      // one event and its actor written as version 1 held them
      st.executeUpdate(
          "INSERT INTO events (doc_id, version, ord, event_id, doc_ids, kind, sub_event_type,"
              + " date_from, date_to, date_precision, fatalities, claim_status, confidence)"
              + " VALUES ('old', 1, 0, 'old-e0', '[\"old\"]', 'clash', 'ARMED_CLASH',"
              + " '2021-08-03', '2021-08-03', 'day', '{\"acled\":0}', 'asserted', 0.5)");
      st.executeUpdate(
          "INSERT INTO event_actors (doc_id, version, event_ord, ord, name, role, actor_id)"
              + " VALUES ('old', 1, 0, 0, 'Taliban', 'ACTOR1', 'taliban')");
      st.executeUpdate(
          "INSERT INTO evidence (doc_id, version, event_ord, ord, source_doc_id, span_start,"
              + " span_end, quote, role) VALUES ('old', 1, 0, 0, 'old', 0, 4, 'Some', NULL)");
    }
    try (Store s = Store.open(db.toString())) {
      List<Event> kept = s.events();
      assertThat(kept).hasSize(1);
      Event e = kept.get(0);
      assertThat(e.date().from()).hasToString("2021-08-03");
      assertThat(e.actors().get(0).inter()).isNull();
      // and the migrated schema takes an undated event
      s.ingest(x);
      assertThat(s.events()).hasSize(3);
    }
  }
}

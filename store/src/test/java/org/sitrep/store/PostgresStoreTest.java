package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole {@link JdbcStoreTest} suite again, against a real PostgreSQL server (same migrations,
 * same code). Skips when SITREP_TEST_PG is unset; scripts/test always sets it.
 */
class PostgresStoreTest extends JdbcStoreTest {
  private final Map<String, String> schemas = new HashMap<>();

  @BeforeEach
  void needsServer() {
    assumeTrue(PgTestDatabase.url() != null, "SITREP_TEST_PG not set: PostgreSQL tests skipped");
  }

  @Override
  protected String db(String name) {
    return schemas.computeIfAbsent(name, PgTestDatabase::freshSchema);
  }

  /** Replaces the SQLite-file case: a server that refuses us is a StoreException, no password. */
  @Override
  @Test
  void unusableStorePathIsAStoreException() {
    String bad = PgTestDatabase.url().replaceAll("password=[^&]*", "password=wrong-password");
    assertThatThrownBy(() -> Store.open(bad))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("jdbc:postgresql://")
        .hasMessageNotContaining("wrong-password");
  }

  @Test
  void libpqStyleUrlOpensTheSameServer() {
    String jdbc = db("libpq");
    try (Store s = Store.open(jdbc.substring("jdbc:".length()))) {
      s.ingest(Fixtures.doc("a", Fixtures.story(1), 1));
    }
    try (Store s = Store.open(jdbc)) {
      org.assertj.core.api.Assertions.assertThat(s.document("a")).isPresent();
    }
  }
}

package org.sitrep.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;

/** {@link ConcurrentWritersTest} against the real PostgreSQL server of SITREP_TEST_PG. */
class PostgresConcurrentWritersTest extends ConcurrentWritersTest {
  private String schema;

  @BeforeEach
  void needsServer() {
    assumeTrue(PgTestDatabase.url() != null, "SITREP_TEST_PG not set: PostgreSQL tests skipped");
  }

  @Override
  protected String db() {
    if (schema == null) {
      schema = PgTestDatabase.freshSchema("concurrent");
    }
    return schema;
  }
}

package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the tests run against: {@code SITREP_TEST_PG} (a jdbc:postgresql URL with
 * user and password; scripts/test starts the server with scripts/pg and sets it). Each test gets
 * its own fresh schema, so tests never see each other's rows.
 */
final class PgTestDatabase {
  private PgTestDatabase() {}

  /** The server URL, or null when the tests are to skip PostgreSQL. */
  static String url() {
    String u = System.getenv("SITREP_TEST_PG");
    if (u == null || u.isBlank()) {
      u = System.getProperty("sitrep.test.pg");
    }
    return u == null || u.isBlank() ? null : u.trim();
  }

  /** A new empty schema on the server; the returned URL makes it the connection's schema. */
  static String freshSchema(String label) {
    String base = url();
    if (base == null) {
      throw new IllegalStateException("SITREP_TEST_PG is not set");
    }
    String schema =
        ("t_" + label + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test schema on " + redacted(base), e);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static String redacted(String url) {
    return url.replaceAll("password=[^&]*", "password=***");
  }
}

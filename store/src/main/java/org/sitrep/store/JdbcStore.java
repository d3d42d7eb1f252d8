package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.Resolution;
import org.sitrep.core.text.CleanDocument;
import org.sitrep.core.text.NearDuplicates;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;
import org.sitrep.model.TimeExpression;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.EventLines;

/**
 * The store over JDBC with portable SQL and the shared Flyway migrations: SQLite by default (WAL,
 * synchronous=FULL), any database the migrations run on otherwise. One connection, used under this
 * object's lock; each document is written in one transaction.
 */
public final class JdbcStore implements Store {
  private static final ObjectMapper JSON = EventJson.mapper();

  /** Replaced (under this object's lock) when a failed write leaves it unusable. */
  private Connection conn;

  private final String where;
  private final NearDuplicates dups;
  private final Connector connector;

  /** The SQLite file and its identity (inode) when opened; null for other databases. */
  private final Path file;

  private final Object fileKey;

  /** Opens a fresh connection to the same database, its settings applied (no migration). */
  @FunctionalInterface
  interface Connector {
    Connection connect() throws SQLException;
  }

  private JdbcStore(
      Connection conn, String where, StoreSettings settings, Connector connector, Path file) {
    this.conn = conn;
    this.file = file;
    this.fileKey = file == null ? null : fileKey(file);
    this.where = where;
    this.dups = new NearDuplicates(settings.nearDuplicates());
    this.connector = connector;
  }

  /** Opens a SQLite file, creating it and its parent folder when missing. */
  public static JdbcStore openSqlite(Path file, StoreSettings settings) {
    Path abs = file.toAbsolutePath();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create folder for store " + file + ": " + e.getMessage(), e);
    }
    return open("jdbc:sqlite:" + abs, null, null, settings);
  }

  /** Opens the database at a JDBC URL and brings its schema up to date. */
  public static JdbcStore open(String url, String user, String password, StoreSettings settings) {
    String file = url.startsWith("jdbc:sqlite:") ? url.substring("jdbc:sqlite:".length()) : "";
    if (file.isEmpty() || file.startsWith(":") || file.contains("?")) {
      return openOnce(url, user, password, settings);
    }
    // Two processes creating the same new SQLite file at once race on its journal-mode switch and
    // first migration (busy snapshots, even "malformed" reads): opening is serialised by an
    // exclusive lock on a file beside the store, held only while opening.
    Path lock = Path.of(file + "-lock");
    for (int attempt = 1; ; attempt++) {
      try (FileChannel ch =
              FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = ch.tryLock()) {
        if (held != null) {
          return openOnce(url, user, password, settings);
        }
      } catch (OverlappingFileLockException e) {
        // another thread of this process is opening the same store: wait as for a process
      } catch (java.io.IOException e) {
        throw new StoreException("cannot lock " + lock + ": " + e.getMessage(), e);
      }
      if (attempt >= ATTEMPTS * 10) {
        throw new StoreException("store " + lock + " stays locked by another process");
      }
      backOff(attempt);
    }
  }

  private static JdbcStore openOnce(
      String url, String user, String password, StoreSettings settings) {
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    String shown = sqlite ? url.substring("jdbc:sqlite:".length()) : url.replaceAll("\\?.*", "");
    Connection c = null;
    try {
      c = DriverManager.getConnection(url, user, password);
      configure(c, sqlite);
      migrate(c);
      c.setAutoCommit(false);
      Connector connector =
          () -> {
            Connection fresh = DriverManager.getConnection(url, user, password);
            try {
              configure(fresh, sqlite);
              fresh.setAutoCommit(false);
              return fresh;
            } catch (SQLException e) {
              closeQuietly(fresh);
              throw e;
            }
          };
      String name = sqlite ? shown : "";
      Path file =
          name.isEmpty() || name.startsWith(":") || name.contains("?") ? null : Path.of(name);
      return new JdbcStore(c, shown, settings, connector, file);
    } catch (SQLException | FlywayException e) {
      closeQuietly(c);
      throw new StoreException("cannot open store " + shown + ": " + e.getMessage(), e);
    }
  }

  private static Object fileKey(Path f) {
    try {
      Object key =
          Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      return key == null ? "" : key;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /**
   * Why the file this store opened is no longer the one at its path (deleted, or replaced by
   * another file), or empty while it still is.
   */
  private Optional<String> fileGone() {
    if (file == null || fileKey == null) {
      return Optional.empty();
    }
    if (!Files.exists(file)) {
      return Optional.of("store file " + where + " was deleted while open");
    }
    Object now = fileKey(file);
    if (now != null && !now.equals(fileKey)) {
      return Optional.of("store file " + where + " was replaced while open");
    }
    return Optional.empty();
  }

  private static void configure(Connection c, boolean sqlite) throws SQLException {
    if (sqlite) {
      try (Statement s = c.createStatement()) {
        // WAL keeps readers off the writer's back; FULL makes each commit durable on power loss.
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA busy_timeout=10000");
      }
    }
  }

  /**
   * Brings the schema up to date. Two processes opening a new store at once race on the first
   * migration: the loser's transaction is rolled back whole (a busy snapshot on SQLite, a unique
   * violation on the history table elsewhere), so it waits and runs the migration again, and then
   * finds it applied.
   */
  private static void migrate(Connection c) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(new SingleConnectionDataSource(c))
            .locations("classpath:db/migration")
            .load();
    for (int attempt = 1; ; attempt++) {
      try {
        flyway.migrate();
        return;
      } catch (FlywayException e) {
        if (attempt >= ATTEMPTS || !(transientConflict(e) || alreadyCreated(e))) {
          throw e;
        }
        backOff(attempt);
      }
    }
  }

  /** The other process created the same table first (DDL that is not transactional). */
  private static boolean alreadyCreated(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException && String.valueOf(c.getMessage()).contains("already exists")) {
        return true;
      }
    }
    return false;
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing; the first error is the one reported
      }
    }
  }

  /** Tries before a write conflict with another process is reported as a failure. */
  private static final int ATTEMPTS = 60;

  /**
   * Stores one document in one transaction. Another process writing the same database at the same
   * time (a second ingest, a stream job) can make the transaction fail on a conflict: the same new
   * id inserted twice, a serialization failure or deadlock on PostgreSQL, a busy snapshot on
   * SQLite. Such a transaction was rolled back whole, so it is simply run again on fresh data;
   * nothing is lost and nothing is written twice.
   */
  @Override
  public synchronized IngestOutcome ingest(ExtractedDocument x) {
    boolean renewed = false;
    for (int attempt = 1; ; attempt++) {
      try {
        return ingestOnce(x);
      } catch (StoreException e) {
        if (attempt < ATTEMPTS && transientConflict(e.getCause())) {
          backOff(attempt);
          continue;
        }
        // Any other failure (a disk write error, a dropped server connection) can leave the
        // connection unusable for every later document: the transaction was rolled back, so a
        // fresh connection is opened and this document tried once more on it.
        if (renewed || !renew(e)) {
          // A commit that failed late (an fsync error after the log was written) may still have
          // landed: the caller is told what the database holds, never "failed" for a stored one.
          Optional<IngestOutcome> landed = landed(x);
          if (landed.isPresent()) {
            return landed.get();
          }
          throw e;
        }
        renewed = true;
        Optional<IngestOutcome> landed = landed(x);
        if (landed.isPresent()) {
          return landed.get();
        }
      }
    }
  }

  /** The version the last transaction tried to write, to tell whether its commit landed. */
  private int attempted;

  /**
   * The outcome of the last failed attempt when its commit did land after all: the document holds
   * this text at the version that attempt wrote.
   */
  private Optional<IngestOutcome> landed(ExtractedDocument x) {
    Document d = x.placed().document();
    try (PreparedStatement q =
        conn.prepareStatement(
            "SELECT version, content_hash, duplicate_of FROM documents WHERE id = ?")) {
      q.setString(1, d.id());
      Optional<IngestOutcome> out = Optional.empty();
      try (ResultSet r = q.executeQuery()) {
        if (r.next() && r.getInt(1) == attempted && r.getString(2).equals(sha256(d.text()))) {
          out =
              Optional.of(
                  new IngestOutcome(
                      d.id(),
                      attempted == 1 ? IngestOutcome.Status.NEW : IngestOutcome.Status.NEW_VERSION,
                      attempted,
                      x.events().size(),
                      r.getString(3)));
        }
      }
      conn.rollback();
      return out;
    } catch (SQLException | RuntimeException e) {
      // unreadable too: nothing can be claimed, the write's own error is reported
      return Optional.empty();
    }
  }

  /**
   * Runs a read; when it fails on a connection that is closed or hit an I/O-class error (the disk
   * failed under a write, the file was unreadable for a while), the connection is replaced once and
   * the read run again, so the store recovers by itself when the disk does.
   */
  private <T> T read(java.util.function.Supplier<T> op) {
    try {
      return op.get();
    } catch (StoreException e) {
      if (!unusable(e) || !renew(e)) {
        throw e;
      }
      return op.get();
    }
  }

  /** The connection cannot serve again: closed, or an SQLite I/O, open, or read-only error. */
  private boolean unusable(StoreException e) {
    try {
      if (conn.isClosed()) {
        return true;
      }
    } catch (SQLException closed) {
      return true;
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof SQLException q) {
        int code = q.getErrorCode() & 0xff;
        // SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_NOTADB
        if (code == 8 || code == 10 || code == 11 || code == 14 || code == 26) {
          return true;
        }
        String m = String.valueOf(q.getMessage());
        if (m.contains("SQLITE_IOERR")
            || m.contains("disk I/O error")
            || m.contains("SQLITE_READONLY")
            || m.contains("SQLITE_CANTOPEN")
            || m.contains("database connection closed")
            || m.contains("no transaction is active")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Replaces the connection; false (the failure noted on {@code cause}) when that fails too. */
  private boolean renew(StoreException cause) {
    if (fileGone().isPresent()) {
      // a new connection would create an empty store at the path: keep the old one
      return false;
    }
    Connection old = conn;
    try {
      conn = connector.connect();
    } catch (SQLException e) {
      cause.addSuppressed(e);
      return false;
    }
    closeQuietly(old);
    return true;
  }

  /** For tests: the connection of the moment, to break it as a failing disk or server would. */
  Connection connectionForTest() {
    return conn;
  }

  /** For tests: puts a connection in place, e.g. one that fails as a disk would. */
  void replaceConnectionForTest(Connection c) {
    conn = c;
  }

  /** A failure that another writer caused and that a retry of the whole transaction resolves. */
  static boolean transientConflict(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException) {
        SQLException q = (SQLException) c;
        String state = q.getSQLState();
        // PostgreSQL: unique violation, serialization failure, deadlock.
        if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
          return true;
        }
        // SQLite: SQLITE_BUSY and its extended codes (e.g. 517, BUSY_SNAPSHOT), SQLITE_LOCKED.
        int code = q.getErrorCode();
        if (code == 5 || code == 6 || (code & 0xff) == 5) {
          return true;
        }
        String m = String.valueOf(q.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
          return true;
        }
      }
    }
    return false;
  }

  private static void backOff(int attempt) {
    try {
      // Jittered, growing pause so two writers do not collide again in lockstep.
      Thread.sleep(
          Math.min(200, 5L * attempt)
              + java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while retrying a store write", ie);
    }
  }

  private IngestOutcome ingestOnce(ExtractedDocument x) {
    CleanDocument clean = x.placed().clean();
    Document d = clean.document();
    String hash = sha256(d.text());
    attempted = 0; // nothing tried yet: a failure before the write claims nothing landed
    // checked first too, so that not even "unchanged" is answered for a file that is gone
    Optional<String> goneBefore = fileGone();
    if (goneBefore.isPresent()) {
      throw new StoreUnavailableException(goneBefore.get() + "; writes refused until restart");
    }
    try {
      int version = 1;
      try (PreparedStatement q =
          conn.prepareStatement(
              "SELECT version, content_hash, duplicate_of FROM documents WHERE id = ?")) {
        q.setString(1, d.id());
        try (ResultSet r = q.executeQuery()) {
          if (r.next()) {
            int old = r.getInt(1);
            if (r.getString(2).equals(hash)) {
              String dupOf = r.getString(3);
              int n = countEvents(d.id(), old);
              conn.rollback();
              return new IngestOutcome(d.id(), IngestOutcome.Status.UNCHANGED, old, n, dupOf);
            }
            version = old + 1;
          }
        }
      }
      attempted = version;
      NearDuplicates.Signature sig = dups.signature(NearDuplicates.articleText(clean));
      long[] bands = dups.bands(sig);
      Duplicate dup = findDuplicate(d.id(), sig, bands);
      if (version == 1) {
        try (PreparedStatement s =
            conn.prepareStatement(
                "INSERT INTO documents (id, version, content_hash, duplicate_of, similarity, minhash)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
          s.setString(1, d.id());
          s.setInt(2, version);
          s.setString(3, hash);
          s.setString(4, dup == null ? null : dup.docId);
          setDouble(s, 5, dup == null ? null : dup.similarity);
          s.setString(6, sig.encode());
          s.executeUpdate();
        }
      } else {
        update("UPDATE events SET superseded = 1 WHERE doc_id = ? AND superseded = 0", d.id());
        update("DELETE FROM document_bands WHERE doc_id = ?", d.id());
        try (PreparedStatement s =
            conn.prepareStatement(
                "UPDATE documents SET version = ?, content_hash = ?, duplicate_of = ?,"
                    + " similarity = ?, minhash = ? WHERE id = ?")) {
          s.setInt(1, version);
          s.setString(2, hash);
          s.setString(3, dup == null ? null : dup.docId);
          setDouble(s, 4, dup == null ? null : dup.similarity);
          s.setString(5, sig.encode());
          s.setString(6, d.id());
          s.executeUpdate();
        }
      }
      insertVersion(d, version, hash);
      insertBands(d.id(), bands);
      insertMentions(x, version);
      insertEvents(d.id(), version, x.events());
      Optional<String> gone = fileGone();
      if (gone.isPresent()) {
        throw new StoreUnavailableException(gone.get() + "; writes refused until restart");
      }
      conn.commit();
      return new IngestOutcome(
          d.id(),
          version == 1 ? IngestOutcome.Status.NEW : IngestOutcome.Status.NEW_VERSION,
          version,
          x.events().size(),
          dup == null ? null : dup.docId);
    } catch (SQLException | RuntimeException e) {
      try {
        conn.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      if (e instanceof StoreUnavailableException gone) {
        throw gone;
      }
      throw new StoreException(
          "cannot store document " + d.id() + " in " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Optional<IngestOutcome> unchanged(Document d) {
    return read(() -> unchangedOnce(d));
  }

  private Optional<IngestOutcome> unchangedOnce(Document d) {
    try (PreparedStatement q =
        conn.prepareStatement(
            "SELECT version, content_hash, duplicate_of FROM documents WHERE id = ?")) {
      q.setString(1, d.id());
      Optional<IngestOutcome> out = Optional.empty();
      try (ResultSet r = q.executeQuery()) {
        if (r.next() && r.getString(2).equals(sha256(d.text()))) {
          int v = r.getInt(1);
          String dupOf = r.getString(3);
          out =
              Optional.of(
                  new IngestOutcome(
                      d.id(), IngestOutcome.Status.UNCHANGED, v, countEvents(d.id(), v), dupOf));
        }
      }
      conn.rollback();
      return out;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read document " + d.id() + " from " + where + ": " + e.getMessage(), e);
    }
  }

  private record Duplicate(String docId, double similarity) {}

  /** The earliest-stored document this one nearly repeats (following its own link to the root). */
  private Duplicate findDuplicate(String id, NearDuplicates.Signature sig, long[] bands)
      throws SQLException {
    if (bands.length == 0) {
      return null;
    }
    Set<String> candidates = new LinkedHashSet<>();
    String in = "?" + ", ?".repeat(bands.length - 1);
    try (PreparedStatement q =
        conn.prepareStatement(
            "SELECT doc_id, band, band_hash FROM document_bands WHERE band_hash IN ("
                + in
                + ") AND doc_id <> ? ORDER BY doc_id")) {
      for (int i = 0; i < bands.length; i++) {
        q.setLong(i + 1, bands[i]);
      }
      q.setString(bands.length + 1, id);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          int band = r.getInt(2);
          if (band >= 0 && band < bands.length && bands[band] == r.getLong(3)) {
            candidates.add(r.getString(1));
          }
        }
      }
    }
    Duplicate best = null;
    for (String c : candidates) {
      try (PreparedStatement q =
          conn.prepareStatement("SELECT minhash, duplicate_of FROM documents WHERE id = ?")) {
        q.setString(1, c);
        try (ResultSet r = q.executeQuery()) {
          if (!r.next()) {
            continue;
          }
          double sim = dups.similarity(sig, NearDuplicates.Signature.decode(r.getString(1)));
          String root = r.getString(2) != null ? r.getString(2) : c;
          if (sim >= dups.settings().threshold()
              && (best == null || sim > best.similarity)
              && !root.equals(id)) {
            best = new Duplicate(root, sim);
          }
        }
      }
    }
    return best;
  }

  private void insertVersion(Document d, int version, String hash) throws SQLException {
    try (PreparedStatement s =
        conn.prepareStatement(
            "INSERT INTO document_versions (doc_id, version, content_hash, body, published_from,"
                + " published_to, published_precision, source, url, lang)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      DateInterval p = d.published();
      s.setString(1, d.id());
      s.setInt(2, version);
      s.setString(3, hash);
      s.setString(4, d.text());
      s.setString(5, p == null ? null : p.from().toString());
      s.setString(6, p == null ? null : p.to().toString());
      s.setString(7, p == null ? null : p.precision().wire());
      s.setString(8, d.source());
      s.setString(9, d.url());
      s.setString(10, d.lang());
      s.executeUpdate();
    }
  }

  private void insertBands(String id, long[] bands) throws SQLException {
    if (bands.length == 0) {
      return;
    }
    try (PreparedStatement s =
        conn.prepareStatement(
            "INSERT INTO document_bands (doc_id, band, band_hash) VALUES (?, ?, ?)")) {
      for (int i = 0; i < bands.length; i++) {
        s.setString(1, id);
        s.setInt(2, i);
        s.setLong(3, bands[i]);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private void insertMentions(ExtractedDocument x, int version) throws SQLException {
    String id = x.id();
    try (PreparedStatement s =
        conn.prepareStatement(
            "INSERT INTO mentions (doc_id, version, ord, mention_kind, span_start, span_end,"
                + " surface, place_id, resolution, date_from, date_to, date_precision)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (PlaceMention m : x.placed().places()) {
        s.setString(1, id);
        s.setInt(2, version);
        s.setInt(3, ord++);
        s.setString(4, "place");
        s.setInt(5, m.span().start());
        s.setInt(6, m.span().end());
        s.setString(7, m.surface());
        if (m.resolution() instanceof Resolution.Resolved r) {
          s.setString(8, r.place().id());
          s.setString(9, r.why());
        } else {
          s.setString(8, null);
          s.setString(9, ((Resolution.Unresolved) m.resolution()).reason());
        }
        s.setString(10, null);
        s.setString(11, null);
        s.setString(12, null);
        s.addBatch();
      }
      for (TimeExpression t : x.placed().times()) {
        s.setString(1, id);
        s.setInt(2, version);
        s.setInt(3, ord++);
        s.setString(4, "time");
        s.setInt(5, t.span().start());
        s.setInt(6, t.span().end());
        s.setString(7, t.text());
        s.setString(8, null);
        s.setString(9, t.kind().name());
        s.setString(10, t.value() == null ? null : t.value().from().toString());
        s.setString(11, t.value() == null ? null : t.value().to().toString());
        s.setString(12, t.value() == null ? null : t.value().precision().wire());
        s.addBatch();
      }
      if (ord > 0) {
        s.executeBatch();
      }
    }
  }

  private void insertEvents(String id, int version, List<Event> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement ev =
            conn.prepareStatement(
                "INSERT INTO events (doc_id, version, ord, event_id, doc_ids, kind,"
                    + " sub_event_type, date_from, date_to, date_precision, loc_name, loc_admin1,"
                    + " loc_admin2, loc_lat, loc_lon, loc_geo_precision, loc_gazetteer_id,"
                    + " controller_after, controller_before, fatalities, claim_status,"
                    + " claim_attributed_to, confidence, superseded)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, 0)");
        PreparedStatement ac =
            conn.prepareStatement(
                "INSERT INTO event_actors (doc_id, version, event_ord, ord, name, role, actor_id,"
                    + " inter) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement es =
            conn.prepareStatement(
                "INSERT INTO evidence (doc_id, version, event_ord, ord, source_doc_id,"
                    + " span_start, span_end, quote, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        Location l = e.location();
        ArrayNode docIds = JSON.createArrayNode();
        e.docIds().forEach(docIds::add);
        int c = 1;
        ev.setString(c++, id);
        ev.setInt(c++, version);
        ev.setInt(c++, i);
        ev.setString(c++, e.eventId());
        ev.setString(c++, EventJson.write(docIds));
        ev.setString(c++, e.kind().wire());
        ev.setString(c++, e.subEventType().name());
        ev.setString(c++, e.dated() ? e.date().from().toString() : null);
        ev.setString(c++, e.dated() ? e.date().to().toString() : null);
        ev.setString(c++, e.dated() ? e.date().precision().wire() : DatePrecision.UNKNOWN.wire());
        ev.setString(c++, l == null ? null : l.name());
        ev.setString(c++, l == null ? null : l.admin1());
        ev.setString(c++, l == null ? null : l.admin2());
        setDouble(ev, c++, l == null ? null : l.lat());
        setDouble(ev, c++, l == null ? null : l.lon());
        if (l == null) {
          ev.setNull(c++, Types.INTEGER);
        } else {
          ev.setInt(c++, l.geoPrecision());
        }
        ev.setString(c++, l == null ? null : l.gazetteerId());
        ev.setString(c++, e.territory() == null ? null : e.territory().controllerAfter());
        ev.setString(c++, e.territory() == null ? null : e.territory().controllerBefore());
        ev.setString(c++, EventJson.write(EventJson.fatalities(e.fatalities())));
        ev.setString(c++, e.claim().status().wire());
        ev.setString(c++, e.claim().attributedTo());
        ev.setDouble(c, e.confidence());
        ev.addBatch();
        for (int j = 0; j < e.actors().size(); j++) {
          EventActor a = e.actors().get(j);
          ac.setString(1, id);
          ac.setInt(2, version);
          ac.setInt(3, i);
          ac.setInt(4, j);
          ac.setString(5, a.name());
          ac.setString(6, a.role().name());
          ac.setString(7, a.actorId());
          if (a.inter() == null) {
            ac.setNull(8, Types.INTEGER);
          } else {
            ac.setInt(8, a.inter());
          }
          ac.addBatch();
        }
        for (int j = 0; j < e.evidence().size(); j++) {
          Evidence x = e.evidence().get(j);
          es.setString(1, id);
          es.setInt(2, version);
          es.setInt(3, i);
          es.setInt(4, j);
          es.setString(5, x.docId());
          es.setInt(6, x.start());
          es.setInt(7, x.end());
          es.setString(8, x.quote());
          es.setString(9, x.role());
          es.addBatch();
        }
      }
      ev.executeBatch();
      ac.executeBatch();
      es.executeBatch();
    }
  }

  private static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.DOUBLE);
    } else {
      s.setDouble(i, v);
    }
  }

  private void update(String sql, String id) throws SQLException {
    try (PreparedStatement s = conn.prepareStatement(sql)) {
      s.setString(1, id);
      s.executeUpdate();
    }
  }

  private int countEvents(String id, int version) throws SQLException {
    try (PreparedStatement q =
        conn.prepareStatement("SELECT COUNT(*) FROM events WHERE doc_id = ? AND version = ?")) {
      q.setString(1, id);
      q.setInt(2, version);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  @Override
  public synchronized List<Event> events(EventQuery query) {
    return read(() -> eventsOnce(query, null));
  }

  @Override
  public synchronized List<Event> eventsOf(String docId) {
    return read(() -> eventsOnce(EventQuery.ALL, docId));
  }

  private List<Event> eventsOnce(EventQuery query, String docId) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT doc_id, version, ord, event_id, doc_ids, kind, sub_event_type, date_from,"
                + " date_to, date_precision, loc_name, loc_admin1, loc_admin2, loc_lat, loc_lon,"
                + " loc_geo_precision, loc_gazetteer_id, controller_after, controller_before,"
                + " fatalities, claim_status, claim_attributed_to, confidence"
                + " FROM events e WHERE superseded = 0");
    List<Object> args = new ArrayList<>();
    if (docId != null) {
      sql.append(" AND doc_id = ?");
      args.add(docId);
    }
    if (query.from() != null) {
      sql.append(" AND date_to >= ?");
      args.add(query.from().toString());
    }
    if (query.to() != null) {
      sql.append(" AND date_from <= ?");
      args.add(query.to().toString());
    }
    if (query.place() != null) {
      sql.append(
          " AND (loc_gazetteer_id = ? OR LOWER(loc_name) = LOWER(?) OR LOWER(loc_admin2) ="
              + " LOWER(?))");
      args.add(query.place());
      args.add(query.place());
      args.add(query.place());
    }
    if (query.admin1() != null) {
      sql.append(" AND LOWER(loc_admin1) = LOWER(?)");
      args.add(query.admin1());
    }
    if (query.kind() != null) {
      sql.append(" AND kind = ?");
      args.add(query.kind().wire());
    }
    if (query.claim() != null) {
      sql.append(" AND claim_status = ?");
      args.add(query.claim().wire());
    }
    if (query.actor() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM event_actors a WHERE a.doc_id = e.doc_id AND a.version ="
              + " e.version AND a.event_ord = e.ord AND LOWER(a.name) = LOWER(?))");
      args.add(query.actor());
    }
    // Undated events last in every database (SQLite sorts nulls first, PostgreSQL last).
    sql.append(
        " ORDER BY CASE WHEN date_from IS NULL THEN 1 ELSE 0 END, date_from, date_to, event_id,"
            + " doc_id, ord");
    if (query.limit() != Integer.MAX_VALUE || query.offset() > 0) {
      sql.append(" LIMIT ? OFFSET ?");
      args.add(query.limit());
      args.add(query.offset());
    }
    try {
      List<Event> out = new ArrayList<>();
      try (PreparedStatement q = conn.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          q.setObject(i + 1, args.get(i));
        }
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            out.add(event(r));
          }
        }
      }
      conn.rollback();
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + where + ": " + e.getMessage(), e);
    }
  }

  private Event event(ResultSet r) throws SQLException {
    String docId = r.getString("doc_id");
    int version = r.getInt("version");
    int ord = r.getInt("ord");
    List<String> docIds = new ArrayList<>();
    json(r.getString("doc_ids")).forEach(n -> docIds.add(n.asText()));
    Location loc = null;
    if (r.getString("loc_name") != null) {
      double lat = r.getDouble("loc_lat");
      Double la = r.wasNull() ? null : lat;
      double lon = r.getDouble("loc_lon");
      Double lo = r.wasNull() ? null : lon;
      loc =
          new Location(
              r.getString("loc_name"),
              r.getString("loc_admin1"),
              r.getString("loc_admin2"),
              la,
              lo,
              r.getInt("loc_geo_precision"),
              r.getString("loc_gazetteer_id"));
    }
    Territory territory =
        r.getString("controller_after") == null
            ? null
            : new Territory(r.getString("controller_after"), r.getString("controller_before"));
    // The column holds the contract's fatalities object: read back by the contract's reader.
    Fatalities fat = EventLines.fatalities(json(r.getString("fatalities")));
    EventKind kind = EventKind.fromWire(r.getString("kind"));
    return new Event(
        r.getString("event_id"),
        docIds,
        kind,
        AcledSubEventType.valueOf(r.getString("sub_event_type")),
        r.getString("date_from") == null
            ? null
            : new DateInterval(
                LocalDate.parse(r.getString("date_from")),
                LocalDate.parse(r.getString("date_to")),
                DatePrecision.fromWire(r.getString("date_precision"))),
        loc,
        actors(docId, version, ord),
        territory,
        fat,
        new Claim(
            ClaimStatus.fromWire(r.getString("claim_status")), r.getString("claim_attributed_to")),
        evidence(docId, version, ord),
        r.getDouble("confidence"));
  }

  private List<EventActor> actors(String docId, int version, int ord) throws SQLException {
    List<EventActor> out = new ArrayList<>();
    try (PreparedStatement q =
        conn.prepareStatement(
            "SELECT name, role, actor_id, inter FROM event_actors WHERE doc_id = ? AND version"
                + " = ? AND event_ord = ? ORDER BY ord")) {
      q.setString(1, docId);
      q.setInt(2, version);
      q.setInt(3, ord);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          int inter = r.getInt(4);
          Integer code = r.wasNull() ? null : inter;
          out.add(
              new EventActor(
                  r.getString(1), ActorRole.valueOf(r.getString(2)), r.getString(3), code));
        }
      }
    }
    return out;
  }

  private List<Evidence> evidence(String docId, int version, int ord) throws SQLException {
    List<Evidence> out = new ArrayList<>();
    try (PreparedStatement q =
        conn.prepareStatement(
            "SELECT source_doc_id, span_start, span_end, quote, role FROM evidence WHERE doc_id ="
                + " ? AND version = ? AND event_ord = ? ORDER BY ord")) {
      q.setString(1, docId);
      q.setInt(2, version);
      q.setInt(3, ord);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(
              new Evidence(
                  r.getString(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5)));
        }
      }
    }
    return out;
  }

  private static JsonNode json(String s) {
    try {
      return JSON.readTree(s);
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt JSON column: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public synchronized Optional<StoredDocument> document(String id) {
    List<StoredDocument> found = read(() -> documents(" WHERE d.id = ?", id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public synchronized List<StoredDocument> documents() {
    return read(() -> documents("", null));
  }

  private List<StoredDocument> documents(String filter, String arg) {
    String sql =
        "SELECT d.id, d.version, d.content_hash, d.duplicate_of, v.body, v.published_from,"
            + " v.published_to, v.published_precision, v.source, v.url, v.lang FROM documents d"
            + " JOIN document_versions v ON v.doc_id = d.id AND v.version = d.version"
            + filter
            + " ORDER BY d.id";
    try {
      List<StoredDocument> out = new ArrayList<>();
      try (PreparedStatement q = conn.prepareStatement(sql)) {
        if (arg != null) {
          q.setString(1, arg);
        }
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            DateInterval p =
                r.getString(6) == null
                    ? null
                    : new DateInterval(
                        LocalDate.parse(r.getString(6)),
                        LocalDate.parse(r.getString(7)),
                        DatePrecision.fromWire(r.getString(8)));
            Document d =
                new Document(
                    r.getString(1),
                    r.getString(5),
                    p,
                    r.getString(9),
                    r.getString(10),
                    r.getString(11));
            out.add(new StoredDocument(d, r.getInt(2), r.getString(3), r.getString(4)));
          }
        }
      }
      conn.rollback();
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read documents from " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Counts per table, for checks and summaries: documents, versions, events (current), evidence.
   */
  public synchronized Map<String, Integer> counts() {
    return read(this::countsOnce);
  }

  private Map<String, Integer> countsOnce() {
    Map<String, Integer> out = new HashMap<>();
    String[][] q = {
      {"documents", "SELECT COUNT(*) FROM documents"},
      {"versions", "SELECT COUNT(*) FROM document_versions"},
      {"events", "SELECT COUNT(*) FROM events WHERE superseded = 0"},
      {"superseded", "SELECT COUNT(*) FROM events WHERE superseded = 1"},
      {"evidence", "SELECT COUNT(*) FROM evidence"},
      {"mentions", "SELECT COUNT(*) FROM mentions"},
    };
    try (Statement s = conn.createStatement()) {
      for (String[] x : q) {
        try (ResultSet r = s.executeQuery(x[1])) {
          r.next();
          out.put(x[0], r.getInt(1));
        }
      }
      conn.rollback();
    } catch (SQLException e) {
      throw new StoreException("cannot count rows in " + where + ": " + e.getMessage(), e);
    }
    return out;
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      conn.rollback();
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + where + ": " + e.getMessage(), e);
    }
  }
}

package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.model.Event;

/**
 * The event store: documents (with versions and near-duplicate links), their mentions, events and
 * evidence. One implementation per database (SQLite file by default, PostgreSQL for shared
 * installs), same migrations. Every write of a document is one transaction: after a crash the store
 * holds the document entirely or not at all.
 */
public interface Store extends AutoCloseable {

  /** The SQLite file used when no database is named. */
  String DEFAULT_DB = "sitrep.db";

  /**
   * Opens (creating and migrating when needed) the store named by a CLI-style argument: null or
   * blank → {@value #DEFAULT_DB}; a {@code jdbc:} URL (e.g. {@code jdbc:postgresql://...}) or a
   * {@code postgresql://} URL → that database; anything else → a SQLite file at that path.
   */
  static Store open(String dbArg) {
    String arg = dbArg == null || dbArg.isBlank() ? DEFAULT_DB : dbArg.trim();
    if (arg.startsWith("jdbc:")) {
      return JdbcStore.open(arg, null, null, StoreSettings.DEFAULTS);
    }
    // PostgreSQL as libpq spells it: postgresql://host:port/db?user=..&password=..
    if (arg.startsWith("postgresql://") || arg.startsWith("postgres://")) {
      return JdbcStore.open(
          "jdbc:postgresql://" + arg.substring(arg.indexOf("://") + 3),
          null,
          null,
          StoreSettings.DEFAULTS);
    }
    return JdbcStore.openSqlite(java.nio.file.Path.of(arg), StoreSettings.DEFAULTS);
  }

  /**
   * Stores one processed document and its events. Re-ingesting identical text changes nothing
   * ({@link IngestOutcome.Status#UNCHANGED}); changed text under the same id becomes a new version
   * whose events supersede (not delete) the old ones.
   */
  IngestOutcome ingest(ExtractedDocument document);

  /**
   * The {@link IngestOutcome.Status#UNCHANGED} outcome when this exact text is already stored under
   * the document's id, so callers can skip extraction; empty when {@link #ingest} has work to do.
   */
  default Optional<IngestOutcome> unchanged(org.sitrep.model.Document document) {
    // Slow but correct fallback; JdbcStore answers from the content hash.
    return document(document.id())
        .filter(s -> s.document().text().equals(document.text()))
        .map(
            s ->
                new IngestOutcome(
                    document.id(),
                    IngestOutcome.Status.UNCHANGED,
                    s.version(),
                    (int) events().stream().filter(e -> e.docIds().contains(document.id())).count(),
                    s.duplicateOf()));
  }

  /** Current (not superseded) events matching the query, in a stable order. */
  List<Event> events(EventQuery query);

  /** Every current event, in a stable order. */
  default List<Event> events() {
    return events(EventQuery.ALL);
  }

  /** The current events of one document (those its latest version gave), in a stable order. */
  default List<Event> eventsOf(String docId) {
    return events().stream().filter(e -> e.docIds().contains(docId)).toList();
  }

  Optional<StoredDocument> document(String id);

  List<StoredDocument> documents();

  @Override
  void close();
}

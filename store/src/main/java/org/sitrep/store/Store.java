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

  /**
   * Stores one processed document and its events. Re-ingesting identical text changes nothing
   * ({@link IngestOutcome.Status#UNCHANGED}); changed text under the same id becomes a new version
   * whose events supersede (not delete) the old ones.
   */
  IngestOutcome ingest(ExtractedDocument document);

  /** Current (not superseded) events matching the query, in a stable order. */
  List<Event> events(EventQuery query);

  /** Every current event, in a stable order. */
  default List<Event> events() {
    return events(EventQuery.ALL);
  }

  Optional<StoredDocument> document(String id);

  List<StoredDocument> documents();

  @Override
  void close();
}

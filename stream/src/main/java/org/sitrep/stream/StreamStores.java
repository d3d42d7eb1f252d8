package org.sitrep.stream;

import org.sitrep.store.Store;

/** Opens the store the job writes to, from its URL (SQLite file or PostgreSQL). */
final class StreamStores {
  private StreamStores() {}

  static Store open(String db) {
    throw new IllegalStateException("no store implementation available for " + db);
  }
}

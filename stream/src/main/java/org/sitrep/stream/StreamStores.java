package org.sitrep.stream;

import org.sitrep.store.Store;

/**
 * Opens the store the job writes to, from its CLI-style argument (SQLite file or PostgreSQL URL).
 */
final class StreamStores {
  private StreamStores() {}

  static Store open(String db) {
    return Store.open(db);
  }
}

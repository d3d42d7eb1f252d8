package org.sitrep.server;

import org.sitrep.store.Store;

/** The store the server tests use. */
final class TestStores {
  private TestStores() {}

  // TEMPORARY: the in-memory store until the SQLite store is merged.
  static Store open() {
    return new MemoryStore();
  }
}

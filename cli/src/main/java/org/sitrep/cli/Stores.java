package org.sitrep.cli;

import org.sitrep.store.Store;

/** Opens the store named on the command line. */
final class Stores {
  private Stores() {}

  static Store open(String db) {
    return Store.open(db);
  }
}

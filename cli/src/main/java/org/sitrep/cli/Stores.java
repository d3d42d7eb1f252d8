package org.sitrep.cli;

import org.sitrep.store.Store;

/** Opens the store named on the command line. */
final class Stores {
  private Stores() {}

  // Until the store implementation is merged, only --events works.
  static Store open(String db) {
    throw new UsageException(
        "no store implementation in this build yet; use --events FILE (from sitrep extract)");
  }
}

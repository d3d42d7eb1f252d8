package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.store.Store;

/** The store the server tests use: a fresh SQLite file, the default store users run. */
final class TestStores {
  private TestStores() {}

  static Store open() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "test-stores"));
      Path file = Files.createTempFile(dir, "sitrep-", ".db");
      Files.delete(file);
      file.toFile().deleteOnExit();
      return Store.open(file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

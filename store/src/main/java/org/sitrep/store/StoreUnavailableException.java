package org.sitrep.store;

/**
 * The store's file was deleted or replaced under the running process: a write would land in a file
 * nobody will open again, so it is refused (and rolled back) rather than acknowledged.
 */
public final class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message) {
    super(message);
  }
}

package org.sitrep.store;

import java.util.Objects;

/**
 * What ingesting one document did. {@code duplicateOf} names the earlier near-duplicate, if any.
 */
public record IngestOutcome(
    String docId, Status status, int version, int events, String duplicateOf) {
  public enum Status {
    NEW,
    UNCHANGED,
    NEW_VERSION
  }

  public IngestOutcome {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(status, "status");
  }
}

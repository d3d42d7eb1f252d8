package org.sitrep.store;

import java.util.Objects;
import org.sitrep.model.Document;

/** A document as stored: its current version, content hash and near-duplicate link. */
public record StoredDocument(
    Document document, int version, String contentHash, String duplicateOf) {
  public StoredDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}

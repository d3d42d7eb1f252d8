package org.sitrep.ingest;

import java.util.Objects;
import org.sitrep.model.Document;

/** One input read: a document, or a one-line reason why the named input was rejected. */
public sealed interface ReadResult {
  /** The document's id, or the best name we have for the input when it was rejected. */
  String name();

  record Ok(Document document) implements ReadResult {
    public Ok {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String name() {
      return document.id();
    }
  }

  record Rejected(String name, String reason) implements ReadResult {
    public Rejected {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reason, "reason");
    }

    /** The one-line message users see. */
    public String message() {
      return name + ": " + reason;
    }
  }
}

package org.sitrep.core.text;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Document;
import org.sitrep.model.Segment;

/**
 * A document with its text cut into segments (body, header, furniture, quoted posts). The text
 * itself is never rewritten: segments point into the original, so offsets survive cleaning.
 */
public record CleanDocument(Document document, List<Segment> segments) {
  public CleanDocument {
    Objects.requireNonNull(document, "document");
    segments = List.copyOf(segments);
  }

  public String text() {
    return document.text();
  }

  public String id() {
    return document.id();
  }
}

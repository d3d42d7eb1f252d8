package org.sitrep.core.geo;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.text.CleanDocument;
import org.sitrep.core.text.Sentence;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.model.Document;
import org.sitrep.model.TimeExpression;

/** A dated document with its place mentions, resolved or not. */
public record PlacedDocument(DatedDocument dated, List<PlaceMention> places) {
  public PlacedDocument {
    Objects.requireNonNull(dated, "dated");
    places = List.copyOf(places);
  }

  public String text() {
    return dated.text();
  }

  public String id() {
    return dated.id();
  }

  // What later stages and the edges read, without reaching through every earlier stage's result.

  /** The input document, as read. */
  public Document document() {
    return dated.analyzed().clean().document();
  }

  /** The cleaner's result: the text's segments (header, furniture, body). */
  public CleanDocument clean() {
    return dated.analyzed().clean();
  }

  public List<Sentence> sentences() {
    return dated.analyzed().sentences();
  }

  public List<TimeExpression> times() {
    return dated.times();
  }
}

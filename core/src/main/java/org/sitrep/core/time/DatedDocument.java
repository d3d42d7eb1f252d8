package org.sitrep.core.time;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.model.TimeExpression;

/** An analysed document with its time expressions, each normalised where it can be. */
public record DatedDocument(AnalyzedDocument analyzed, List<TimeExpression> times) {
  public DatedDocument {
    Objects.requireNonNull(analyzed, "analyzed");
    times = List.copyOf(times);
  }

  public String text() {
    return analyzed.text();
  }

  public String id() {
    return analyzed.id();
  }
}

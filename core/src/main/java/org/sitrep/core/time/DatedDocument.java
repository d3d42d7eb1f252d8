package org.sitrep.core.time;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.model.DateInterval;
import org.sitrep.model.TimeExpression;

/**
 * An analysed document with its time expressions, each normalised where it can be, and the
 * reference they were normalised against: the publication date, or the explicit day the document
 * says it is written on ({@code referenceSource}) when that narrows a month-only publication date.
 * {@code reference} is null when the document has no date at all.
 */
public record DatedDocument(
    AnalyzedDocument analyzed,
    List<TimeExpression> times,
    DateInterval reference,
    TimeExpression referenceSource) {
  public DatedDocument {
    Objects.requireNonNull(analyzed, "analyzed");
    times = List.copyOf(times);
  }

  /** The document's times with its publication date as reference (no narrowing). */
  public DatedDocument(AnalyzedDocument analyzed, List<TimeExpression> times) {
    this(analyzed, times, analyzed.clean().document().published(), null);
  }

  public String text() {
    return analyzed.text();
  }

  public String id() {
    return analyzed.id();
  }

  public Optional<DateInterval> referenceDate() {
    return Optional.ofNullable(reference);
  }

  public Optional<TimeExpression> referenceExpression() {
    return Optional.ofNullable(referenceSource);
  }
}

package org.sitrep.core.time;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Evidence;
import org.sitrep.model.TimeExpression;

/**
 * The date that governs a stretch of text, where it came from, and how it was chosen: {@code how}
 * is one of {@link TimeAnchors#CLAUSE}, {@link TimeAnchors#COMPLEMENT}, {@link
 * TimeAnchors#SENTENCE}, {@link TimeAnchors#PREVIOUS}, {@link TimeAnchors#REFERENCE}, {@link
 * TimeAnchors#PUBLISHED} or {@link TimeAnchors#NONE}. {@code value} is null only with NONE.
 */
public record Anchored(DateInterval value, Optional<TimeExpression> source, String how) {
  public Anchored {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(how, "how");
    if (value == null && !how.equals(TimeAnchors.NONE)) {
      throw new IllegalArgumentException("an anchor without a date must say how: none");
    }
  }

  public Optional<DateInterval> date() {
    return Optional.ofNullable(value);
  }

  /** The quoted time expression the date rests on, as evidence with role "date". */
  public Optional<Evidence> evidence(DatedDocument doc) {
    return source.map(t -> Evidence.of(doc.id(), doc.text(), t.span(), "date"));
  }

  /** A short line for an event's evidence: {@code date from: «dimanche» [612,620) (clause)}. */
  public String describe() {
    if (source.isPresent()) {
      CharSpan s = source.get().span();
      return "date from: «"
          + source.get().text()
          + "» ["
          + s.start()
          + ","
          + s.end()
          + ") ("
          + how
          + ")";
    }
    return how.equals(TimeAnchors.NONE) ? "no date" : "date from: publication date";
  }
}

package org.sitrep.core.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.core.time.Anchored;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.core.time.TimeAnchors;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Segment;
import org.sitrep.model.SegmentKind;

/**
 * The date an event inherits, as {@link TimeAnchors} finds it: a time expression of its clause,
 * else of its sentence, else the nearest earlier one of the document, else the publication date.
 * {@code source} is the quoted span it rests on: the time expression, or the header line that gives
 * the publication date; null when there is nothing to quote.
 */
record GoverningDate(DateInterval value, CharSpan source, String how) {
  static final String PUBLISHED = TimeAnchors.PUBLISHED;

  /**
   * No date at all (a document without publication date whose text dates nothing): inside the
   * extractor the whole time line, so that the document's undated candidates compare as one
   * another's contemporaries and a state actor is the state of no particular day; the output event
   * has a null date ({@link #undated()}).
   */
  static final GoverningDate UNDATED =
      new GoverningDate(
          new DateInterval(LocalDate.MIN, LocalDate.MAX, DatePrecision.UNKNOWN),
          null,
          TimeAnchors.NONE);

  boolean undated() {
    return value.precision() == DatePrecision.UNKNOWN && value.from().equals(LocalDate.MIN);
  }

  static Optional<GoverningDate> of(DatedDocument doc, CharSpan span) {
    Anchored a = TimeAnchors.forSpan(doc, span);
    if (a.value() == null) {
      return Optional.empty();
    }
    if (a.source().isPresent()) {
      DateInterval v = notAfterTheReport(a.value(), reference(doc));
      return Optional.of(new GoverningDate(v, a.source().get().span(), a.how()));
    }
    // The publication date: the header line that gives it is what the date rests on.
    CharSpan header = null;
    for (Segment s : doc.analyzed().clean().segments()) {
      if (s.kind() == SegmentKind.HEADER) {
        header = s.span();
        break;
      }
    }
    return Optional.of(new GoverningDate(a.value(), header, PUBLISHED));
  }

  /**
   * An event a report tells of happened by the report's day: "this week", "this month" said on a
   * Wednesday end that Wednesday, not on Sunday. A stretch wholly after the report is left as the
   * text gives it (what is announced is not clipped into the past).
   */
  static DateInterval notAfterTheReport(DateInterval v, DateInterval report) {
    if (report == null || !v.to().isAfter(report.to()) || v.from().isAfter(report.to())) {
      return v;
    }
    LocalDate to = report.to();
    return new DateInterval(v.from(), to, v.from().equals(to) ? DatePrecision.DAY : v.precision());
  }

  static DateInterval reference(DatedDocument doc) {
    return doc.referenceDate().orElse(null);
  }
}

package org.sitrep.core.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.core.text.Sentence;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Segment;
import org.sitrep.model.SegmentKind;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeKind;

/**
 * The date an event inherits: a time expression of its clause, else of its sentence, else the
 * nearest earlier one of the document (history excepted), else the publication date. {@code source}
 * is the quoted span it rests on: the time expression, or the header line that gives the
 * publication date; null when there is nothing to quote.
 */
record GoverningDate(DateInterval value, CharSpan source, String how) {
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()«»\"“”]|\\s[–—-]\\s");
  private static final int BACKGROUND_DAYS = 365;

  static Optional<GoverningDate> of(DatedDocument doc, CharSpan span, CharSpan sentence) {
    String text = doc.text();
    TimeExpression best = null;
    long bestDistance = Long.MAX_VALUE;
    boolean bestSameClause = false;
    for (TimeExpression t : doc.times()) {
      if (!dated(t) || !sentence.contains(t.span())) {
        continue;
      }
      int a = Math.min(span.end(), t.span().end());
      int b = Math.max(span.start(), t.span().start());
      long distance = Math.max(0, b - a);
      boolean sameClause = b <= a || !CLAUSE_BREAK.matcher(text).region(a, b).find();
      // "trois semaines après la prise de X": the expression dates what follows it in its clause.
      if (sameClause && !bestSameClause
          || sameClause == bestSameClause && distance < bestDistance) {
        best = t;
        bestDistance = distance;
        bestSameClause = sameClause;
      }
    }
    if (best != null) {
      return Optional.of(
          new GoverningDate(best.value(), best.span(), bestSameClause ? "clause" : "sentence"));
    }
    DateInterval ref = reference(doc);
    for (int i = doc.times().size() - 1; i >= 0; i--) {
      TimeExpression t = doc.times().get(i);
      if (t.span().end() <= sentence.start()
          && dated(t)
          && (ref == null || !t.value().to().isBefore(ref.from().minusDays(BACKGROUND_DAYS)))) {
        return Optional.of(new GoverningDate(t.value(), t.span(), "previous"));
      }
    }
    if (ref == null) {
      return Optional.empty();
    }
    CharSpan header = null;
    for (Segment s : doc.analyzed().clean().segments()) {
      if (s.kind() == SegmentKind.HEADER) {
        header = s.span();
        break;
      }
    }
    return Optional.of(new GoverningDate(ref, header, "published"));
  }

  static DateInterval reference(DatedDocument doc) {
    return doc.analyzed().clean().document().published();
  }

  static CharSpan sentenceOf(DatedDocument doc, CharSpan span) {
    for (Sentence s : doc.analyzed().sentences()) {
      if (s.span().contains(span)) {
        return s.span();
      }
    }
    return span;
  }

  private static boolean dated(TimeExpression t) {
    return t.value() != null && (t.kind() == TimeKind.DATE || t.kind() == TimeKind.TIME);
  }
}

package org.sitrep.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;

/**
 * Step 5: what the document's relative expressions count from. The publication date, unless it is
 * coarser than a day and the text names a day it is written on: a full date with a weekday or a
 * "this" ("ce lundi 6 septembre"), consistent, inside the publication interval (the latest such day
 * wins); or, failing that, the clause times of key happenings, intersected with it; or the span
 * from the latest day the text tells of as past to the interval's end.
 */
final class DocumentReference implements TimeAnnotator {
  @Override
  public void annotate(Resolution r) {
    r.reference = reference(r);
  }

  private static Reference reference(Resolution r) {
    DateInterval published = r.published;
    if (published != null && published.precision() == DatePrecision.DAY) {
      return new Reference(published, null, "published");
    }
    TimeHit best = null;
    LocalDate bestDay = null;
    for (TimeHit h : r.hits) {
      if (h.op() != TimeOp.DATE
          || !h.has("day")
          || r.month(h).isEmpty()
          || !(h.has("weekday") || h.has("this"))) {
        continue;
      }
      Optional<LocalDate> d =
          AnchorValues.fullDate(
              r, h, published, h.since ? DateMath.Lean.PAST : DateMath.Lean.DEFAULT);
      if (d.isEmpty()
          || !r.weekday(h, "weekday").map(w -> w == d.get().getDayOfWeek().getValue()).orElse(true)
          || (published != null && !published.contains(d.get()))) {
        continue;
      }
      if (bestDay == null || d.get().isAfter(bestDay)) {
        best = h;
        bestDay = d.get();
      }
    }
    if (best != null) {
      return new Reference(DateInterval.day(bestDay), best, "reference:" + best.start);
    }
    if (published != null) {
      Optional<Reference> clue = keyDateReference(r.hits, published);
      if (clue.isPresent()) {
        return clue.get();
      }
      Optional<Reference> after = toldDayReference(r, published);
      if (after.isPresent()) {
        return after.get();
      }
    }
    return new Reference(published, null, published == null ? "unanchored" : "published");
  }

  /**
   * A month-only publication date narrowed by what the text dates from a key happening ("près d'une
   * semaine après la prise de Kaboul"): the intersection of every such value with the publication
   * interval. A value outside the interval is ignored; clues that disagree (empty intersection)
   * leave the publication interval as it is.
   */
  private static Optional<Reference> keyDateReference(List<TimeHit> hits, DateInterval published) {
    LocalDate from = published.from();
    LocalDate to = published.to();
    TimeHit first = null;
    for (TimeHit h : hits) {
      if (h.clauseValue == null || !h.clauseValue.overlaps(published)) {
        continue;
      }
      LocalDate f = h.clauseValue.from().isAfter(from) ? h.clauseValue.from() : from;
      LocalDate t = h.clauseValue.to().isBefore(to) ? h.clauseValue.to() : to;
      if (f.isAfter(t)) {
        return Optional.empty();
      }
      from = f;
      to = t;
      first = first == null ? h : first;
    }
    if (first == null) {
      return Optional.empty();
    }
    DateInterval v =
        new DateInterval(
            from,
            to,
            DateMath.coarsest(first.clauseValue.precision(), DateMath.widthPrecision(from, to)));
    return Optional.of(
        new Reference(v, first, "reference:" + first.start + ";keydate:" + first.keyDate));
  }

  /**
   * A month-only publication date narrowed by the days the text tells of as past ("la prise du
   * poste le 28 octobre"): the text is written on or after the latest of them, so the reference
   * runs from it to the end of the publication interval. Only a day and month inside the interval,
   * in a clause that is not future, and that names no occasion or thing (a mention).
   */
  private static Optional<Reference> toldDayReference(Resolution r, DateInterval published) {
    TimeHit best = null;
    LocalDate bestDay = null;
    for (TimeHit h : r.hits) {
      if (h.op() != TimeOp.DATE
          || !h.has("day")
          || r.month(h).isEmpty()
          || h.has("mention")
          || h.has("next")
          || h.tense == TimeHit.Tense.FUTURE) {
        continue;
      }
      Optional<LocalDate> d = AnchorValues.fullDate(r, h, published, DateMath.Lean.PAST);
      if (d.isEmpty() || !published.contains(d.get()) || !d.get().isAfter(published.from())) {
        continue;
      }
      if (bestDay == null || d.get().isAfter(bestDay)) {
        best = h;
        bestDay = d.get();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    DateInterval v =
        new DateInterval(bestDay, published.to(), DateMath.widthPrecision(bestDay, published.to()));
    return Optional.of(new Reference(v, best, "reference:" + best.start + ";after"));
  }
}

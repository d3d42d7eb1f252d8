package org.sitrep.core.time;

import java.util.Set;
import org.sitrep.model.TimeKind;

/**
 * Step 7: the narrative reference of each expression: the last date before it in its paragraph that
 * the text gives in full and that frames what follows ("En 1997, ...", "le 12 mars 2013"), not one
 * that only looks back ("depuis 1998") or names a thing ("les accords de 1999": patterns mark such
 * mentions with an empty {@code mention} group). A date without a year takes its year from it ("En
 * janvier" after "En 1997"). {@link #day} gives the day a part of the day or a clock time belongs
 * to: the last dated expression of the paragraph.
 */
final class NarrativeReference implements TimeAnnotator {
  private static final Set<TimeOp> FRAMING =
      Set.of(TimeOp.DATE, TimeOp.YEAR, TimeOp.RANGE, TimeOp.NIGHT, TimeOp.SEASON, TimeOp.SOLAR);

  @Override
  public void annotate(Resolution r) {
    TimeHit last = null;
    int paragraph = -1;
    for (TimeHit h : r.hits) {
      if (h.paragraph != paragraph) {
        last = null;
        paragraph = h.paragraph;
      }
      h.narrative = last;
      if (frames(r, h)) {
        last = h;
      }
    }
  }

  static boolean frames(Resolution r, TimeHit h) {
    return h.usable()
        && h.anchor.startsWith("absolute")
        && !h.since
        && !h.has("mention")
        && FRAMING.contains(h.op())
        && (h.value.isSingleDay() || opensSentence(r, h));
  }

  /**
   * A year or a month frames only from the start of its sentence ("En 1997, ..."); inside it, it is
   * mostly background ("Créé en 2011, le mouvement a perdu en février ...").
   */
  private static boolean opensSentence(Resolution r, TimeHit h) {
    int s = r.sentenceAround(h.start, r.paragraph(h)).start();
    for (int i = s; i < h.start; i++) {
      char c = r.norm.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The day the narrative is at, just before {@code h}: the last dated expression of its paragraph
   * (its own value, not a complement's, a week or less), else the document's reference.
   */
  static Reference day(Resolution r, TimeHit h) {
    TimeHit best = null;
    for (TimeHit o : r.hits) {
      if (o.start >= h.start) {
        break;
      }
      if (o.paragraph == h.paragraph
          && o.usable()
          && (o.kind == TimeKind.DATE || o.kind == TimeKind.TIME)
          && java.time.temporal.ChronoUnit.DAYS.between(o.value.from(), o.value.to()) < 7) {
        best = o;
      }
    }
    if (best == null) {
      return r.reference;
    }
    return new Reference(best.value, best, "expression:" + best.start);
  }
}

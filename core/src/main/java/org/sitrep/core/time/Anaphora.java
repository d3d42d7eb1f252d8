package org.sitrep.core.time;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.model.DateInterval;
import org.sitrep.model.TimeKind;

/**
 * Step 9: expressions counted from another one of the text, in text order so that a chain ("le
 * lendemain ... le surlendemain") builds on itself: "trois jours plus tard", "la veille", "le même
 * jour" from the previous expression; "trois jours après le 10 août" from the inner date; "trois
 * semaines après la prise de Kaboul" dates its complement; clock times and parts of the day ("à 22
 * h", "dans la soirée") take the day of the nearest date of their sentence, else the day the
 * narrative is at ({@link NarrativeReference#day}).
 */
final class Anaphora implements TimeAnnotator {
  private static final Pattern ADJACENT =
      Pattern.compile("\\s*(?:(?:le|la|les|l'|du|de la|de l'|the)\\s*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()«»\"“”]");

  @Override
  public void annotate(Resolution r) {
    for (int i = 0; i < r.hits.size(); i++) {
      TimeHit h = r.hits.get(i);
      if (TimeHit.dependent(h.op()) && h.keyDate == null) {
        resolve(r, i);
      }
    }
  }

  private static void resolve(Resolution r, int i) {
    List<TimeHit> hits = r.hits;
    String norm = r.norm;
    Reference ref = r.reference;
    TimeHit h = hits.get(i);
    h.kind = h.pattern.kind();
    TimeOp op = h.op();
    switch (op) {
      case AFTER, BEFORE -> {
        int n = r.number(h);
        String unit = r.unit(h, "unit");
        TimeHit next = i + 1 < hits.size() ? hits.get(i + 1) : null;
        if (next != null
            && next.value != null
            && !TimeHit.dependent(next.op())
            && ADJACENT.matcher(norm).region(h.end, next.start).matches()) {
          // "trois jours après le 10 août": one expression, counted from the inner date.
          h.value = DateMath.shift(next.value, op == TimeOp.AFTER ? n : -n, unit, true);
          h.anchor = next.anchor;
          h.end = next.end;
          h.since = false;
          next.merged = true;
          return;
        }
        // "trois semaines après la prise de Kaboul": the clause's time is n units after an
        // event, so the value dates that event (the complement), counted back from the clause.
        TimeHit gov = nearestInSentence(hits, h, norm, false);
        DateInterval base = gov != null ? gov.value : ref.value();
        if (base == null) {
          h.anchor = "unanchored";
          return;
        }
        h.value = DateMath.shift(base, op == TimeOp.AFTER ? -n : n, unit, true);
        h.anchor = "complement:" + (gov != null ? "expression:" + gov.start : ref.anchor());
        h.complement = true;
      }
      case LATER, EARLIER -> {
        int n = r.number(h);
        String unit = r.unit(h, "unit");
        TimeHit prev = previous(hits, i);
        from(h, prev, ref, b -> DateMath.shift(b, op == TimeOp.LATER ? n : -n, unit, true));
      }
      case PREVREL -> {
        // "le matin même", "that morning": a part of the day of the day counted from.
        String v = r.word(h, "relprev").orElse(null);
        if (v == null) {
          v = r.word(h, "relprevtime").orElse("0");
          h.kind = TimeKind.TIME;
        }
        int off = DateMath.range(v)[0];
        // "le lendemain de l'attaque du 26 août": a date later in the same clause is what the
        // day is counted from; otherwise the previous expression.
        // "la veille", "le surlendemain" turn around the narrative's focal day, not around
        // another such anaphor ("Le 7 janvier ... La veille ... le surlendemain" is the 9th);
        // "le même jour" stays on the day the narrative is at.
        TimeHit next = nextInClause(hits, i, norm);
        TimeHit prev = off == 0 ? previous(hits, i) : focal(hits, i);
        from(h, next != null ? next : prev, ref, b -> DateMath.shift(b, off, "day", false));
      }
      case CLOCK, PARTOFDAY -> {
        TimeHit gov = nearestInSentence(hits, h, norm, true);
        if (gov != null) {
          h.value = gov.value;
          h.anchor = "expression:" + gov.start;
        } else {
          Reference day = NarrativeReference.day(r, h);
          h.value = day.value();
          h.anchor = day.anchor();
        }
      }
      default -> throw new IllegalStateException("not a dependent rule: " + op);
    }
  }

  private static boolean dayAnaphor(TimeOp op) {
    return op == TimeOp.PREVREL || op == TimeOp.LATER || op == TimeOp.EARLIER;
  }

  private static void from(
      TimeHit h, TimeHit prev, Reference ref, Function<DateInterval, DateInterval> f) {
    if (prev != null) {
      h.value = f.apply(prev.value);
      h.anchor = "expression:" + prev.start;
    } else if (ref.value() != null) {
      h.value = f.apply(ref.value());
      h.anchor = ref.anchor();
    } else {
      h.anchor = "unanchored";
    }
  }

  private static TimeHit nextInClause(List<TimeHit> hits, int i, String norm) {
    TimeHit h = hits.get(i);
    for (int j = i + 1; j < hits.size(); j++) {
      TimeHit n = hits.get(j);
      if (n.sentence != h.sentence || CLAUSE_BREAK.matcher(norm).region(h.end, n.start).find()) {
        return null;
      }
      if (n.value != null && !TimeHit.dependent(n.op()) && !n.invalid) {
        return n;
      }
    }
    return null;
  }

  /**
   * The last earlier expression dated by itself, not counted from another one; else the last
   * earlier expression with a date.
   */
  private static TimeHit focal(List<TimeHit> hits, int i) {
    for (int j = i - 1; j >= 0; j--) {
      TimeHit p = hits.get(j);
      if (p.usable() && !TimeHit.dependent(p.op())) {
        return p;
      }
    }
    return previous(hits, i);
  }

  /** The last earlier expression with a date of its own (not a complement's). */
  private static TimeHit previous(List<TimeHit> hits, int i) {
    for (int j = i - 1; j >= 0; j--) {
      TimeHit p = hits.get(j);
      if (p.usable()) {
        return p;
      }
    }
    return null;
  }

  /**
   * The nearest dated expression of the same sentence, preferring one in the same clause; with
   * {@code anaphors}, also one counted from another ("le lendemain", already resolved), but never
   * another clock time or part of the day.
   */
  private static TimeHit nearestInSentence(
      List<TimeHit> hits, TimeHit h, String norm, boolean anaphors) {
    TimeHit best = null;
    long bestScore = Long.MAX_VALUE;
    for (TimeHit o : hits) {
      // Right next to it counts as the same sentence: "at 9:15 a.m. on Wednesday" may be cut in
      // two by the sentence splitter.
      boolean touching = Math.max(h.start, o.start) - Math.min(h.end, o.end) <= 1;
      if (o == h
          || (o.sentence != h.sentence && !touching)
          || !o.usable()
          || (TimeHit.dependent(o.op()) && !(anaphors && dayAnaphor(o.op())))) {
        continue;
      }
      int a = Math.min(h.end, o.end);
      int b = Math.max(h.start, o.start);
      long score = Math.max(0, b - a);
      if (b > a && CLAUSE_BREAK.matcher(norm).region(a, b).find()) {
        score += 100_000;
      }
      if (score < bestScore) {
        best = o;
        bestScore = score;
      }
    }
    return best;
  }
}

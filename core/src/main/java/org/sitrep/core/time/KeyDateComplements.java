package org.sitrep.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.text.Sentence;
import org.sitrep.model.DateInterval;

/**
 * Step 4: "près d'une semaine après que les talibans ont pris le contrôle du pays": an AFTER/BEFORE
 * count followed, in its clause, by a phrase naming a key dated happening of a theatre (data): the
 * complement is that happening's date, and the clause's time is counted from it. "près
 * d'/nearly/almost" with weeks or more: not quite n units.
 */
final class KeyDateComplements implements TimeAnnotator {
  /** How far after "après/after" the phrase naming a key happening may start. */
  private static final int KEY_PHRASE_REACH = 80;

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()«»\"“”]");

  @Override
  public void annotate(Resolution r) {
    if (r.rules.keyDates().isEmpty()) {
      return;
    }
    List<TimeHit> hits = r.hits;
    String norm = r.norm;
    for (int i = 0; i < hits.size(); i++) {
      TimeHit h = hits.get(i);
      TimeOp op = h.op();
      if (op != TimeOp.AFTER && op != TimeOp.BEFORE) {
        continue;
      }
      TimeHit next = i + 1 < hits.size() ? hits.get(i + 1) : null;
      int end = Math.min(norm.length(), h.end + 2 * KEY_PHRASE_REACH);
      if (next != null) {
        end = Math.min(end, next.start); // another time expression: it is what is counted from
      }
      for (Sentence s : r.sentences) {
        if (s.span().start() <= h.start && h.start < s.span().end()) {
          end = Math.min(end, s.span().end());
        }
      }
      Matcher brk = CLAUSE_BREAK.matcher(norm).region(h.end, end);
      if (brk.find()) {
        end = brk.start();
      }
      KeyDate found = null;
      int foundAt = Integer.MAX_VALUE;
      for (KeyDate k : r.rules.keyDates()) {
        Matcher m = k.phrase().matcher(norm).region(h.end, end).useTransparentBounds(true);
        if (m.find() && m.start() <= h.end + KEY_PHRASE_REACH && m.start() < foundAt) {
          found = k;
          foundAt = m.start();
        }
      }
      if (found == null) {
        continue;
      }
      int n = r.number(h);
      String unit = r.unit(h, "unit");
      int sign = op == TimeOp.AFTER ? 1 : -1;
      DateInterval v = DateMath.shift(DateInterval.day(found.date()), sign * n, unit, true);
      if (h.has("nearly") && DateMath.tolerance(unit) > 0) {
        // "nearly a week after": not quite a week, so at most the day before the week is full.
        LocalDate cap = DateMath.plus(found.date(), sign * n, unit).minusDays(sign);
        v =
            sign > 0
                ? new DateInterval(v.from(), cap.isBefore(v.to()) ? cap : v.to(), v.precision())
                : new DateInterval(cap.isAfter(v.from()) ? cap : v.from(), v.to(), v.precision());
      }
      // As for any "N units après X", the value dates the complement X, here known exactly; the
      // clause's own time (the key date plus N units) is kept to narrow the reference.
      h.kind = h.pattern.kind();
      h.value = DateInterval.day(found.date());
      h.anchor = "complement:keydate:" + found.id();
      h.complement = true;
      h.keyDate = found.id();
      h.clauseValue = v;
    }
  }
}

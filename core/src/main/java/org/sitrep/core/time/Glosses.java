package org.sitrep.core.time;

import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.sitrep.model.DateInterval;

/**
 * Step 10: a time expression glossed in brackets right after it ("on the weekend (25-26 February)",
 * "on Monday (14/05)", "Around 4 May (3-4 May)"): one time, told twice. The expression keeps the
 * more precise of the two values (the gloss when it is no wider) and the gloss is folded into it,
 * so that it does not count as a second, nearer date.
 */
final class Glosses implements TimeAnnotator {
  private static final Pattern OPEN = Pattern.compile("\\s*\\(\\s*");
  private static final Pattern CLOSE = Pattern.compile("\\s*\\)");

  @Override
  public void annotate(Resolution r) {
    for (int i = 0; i + 1 < r.hits.size(); i++) {
      TimeHit h = r.hits.get(i);
      TimeHit g = r.hits.get(i + 1);
      if (!h.usable()
          || !g.usable()
          || g.paragraph != h.paragraph
          || h.report
          || !OPEN.matcher(r.norm).region(h.end, g.start).matches()
          || !CLOSE.matcher(r.norm).region(g.end, r.norm.length()).lookingAt()) {
        continue;
      }
      if (width(g.value) <= width(h.value)) {
        h.value = g.value;
        h.anchor = "expression:" + g.start;
      }
      g.merged = true;
    }
  }

  private static long width(DateInterval v) {
    return ChronoUnit.DAYS.between(v.from(), v.to());
  }
}

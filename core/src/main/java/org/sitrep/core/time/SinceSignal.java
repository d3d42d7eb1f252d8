package org.sitrep.core.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CharSpan;

/**
 * Step 2: "depuis mardi", "since 1998". The word is a signal, not part of the date: the span is the
 * date itself and its value the date's own (as TimeML marks it); the hit only remembers that it
 * looks back, so a date without a year is placed in the past.
 */
final class SinceSignal implements TimeAnnotator {
  /** How far before an expression its "depuis/since" may start. */
  private static final int REACH = 24;

  @Override
  public void annotate(Resolution r) {
    Optional<Pattern> since = r.rules.sincePrefix();
    Optional<Pattern> leading = r.rules.sinceWord();
    for (TimeHit h : r.hits) {
      if (leading.isPresent() && !h.has("since") && signalled(h.op())) {
        // A pattern that takes the word in among its prepositions ("since the summer").
        Matcher w = leading.get().matcher(r.norm).region(h.start, h.end);
        if (w.lookingAt() && w.end() < h.end) {
          h.since = true;
          h.start = w.end();
          continue;
        }
      }
      if (h.has("since")) {
        // The pattern itself holds the word ("depuis 1998"): leave it out of the span.
        h.since = true;
        h.start = skipWord(r.norm, h.start, h.g.get("since"), h.end);
        continue;
      }
      if (since.isEmpty() || !signalled(h.op())) {
        continue;
      }
      CharSpan p = r.paragraph(h);
      Matcher m = since.get().matcher(r.norm);
      m.region(Math.max(p.start(), h.start - REACH), h.start);
      m.useTransparentBounds(true);
      h.since = m.find();
    }
  }

  private static boolean signalled(TimeOp op) {
    return op == TimeOp.DATE
        || op == TimeOp.YEAR
        || op == TimeOp.WEEKDAY
        || op == TimeOp.RELDAY
        || op == TimeOp.CALUNIT
        || op == TimeOp.WEEKEND
        || op == TimeOp.SEASON;
  }

  /** The offset after {@code word} and the spaces after it, when the text there starts with it. */
  static int skipWord(String norm, int start, String word, int end) {
    if (word == null || !norm.regionMatches(true, start, word, 0, word.length())) {
      return start;
    }
    int i = start + word.length();
    while (i < end && Character.isWhitespace(norm.charAt(i))) {
      i++;
    }
    return i < end ? i : start;
  }
}

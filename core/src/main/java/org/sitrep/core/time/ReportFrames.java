package org.sitrep.core.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CharSpan;

/**
 * Step 3b: dates that say when something was reported or restated, not when it happened (data: the
 * {@code reportafter}, {@code reportbefore} and {@code restate} classes).
 *
 * <ul>
 *   <li>A <b>report date</b> ("On 5 June, it was reported that ...", "source dated 04/06") is the
 *       day of the report: the relative expressions of its paragraph ("last week", "two months
 *       ago") count from it ({@link AnchorValues#relative()}), and it dates a happening only when
 *       nothing else of the sentence does (anchor {@code ;report}, {@link TimeAnchors}).
 *   <li>A <b>restated date</b> ("The raid occurred on 14/06.", "the event took place on 09/07") is
 *       the date of a happening told before it: an earlier sentence with no date of its own takes
 *       it (anchor {@code ;restate}).
 * </ul>
 */
final class ReportFrames implements TimeAnnotator {
  /** How far before a date its "source dated" may start. */
  private static final int REACH = 40;

  @Override
  public void annotate(Resolution r) {
    Optional<Pattern> after = r.rules.cue("reportafter");
    Optional<Pattern> before = r.rules.cue("reportbefore");
    Optional<Pattern> restate = r.rules.cue("restate");
    for (TimeHit h : r.hits) {
      if (h.op() != TimeOp.DATE || !h.has("day") || h.has("mention")) {
        continue;
      }
      CharSpan paragraph = r.paragraph(h);
      if (after.isPresent() && reportFollows(after.get(), r.norm, h.end, paragraph.end())) {
        h.report = true;
      } else if (before.isPresent()
          && reportPrecedes(
              before.get(), r.norm, Math.max(paragraph.start(), h.start - REACH), h)) {
        h.report = true;
      } else if (restate.isPresent()) {
        CharSpan sentence = r.sentenceAround(h.start, paragraph);
        CharSpan clause = ClauseTense.clause(r.norm, sentence, h);
        Matcher m = restate.get().matcher(r.norm).region(clause.start(), h.start);
        m.useTransparentBounds(true);
        h.restate = m.find();
      }
    }
  }

  /** ", it was reported that": the words right after the date, past a comma. */
  private static boolean reportFollows(Pattern p, String norm, int from, int end) {
    int i = from;
    while (i < end && (norm.charAt(i) == ',' || Character.isWhitespace(norm.charAt(i)))) {
      i++;
    }
    Matcher m = p.matcher(norm).region(i, end);
    m.useTransparentBounds(true);
    return m.lookingAt();
  }

  /**
   * "source dated": words that end right before the date (spaces between), or inside the
   * preposition the date's pattern took in ("dated 04/06").
   */
  private static boolean reportPrecedes(Pattern p, String norm, int from, TimeHit h) {
    Matcher m = p.matcher(norm).region(from, h.end);
    m.useTransparentBounds(true);
    int start = h.start;
    while (m.find()) {
      if (m.start() >= start) {
        return false;
      }
      int e = m.end();
      while (e < start && Character.isWhitespace(norm.charAt(e))) {
        e++;
      }
      if (e == start || (e > start && !hasDigit(norm, start, e))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String norm, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(norm.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

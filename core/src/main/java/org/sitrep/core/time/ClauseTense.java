package org.sitrep.core.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CharSpan;

/**
 * Step 3: the tense of each expression's clause, from cue words (data: the {@code future}, {@code
 * past} and {@code agenda} classes). A future cue wins over a past one ("les élections, reportées,
 * auront lieu dimanche"); an agenda word earlier in the sentence ("Programme : vendredi, ...")
 * makes what follows planned, so future. Expressions that say their own direction ("dernier",
 * "next", "ce", "depuis") keep {@code NONE}.
 */
final class ClauseTense implements TimeAnnotator {
  @Override
  public void annotate(Resolution r) {
    Optional<Pattern> future = r.rules.cue("future");
    Optional<Pattern> past = r.rules.cue("past");
    Optional<Pattern> agenda = r.rules.cue("agenda");
    for (TimeHit h : r.hits) {
      if (h.has("last") || h.has("next") || h.has("this") || h.since) {
        continue;
      }
      CharSpan sentence = r.sentenceAround(h.start, r.paragraph(h));
      CharSpan clause = clause(r.norm, sentence, h);
      if (future.isPresent() && found(future.get(), r.norm, clause.start(), clause.end())) {
        h.tense = TimeHit.Tense.FUTURE;
      } else if (agenda.isPresent() && found(agenda.get(), r.norm, sentence.start(), h.start)) {
        h.tense = TimeHit.Tense.FUTURE;
      } else if (past.isPresent() && found(past.get(), r.norm, clause.start(), clause.end())) {
        h.tense = TimeHit.Tense.PAST;
      }
    }
  }

  /** The clause around a hit: from the previous to the next , ; : ( ) « » or quote. */
  static CharSpan clause(String norm, CharSpan sentence, TimeHit h) {
    int a = h.start;
    while (a > sentence.start() && !isClauseBreak(norm.charAt(a - 1))) {
      a--;
    }
    int b = h.end;
    while (b < sentence.end() && !isClauseBreak(norm.charAt(b))) {
      b++;
    }
    return new CharSpan(a, Math.max(a, b));
  }

  static boolean isClauseBreak(char c) {
    return ",;:()«»\"“”".indexOf(c) >= 0;
  }

  private static boolean found(Pattern p, String norm, int from, int to) {
    if (to <= from) {
      return false;
    }
    Matcher m = p.matcher(norm);
    m.region(from, to);
    m.useTransparentBounds(true);
    return m.find();
  }
}

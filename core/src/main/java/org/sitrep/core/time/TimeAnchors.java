package org.sitrep.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.core.text.Sentence;
import org.sitrep.model.CharSpan;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeKind;

/**
 * Which date governs a stretch of text, for the event extractor: a time expression of the same
 * clause, else of the same sentence, else the nearest earlier one in the document, else the
 * document's reference (the day it says it is written on, or its publication date).
 */
public final class TimeAnchors {
  /** A time expression in the same clause as the span. */
  public static final String CLAUSE = "clause";

  /** "trois semaines après X": the span is X, dated back from its clause. */
  public static final String COMPLEMENT = "complement";

  /** A time expression elsewhere in the same sentence. */
  public static final String SENTENCE = "sentence";

  /** The nearest earlier time expression of the document. */
  public static final String PREVIOUS = "previous";

  /** A later sentence restates the date of what the span tells ("The attack occurred on X"). */
  public static final String RESTATED = "restated";

  /** The day of the report the text names ("source dated 04/06"). */
  public static final String REPORT = "report";

  /** The day the document says it is written on. */
  public static final String REFERENCE = "reference";

  /** The publication date. */
  public static final String PUBLISHED = "published";

  /** No date at all. */
  public static final String NONE = "none";

  private static final Pattern COORDINATED = Pattern.compile("\\s(?:and|et|but|mais)\\s");

  /** Punctuation, a spaced dash, or a coordinator opening a new clause ("X and on Saturday Y"). */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile("[,;:()«»\"“”]|\\s[–—-]\\s|\\s(?:and|et|but|mais)\\s");

  /**
   * An earlier expression more than this far before the reference is background ("dans les années
   * 1980"), not a date later sentences inherit.
   */
  private static final int BACKGROUND_DAYS = 365;

  private TimeAnchors() {}

  public static Anchored forSpan(DatedDocument doc, CharSpan span) {
    String text = doc.text();
    CharSpan sentence = sentenceOf(doc, span);
    TimeExpression best = null;
    long bestDistance = Long.MAX_VALUE;
    boolean bestSameClause = false;
    int bestRank = Integer.MAX_VALUE;
    List<TimeExpression> stretched = stretched(doc);
    TimeExpression frame = frame(doc, stretched, sentence);
    for (TimeExpression t : stretched) {
      if (!dated(t)
          || !sentence.contains(t.span())
          || future(doc, t.value())
          || spell(t)
          || occasion(t)
          || (aside(t) && background(doc, t.value()))) {
        continue;
      }
      if (frame != null
          && t != frame
          && frame.span().end() <= span.start()
          && t.span().start() >= span.end()) {
        // "On 2 June, people marched against the arrest of a poet the day before": the
        // date that opens the sentence frames what follows it; a date after the span tells of
        // something else the sentence adds.
        continue;
      }
      if (isComplement(t)) {
        if (span.start() >= t.span().end() && !broken(text, t.span().end(), span.start())) {
          return new Anchored(t.value(), Optional.of(t), COMPLEMENT);
        }
        continue;
      }
      int a = Math.min(span.end(), t.span().end());
      int b = Math.max(span.start(), t.span().start());
      long distance = Math.max(0, b - a);
      boolean sameClause = b <= a || !broken(text, a, b);
      if (!sameClause
          && t.span().start() >= span.end()
          && COORDINATED.matcher(text).region(a, b).find()) {
        // "... took X and on Saturday they took Y": a date after a coordinator is the next
        // clause's; one before the span, even past a comma, is nearer in meaning.
        distance += text.length();
      }
      // A mention dates the sentence only when nothing else does; a report's date only when
      // no happening's date does ("On 5 June it was reported that last week ...").
      int rank = aside(t) ? 2 : report(t) ? 1 : 0;
      if (best == null
          || rank < bestRank
          || (rank == bestRank
              && ((sameClause && !bestSameClause)
                  || (sameClause == bestSameClause && distance < bestDistance)))) {
        best = t;
        bestDistance = distance;
        bestSameClause = sameClause;
        bestRank = rank;
      }
    }
    if (best != null) {
      return new Anchored(best.value(), Optional.of(best), bestSameClause ? CLAUSE : SENTENCE);
    }
    List<TimeExpression> times = stretched;
    for (int i = times.size() - 1; i >= 0; i--) {
      TimeExpression t = times.get(i);
      if (t.span().end() <= sentence.start()
          && dated(t)
          && !isComplement(t)
          && !future(doc, t.value())) {
        if (aside(t)) {
          continue; // a date that names a thing ("the June elections") dates no later sentence
        }
        if (background(doc, t.value())) {
          break; // the text went back in time: what follows is not dated by an earlier anchor
        }
        if (spell(t)) {
          continue;
        }
        // The earlier sentence's own time is its frame, when a date opens it ("On 2 June, A
        // clashed with B the day before the visit. Two were killed."): not a date it adds.
        TimeExpression f = frame(doc, times, sentenceOf(doc, t.span()));
        if (f != null && f != t && t.span().start() >= f.span().end() && !future(doc, f.value())) {
          return new Anchored(f.value(), Optional.of(f), PREVIOUS);
        }
        return new Anchored(t.value(), Optional.of(t), PREVIOUS);
      }
    }
    // Nothing before it: a date a later sentence of the paragraph restates for what was told
    // ("... The raid occurred on 14/06."), else the day of the report the text names.
    Optional<Anchored> later = laterRestated(doc, stretched, sentence);
    if (later.isPresent()) {
      return later.get();
    }
    for (TimeExpression t : stretched) {
      if (report(t) && dated(t) && !future(doc, t.value())) {
        return new Anchored(t.value(), Optional.of(t), REPORT);
      }
    }
    Optional<DateInterval> ref = doc.referenceDate();
    if (ref.isEmpty()) {
      return new Anchored(null, Optional.empty(), NONE);
    }
    return doc.referenceExpression()
        .map(t -> new Anchored(ref.get(), Optional.of(t), REFERENCE))
        .orElseGet(() -> new Anchored(ref.get(), Optional.empty(), PUBLISHED));
  }

  /**
   * The first date after the span's sentence, in the same paragraph, that a sentence restates for a
   * happening told before ("The raid happened on 3 May.").
   */
  private static Optional<Anchored> laterRestated(
      DatedDocument doc, List<TimeExpression> times, CharSpan sentence) {
    int segment = segmentOf(doc, sentence);
    for (TimeExpression t : times) {
      if (t.span().start() < sentence.end()
          || !dated(t)
          || t.anchor() == null
          || !t.anchor().contains(";restate")
          || future(doc, t.value())
          || spell(t)) {
        continue;
      }
      if (segmentOf(doc, t.span()) != segment) {
        return Optional.empty();
      }
      return Optional.of(new Anchored(t.value(), Optional.of(t), RESTATED));
    }
    return Optional.empty();
  }

  /** The analysed segment (paragraph) holding a span's start; -1 outside every sentence. */
  private static int segmentOf(DatedDocument doc, CharSpan span) {
    for (Sentence s : doc.analyzed().sentences()) {
      if (s.span().start() <= span.start() && span.start() < Math.max(s.span().end(), 1)) {
        return s.segment();
      }
    }
    return -1;
  }

  /**
   * The date that opens the sentence and is set off by a comma or a colon ("On 2 June 2021, ...",
   * "03/05, AM, Garissa: ...", "Dimanche, ..."): it frames the sentence. Null when none does, or
   * when it is a report's date, a mention or a stretch.
   */
  private static TimeExpression frame(
      DatedDocument doc, List<TimeExpression> times, CharSpan sentence) {
    String text = doc.text();
    for (TimeExpression t : times) {
      if (t.span().start() < sentence.start() || !sentence.contains(t.span())) {
        continue;
      }
      for (int i = sentence.start(); i < t.span().start(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return null;
        }
      }
      int e = skipSpaces(text, t.span().end(), sentence.end());
      if (e < sentence.end() && text.charAt(e) == '(') {
        // "Around 21 May (exact date not reported), ...": past an aside.
        int close = text.indexOf(')', e);
        e = close < 0 || close >= sentence.end() ? e : skipSpaces(text, close + 1, sentence.end());
      }
      boolean setOff = e < sentence.end() && (text.charAt(e) == ',' || text.charAt(e) == ':');
      return setOff && dated(t) && !report(t) && !aside(t) && !spell(t) ? t : null;
    }
    return null;
  }

  private static int skipSpaces(String text, int from, int to) {
    int e = from;
    while (e < to && Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /** A report's date ("On 5 June, it was reported that", "source dated 04/06"). */
  private static boolean report(TimeExpression t) {
    return t.anchor() != null && t.anchor().contains(";report");
  }

  private static boolean dated(TimeExpression t) {
    return t.value() != null && (t.kind() == TimeKind.DATE || t.kind() == TimeKind.TIME);
  }

  /**
   * A date the text gives only in passing, as the name of a thing ("the 1999 accords", "the June
   * elections") or after a preposition the patterns mark so ("after 2007"): it dates a happening of
   * its own sentence only when nothing else there does and it is not background, and no later
   * sentence.
   */
  private static boolean aside(TimeExpression t) {
    return t.anchor() != null && t.anchor().contains(";mention");
  }

  /**
   * A day that names an occasion ("the June 21 polls", "her March 3 election victory"): the
   * occasion's date, never the date of what the sentence reports.
   */
  private static boolean occasion(TimeExpression t) {
    return t.anchor() != null && t.anchor().contains(";occasion");
  }

  static boolean isComplement(TimeExpression t) {
    return t.anchor() != null && t.anchor().startsWith("complement:");
  }

  private static boolean background(DatedDocument doc, DateInterval v) {
    Optional<DateInterval> ref = doc.referenceDate();
    if (ref.isEmpty()) {
      return false;
    }
    LocalDate limit = ref.get().from().minusDays(BACKGROUND_DAYS);
    return v.to().isBefore(limit);
  }

  /**
   * Wholly after the day the text is written ("a deadline of Sept. 11", "in six days"): a plan or a
   * forecast, never the date of what the text reports as done.
   */
  private static boolean future(DatedDocument doc, DateInterval v) {
    Optional<DateInterval> ref = doc.referenceDate();
    return ref.isPresent() && v.from().isAfter(ref.get().to());
  }

  /**
   * A stretch of years ("depuis 2015", "since 2001"): the time a state has lasted or the range of a
   * comparison ("the deadliest since 2015"), never the day of a happening.
   */
  private static boolean spell(TimeExpression t) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(t.value().from(), t.value().to());
    return days > 400
        || (t.anchor() != null && t.anchor().endsWith(";vague"))
        || (days > SINCE_DAYS && t.anchor() != null && t.anchor().contains(";since"));
  }

  /**
   * A state that has run for longer than this since its start ("les combats durent depuis février")
   * is background: its start dates no happening of the sentence.
   */
  private static final int SINCE_DAYS = 31;

  /**
   * The document's times, a date after "depuis/since" read as the stretch from it to the reference
   * ("fighting since early May" dates nothing in May): the state it starts runs on. The printed
   * expression keeps the date itself, as TimeML does.
   */
  private static List<TimeExpression> stretched(DatedDocument doc) {
    Optional<DateInterval> ref = doc.referenceDate();
    if (ref.isEmpty()) {
      return doc.times();
    }
    List<TimeExpression> out = new java.util.ArrayList<>(doc.times().size());
    for (TimeExpression t : doc.times()) {
      if (t.value() == null
          || t.anchor() == null
          || !t.anchor().contains(";since")
          || t.value().from().isAfter(ref.get().to())) {
        out.add(t);
        continue;
      }
      DateInterval r = ref.get();
      LocalDate from = t.value().from();
      DatePrecision p = t.value().precision();
      if (!r.isSingleDay()) {
        p =
            DateMath.coarsest(
                p, DateMath.coarsest(r.precision(), DateMath.widthPrecision(from, r.to())));
      }
      out.add(
          new TimeExpression(
              t.docId(),
              t.span(),
              t.text(),
              t.kind(),
              new DateInterval(from, r.to(), p),
              t.anchor()));
    }
    return out;
  }

  private static boolean broken(String text, int from, int to) {
    return from < to && CLAUSE_BREAK.matcher(text).region(from, to).find();
  }

  private static CharSpan sentenceOf(DatedDocument doc, CharSpan span) {
    // Sentences come in text order: a binary search finds the one holding the span, so that a
    // document's candidates do not each scan every sentence (quadratic, issue 17). The scan below
    // stays for a span outside every sentence.
    java.util.List<Sentence> all = doc.analyzed().sentences();
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).span().start() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int k = lo - 1;
    while (k > 0 && all.get(k - 1).span().start() == all.get(k).span().start()) {
      k--;
    }
    for (; k >= 0 && k < all.size() && all.get(k).span().start() <= span.start(); k++) {
      Sentence s = all.get(k);
      if (span.start() < Math.max(s.span().end(), 1)) {
        return s.span();
      }
    }
    for (Sentence s : all) {
      if (s.span().start() <= span.start() && span.start() < Math.max(s.span().end(), 1)) {
        return s.span();
      }
    }
    // Not inside any sentence (e.g. no sentences at all): only that span itself.
    return span;
  }
}

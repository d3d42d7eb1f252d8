package org.sitrep.core.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.sitrep.core.text.AnalyzedDocument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Segment;
import org.sitrep.model.TimeExpression;

/**
 * Rule-based time expressions: patterns and words are per-language data ({@link TimeRules}), the
 * rules that give values are {@link TimeOp}s. A document goes through a fixed sequence of small
 * annotators, each with one job (see {@link #STEPS}); values are normalised against the document's
 * reference (the publication date, or a day the text says it is written on) and, for dates without
 * a year and anaphors, against the narrative reference of their paragraph. See docs/dates.md.
 * Stateless.
 */
public final class RuleDateResolver implements DateResolver {
  /** The annotators, in the order they run. */
  static final List<TimeAnnotator> STEPS =
      List.of(
          new CandidateSpans(), // 1. spans from the patterns, longest wins
          new SinceSignal(), // 2. "depuis/since": a signal, out of the span
          new ClauseTense(), // 3. future / past / planned, from the clause's cues
          new ReportFrames(), // 3b. a report's date ("it was reported that"), a restated one
          new KeyDateComplements(), // 4. "N units after <key happening>"
          new DocumentReference(), // 5. what relative expressions count from
          AnchorValues.absolute(), // 6. dates whose text gives the year
          new NarrativeReference(), // 7. per paragraph, the last framing absolute date
          AnchorValues.relative(), // 8. dates counted from the references
          new Anaphora(), // 9. dates counted from another expression
          new Glosses()); // 10. "on the weekend (25-26 February)": one time, told twice

  private final TimeRules rules;

  public RuleDateResolver(TimeRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public DatedDocument resolve(AnalyzedDocument doc) {
    Resolution r = new Resolution(doc, rules, paragraphs(doc));
    for (TimeAnnotator step : STEPS) {
      step.annotate(r);
    }
    String text = doc.text();
    List<TimeExpression> out = new ArrayList<>();
    TimeExpression refExpr = null;
    for (TimeHit h : r.hits) {
      if (h.merged || h.invalid) {
        continue;
      }
      CharSpan span = new CharSpan(h.start, h.end);
      TimeExpression t =
          new TimeExpression(doc.id(), span, span.of(text), h.kind, h.value, anchor(h));
      out.add(t);
      if (h == r.reference.source()) {
        refExpr = t;
      }
    }
    return new DatedDocument(doc, out, r.reference.value(), refExpr);
  }

  /**
   * The anchor as printed: what the value was counted from, then ";since" for a date after
   * "depuis/since" (it starts a stretch that runs on) and ";mention" for a year that names a thing
   * ("les accords de 1999"), preceded by ";occasion" when the thing is an occasion ("the August 8
   * polls"), ";report" for a report's date, ";restate" for a date restated for what was told before
   * (ReportFrames), ";vague" for a few units back ("ces dernières semaines"). {@link TimeAnchors}
   * reads a "since" date as the stretch to the reference, does not date a happening by a background
   * mention, an occasion's day nor a vague stretch.
   */
  private static String anchor(TimeHit h) {
    String a = h.anchor;
    if (h.value != null && h.since) {
      a += ";since";
    }
    if (h.value != null && h.has("occasion")) {
      a += ";occasion";
    }
    if (h.value != null && h.has("mention")) {
      a += ";mention";
    }
    if (h.value != null && h.report) {
      a += ";report";
    }
    if (h.value != null && h.restate) {
      a += ";restate";
    }
    if (h.value != null && h.has("few")) {
      a += ";vague";
    }
    return a;
  }

  /**
   * The analysed segments (paragraphs) that hold sentences. Patterns run over a whole paragraph,
   * not sentence by sentence, because sentence splitters cut after "a.m." or "p.m.".
   */
  static List<CharSpan> paragraphs(AnalyzedDocument doc) {
    List<CharSpan> r = new ArrayList<>();
    List<Segment> segments = doc.clean().segments();
    BitSet withSentences = new BitSet();
    doc.sentences().forEach(s -> withSentences.set(s.segment()));
    for (int i = 0; i < segments.size(); i++) {
      if (withSentences.get(i)) {
        r.add(segments.get(i).span());
      }
    }
    if (r.isEmpty() && segments.isEmpty()) {
      r.add(new CharSpan(0, doc.text().length()));
    }
    return r;
  }
}

package org.sitrep.core.time;

import java.util.Map;
import org.sitrep.model.DateInterval;
import org.sitrep.model.TimeKind;

/**
 * One pattern match while a document is being resolved: what the annotators have said about it so
 * far. Mutable, lives only inside one {@link RuleDateResolver#resolve} call.
 */
final class TimeHit {
  /** What the clause says about when: the cue nearest the expression. */
  enum Tense {
    NONE,
    PAST,
    FUTURE
  }

  final TimePattern pattern;
  final int order;
  int start;
  int end;
  final Map<String, String> g;
  final int sentence;
  final int paragraph;
  boolean since;
  boolean merged;
  boolean complement;
  boolean invalid;

  /** A report's date ("On 5 June, it was reported that"; see ReportFrames). */
  boolean report;

  /** A date restated for a happening told before ("The raid occurred on 14/06"). */
  boolean restate;

  Tense tense = Tense.NONE;
  String keyDate;
  DateInterval clauseValue;

  /** The last framing absolute date of the paragraph before this one (see NarrativeReference). */
  TimeHit narrative;

  TimeKind kind;
  DateInterval value;
  String anchor = "unanchored";

  TimeHit(
      TimePattern pattern,
      int order,
      int start,
      int end,
      Map<String, String> g,
      int sentence,
      int paragraph) {
    this.pattern = pattern;
    this.order = order;
    this.start = start;
    this.end = end;
    this.g = g;
    this.sentence = sentence;
    this.paragraph = paragraph;
    this.kind = pattern.kind();
  }

  TimeOp op() {
    return pattern.op();
  }

  boolean has(String group) {
    return g.containsKey(group);
  }

  /** Dated by itself, usable as what another expression counts from. */
  boolean usable() {
    return value != null && !complement && !merged && !invalid;
  }

  /** Rules whose value is counted from another expression of the text. */
  static boolean dependent(TimeOp op) {
    return op == TimeOp.AFTER
        || op == TimeOp.BEFORE
        || op == TimeOp.LATER
        || op == TimeOp.EARLIER
        || op == TimeOp.PREVREL
        || op == TimeOp.CLOCK
        || op == TimeOp.PARTOFDAY;
  }

  @Override
  public String toString() {
    return pattern.op() + "[" + start + "," + end + ")=" + value;
  }
}

package org.sitrep.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.extract.SentenceScan.ActorRef;
import org.sitrep.core.extract.SentenceScan.Hit;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.Resolution;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.CharSpan;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;

/**
 * One event in the making, which the annotators fill in turn. Mutable while one document is read,
 * never shared between documents or threads.
 */
final class Candidate {
  SentenceScan scan;
  Hit<Trigger> trig;
  AcledSubEventType type;
  Hit<PlaceMention> place;
  boolean carried;
  boolean hint;
  ActorRef after;
  ActorRef before;
  final List<ActorRef> actors1 = new ArrayList<>();
  final List<ActorRef> actors2 = new ArrayList<>();
  ClaimStatus status = ClaimStatus.ASSERTED;
  String attributedTo;
  CharSpan attributionSpan;

  /** Its side attacked is told dead or hurt before the trigger ("nine soldiers were killed in"). */
  boolean struck;

  /** The sides named as the speaker of its attribution; empty when none is named. */
  List<ActorRef> speakers = List.of();

  /**
   * Told by a side's source noun that names no side ("the statement added", "ajoute le
   * communiqué"): the side is the speaker named before it in the text.
   */
  boolean unnamedParty;

  /**
   * A speaker named by a bare name and nothing that says who they are ("Karimi said"): its words,
   * normalised, for the look-up of where the text introduced them; else null.
   */
  List<String> speakerWords;

  /** Reported only through the article's credit line ("به گزارش X، ..."), not by its sentence. */
  boolean credited;

  boolean negated;
  boolean drop;

  /**
   * Coded by the codebook as part of another event of its sentence (a battle that wins a place).
   */
  boolean takenIn;

  // A capture whose place is that of the fighting it ends, told in a sentence before: the place is
  // as sure as that fighting's.
  boolean endsFight;

  GoverningDate date;
  Fatalities fatalities = Fatalities.NONE;
  final List<Evidence> more = new ArrayList<>();
  final List<Candidate> mergedFrom = new ArrayList<>();

  Candidate(SentenceScan scan, Hit<Trigger> trig, AcledSubEventType type) {
    this.scan = scan;
    this.trig = trig;
    this.type = type;
  }

  EventKind kind() {
    return type == null ? EventKind.TERRITORY : type.defaultKind();
  }

  String placeId() {
    return place == null ? null : placeObj().id();
  }

  Place placeObj() {
    return place == null ? null : ((Resolution.Resolved) place.what().resolution()).place();
  }
}

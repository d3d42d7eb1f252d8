package org.sitrep.core.fusion;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.ActorRole;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;

/**
 * How one report stands behind a happening, once attribution is known. A claim or a denial by a
 * party to the event (its attribution names one of the event's actors) is partisan and weighs less
 * than the same words from someone neutral.
 */
public enum Voice {
  ASSERTED,
  REPORTED,
  NEUTRAL_CLAIM,
  PARTISAN_CLAIM,
  HEDGED,
  DISPUTED,
  DENIAL,
  PARTISAN_DENIAL;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Outlets' own voice or a neutral attribution: what "held" needs. */
  public boolean confirms() {
    return this == ASSERTED || this == REPORTED;
  }

  public boolean denies() {
    return this == DENIAL || this == PARTISAN_DENIAL;
  }

  public static Voice of(Event e) {
    return of(e, parties(List.of(e)));
  }

  /**
   * The voice of one report of a happening whose parties (actors, old and new controllers, over
   * every report of it) are {@code parties}: a denial attributed to the side that lost is partisan
   * even when that report itself does not name the side. {@code parties} are name keys, as {@link
   * #parties} gives them.
   */
  public static Voice of(Event e, Set<String> parties) {
    ClaimStatus st = e.claim().status();
    boolean partisan = partisan(e.claim().attributedTo(), parties);
    switch (st) {
      case ASSERTED:
        return ASSERTED;
      case REPORTED:
        return partisan ? PARTISAN_CLAIM : REPORTED;
      case CLAIMED:
        return partisan ? PARTISAN_CLAIM : NEUTRAL_CLAIM;
      case HEDGED:
        return HEDGED;
      case DISPUTED:
        return DISPUTED;
      case DENIED:
        return partisan ? PARTISAN_DENIAL : DENIAL;
      default:
        throw new IllegalStateException("unhandled claim status " + st);
    }
  }

  /** Support and contrary weight of one report, before the extractor's confidence scales it. */
  double support(FusionSettings s) {
    switch (this) {
      case ASSERTED:
        return s.asserted();
      case REPORTED:
        return s.reported();
      case NEUTRAL_CLAIM:
        return s.neutralClaim();
      case PARTISAN_CLAIM:
        return s.partisanClaim();
      case HEDGED:
        return s.hedged();
      case DISPUTED:
        return s.disputedSupport();
      default:
        return 0;
    }
  }

  double contrary(FusionSettings s) {
    switch (this) {
      case DISPUTED:
        return s.disputedContrary();
      case DENIAL:
        return s.denial();
      case PARTISAN_DENIAL:
        return s.partisanDenial();
      default:
        return 0;
    }
  }

  static boolean partisan(String by, Set<String> parties) {
    if (by == null || by.isBlank()) {
      return false;
    }
    String text = " " + Names.key(by) + " ";
    for (String p : parties) {
      if (!p.isEmpty() && text.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The parties named by these reports (as name keys): actors, old and new controllers. */
  static Set<String> parties(List<Event> reports) {
    Set<String> p = new TreeSet<>();
    for (Event e : reports) {
      for (EventActor a : e.actors()) {
        if (a.role() != ActorRole.SOURCE) {
          p.add(Names.key(a.name()));
        }
      }
      if (e.territory() != null) {
        p.add(Names.key(e.territory().controllerAfter()));
        if (e.territory().controllerBefore() != null) {
          p.add(Names.key(e.territory().controllerBefore()));
        }
      }
    }
    return p;
  }
}

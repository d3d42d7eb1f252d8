package org.sitrep.core.extract;

import java.util.Objects;
import java.util.Set;
import org.sitrep.model.AcledSubEventType;

/**
 * One trigger of a language's lexicon. {@code type} is null for {@code CAPTURE}: territory taken by
 * force, typed by the new controller's status at the event's date.
 */
public record Trigger(TokenPattern pattern, AcledSubEventType type, Set<String> flags) {
  public static final String AFTER_NEXT = "after=next";
  public static final String BEFORE_NEXT = "before=next";
  public static final String BEFORE_FROM = "before=from";
  public static final String ADJ = "adj";
  public static final String ADJ_BEFORE = "adjbefore";
  public static final String NOUN = "noun";
  public static final String WEAK = "weak";
  public static final String VICTIM = "victim";
  public static final String LOSE = "lose";

  /**
   * A word of the place's falling ("the fall of X"): a "held by" phrase after it names the new
   * holder ("with the fall of X, the towns under Taliban control are nine"), not the old one.
   */
  public static final String FALL = "fall";

  /**
   * A development that stands apart from the fighting told with it (a call for a ceasefire or talks
   * answers the fighting): never merged into an act of its sentence (Merger).
   */
  public static final String APART = "apart";

  /**
   * A report heading ("Property destruction:", "Arrests:"): the kind of development the report
   * opens with, typing what it tells (EventTyper.heading); only at a sentence's start before a
   * colon.
   */
  public static final String HEADING = "heading";

  public Trigger {
    Objects.requireNonNull(pattern, "pattern");
    flags = Set.copyOf(flags);
  }

  public boolean territorial() {
    return type == null || type.defaultKind() == org.sitrep.model.EventKind.TERRITORY;
  }

  public boolean has(String flag) {
    return flags.contains(flag);
  }
}

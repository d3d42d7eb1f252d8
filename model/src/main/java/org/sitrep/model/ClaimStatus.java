package org.sitrep.model;

import java.util.Locale;

/**
 * How the text stands behind an event. ASSERTED: the outlet says it in its own voice. REPORTED:
 * attributed to a neutral or unnamed source. CLAIMED: asserted by a party with a stake. HEDGED:
 * "reportedly", "semble", conditional. DISPUTED: other statements in the text contradict it.
 * DENIED: the text says it did not happen.
 */
public enum ClaimStatus {
  ASSERTED,
  REPORTED,
  CLAIMED,
  HEDGED,
  DISPUTED,
  DENIED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ClaimStatus fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}

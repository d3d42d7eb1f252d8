package org.sitrep.core.fusion;

import java.util.Locale;

/**
 * HELD: confirmed by an outlet's own voice or a neutral attribution, strongly enough, and not
 * seriously disputed. CLAIMED: only claims or hedged reports stand behind it. CONTESTED: denials or
 * a rival's claims weigh at least {@link FusionSettings#contestRatio()} of the support. UNKNOWN:
 * the last news is so old that confidence fell below {@link FusionSettings#unknownBelow()}; the
 * last known controller is kept.
 */
public enum ControlStatus {
  HELD,
  CLAIMED,
  CONTESTED,
  UNKNOWN;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}

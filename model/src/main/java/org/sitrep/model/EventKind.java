package org.sitrep.model;

import java.util.Locale;

/** The contract's coarse event kind. */
public enum EventKind {
  TERRITORY,
  CLASH,
  VIOLENCE,
  EXPLOSION,
  PROTEST,
  RIOT,
  STATEMENT,
  OTHER;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EventKind fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}

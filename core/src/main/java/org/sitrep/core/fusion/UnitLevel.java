package org.sitrep.core.fusion;

import java.util.Locale;

/** The admin level a control state is about. */
public enum UnitLevel {
  PROVINCE,
  DISTRICT,
  LOCALITY;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}

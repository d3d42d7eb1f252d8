package org.sitrep.model;

import java.util.Locale;

/** How finely a date is known. Serialised in lower case, as in the contract. */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR,
  UNKNOWN;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatePrecision fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}

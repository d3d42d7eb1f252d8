package org.sitrep.model;

/** What kind of feature a gazetteer entry is; drives geo precision and disambiguation cues. */
public enum PlaceKind {
  COUNTRY,
  PROVINCE,
  DISTRICT,
  NATIONAL_CAPITAL,
  PROVINCIAL_CAPITAL,
  DISTRICT_CENTRE,
  POPULATED_PLACE,
  VALLEY,
  AIRPORT,
  FEATURE
}

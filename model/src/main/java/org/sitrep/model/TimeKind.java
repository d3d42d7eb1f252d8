package org.sitrep.model;

/** What a time expression denotes (after TimeML's TIMEX3 types). */
public enum TimeKind {
  DATE,
  TIME,
  DURATION,
  SET
}

package org.sitrep.model;

/** ACLED's six event types, with their exact published labels. */
public enum AcledEventType {
  BATTLES("Battles"),
  EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
  PROTESTS("Protests"),
  RIOTS("Riots"),
  STRATEGIC_DEVELOPMENTS("Strategic developments");

  private final String label;

  AcledEventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package org.sitrep.model;

import java.util.Objects;

/** Who holds a place after a territorial event, and who held it before when the text says. */
public record Territory(String controllerAfter, String controllerBefore) {
  public Territory {
    Objects.requireNonNull(controllerAfter, "controllerAfter");
  }
}

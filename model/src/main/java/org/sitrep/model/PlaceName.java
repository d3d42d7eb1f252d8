package org.sitrep.model;

import java.util.Objects;

/**
 * One name of a place, with its language ("und" when unknown, "fa"/"ps" for Dari/Pashto script).
 */
public record PlaceName(String name, String lang) {
  public PlaceName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lang, "lang");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank place name");
    }
  }
}

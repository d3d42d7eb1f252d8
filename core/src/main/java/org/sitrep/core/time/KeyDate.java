package org.sitrep.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dated happening of a theatre ("the fall of Kabul", 15 August 2021) and one phrase, in one
 * language, that names it. Data: {@code sitrep/theatres/<theatre>/key-dates.tsv}.
 */
public record KeyDate(String id, LocalDate date, String lang, Pattern phrase) {
  public KeyDate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(phrase, "phrase");
    if (id.isBlank()) {
      throw new IllegalArgumentException("key date id is blank");
    }
  }
}

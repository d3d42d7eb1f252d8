package org.sitrep.core.time;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.TimeKind;

/** One compiled time pattern of a language: what it matches and which rule gives its value. */
public record TimePattern(
    String lang, int line, TimeOp op, TimeKind kind, Pattern regex, Set<String> groups) {
  public TimePattern {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(regex, "regex");
    groups = Set.copyOf(groups);
  }
}

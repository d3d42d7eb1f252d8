package org.sitrep.core.fusion;

import java.util.Locale;
import java.util.Objects;

/**
 * What an analyst watches: a place (unit id, name or district), a province (every unit in it, and
 * the province itself), or an actor (any unit it gains, loses or contests). Written {@code
 * place:NAME}, {@code province:NAME}, {@code actor:NAME}.
 */
public record WatchRule(Kind kind, String value) {
  public enum Kind {
    PLACE,
    PROVINCE,
    ACTOR
  }

  public WatchRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("empty watch rule value");
    }
  }

  public static WatchRule parse(String s) {
    int i = s.indexOf(':');
    if (i <= 0) {
      throw new IllegalArgumentException(
          "watch rule must be place:NAME, province:NAME or actor:NAME: " + s);
    }
    String k = s.substring(0, i).trim().toUpperCase(Locale.ROOT);
    Kind kind;
    try {
      kind = Kind.valueOf(k);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown watch rule kind '" + s.substring(0, i) + "'", e);
    }
    return new WatchRule(kind, s.substring(i + 1).trim());
  }

  /**
   * Whether a change from {@code before} (null: first news) to {@code after} concerns this rule.
   */
  public boolean matches(ControlState before, ControlState after) {
    switch (kind) {
      case PLACE:
        return after.unit().matches(value)
            || after.localities().stream().anyMatch(n -> Names.key(n).equals(Names.key(value)));
      case PROVINCE:
        return Names.key(after.unit().admin1()).equals(Names.key(value));
      case ACTOR:
        return involves(after, value) || before != null && involves(before, value);
      default:
        return false;
    }
  }

  private static boolean involves(ControlState s, String actor) {
    String a = Names.key(actor);
    return Names.key(s.controller()).equals(a) || Names.key(s.challenger()).equals(a);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
  }
}

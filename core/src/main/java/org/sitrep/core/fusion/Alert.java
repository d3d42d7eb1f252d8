package org.sitrep.core.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A watched control state that changed on {@code day}; {@code before} is null on first news. */
public record Alert(LocalDate day, WatchRule rule, ControlState before, ControlState after) {
  public Alert {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(after, "after");
  }

  /** The alerts between two consecutive maps: a state whose controller or status changed. */
  public static List<Alert> between(ControlMap before, ControlMap after, List<WatchRule> rules) {
    List<Alert> out = new ArrayList<>();
    for (ControlState s : after.states()) {
      ControlState b = before.state(s.unit().id()).orElse(null);
      if (!s.differsFrom(b)) {
        continue;
      }
      for (WatchRule r : rules) {
        if (r.matches(b, s)) {
          out.add(new Alert(after.day(), r, b, s));
          break; // one alert per change, for the first rule that matches
        }
      }
    }
    return out;
  }

  /** Every alert on each day of {@code (from, to]}, compared with the day before. */
  public static List<Alert> over(
      ControlService svc, LocalDate from, LocalDate to, List<WatchRule> rules) {
    List<Alert> out = new ArrayList<>();
    ControlMap prev = svc.control(from);
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      ControlMap cur = svc.control(d);
      out.addAll(between(prev, cur, rules));
      prev = cur;
    }
    return out;
  }
}

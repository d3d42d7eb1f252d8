package org.sitrep.core.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;

/**
 * A daily situation report: what changed hands (or changed status) since the day before, what is
 * contested, the casualties reported for the day, and the control table; every line cites the
 * quoted spans it rests on ({@code cites} are numbers into {@code citations}). Plain text lines:
 * the renderers add the markup.
 */
public record Report(
    LocalDate day,
    List<Line> changes,
    List<Line> contested,
    List<Line> casualties,
    ControlMap control,
    List<Citation> citations) {
  public Report {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(control, "control");
    changes = List.copyOf(changes);
    contested = List.copyOf(contested);
    casualties = List.copyOf(casualties);
    citations = List.copyOf(citations);
  }

  public record Line(String text, List<Integer> cites) {
    public Line {
      Objects.requireNonNull(text, "text");
      cites = List.copyOf(cites);
    }
  }

  /** One quoted span: the document, the report (event) it supports, the exact quote. */
  public record Citation(
      int number, String docId, String eventId, int start, int end, String quote) {
    public Citation {
      Objects.requireNonNull(docId, "docId");
      Objects.requireNonNull(quote, "quote");
    }
  }

  static Report build(ControlService svc, LocalDate day) {
    ControlMap before = svc.control(day.minusDays(1));
    ControlMap after = svc.control(day);
    Citations cites = new Citations(svc);
    List<Line> changes = new ArrayList<>();
    for (ControlState s : after.states()) {
      Optional<ControlState> b = before.state(s.unit().id());
      if (s.differsFrom(b.orElse(null))) {
        String was = b.map(x -> "was " + stateWords(x)).orElse("no earlier report");
        changes.add(
            new Line(place(s) + ": " + describe(s) + " (" + was + ")", cites.of(s.eventIds())));
      }
    }
    List<Line> contested = new ArrayList<>();
    for (ControlState s : after.states()) {
      if (s.status() == ControlStatus.CONTESTED) {
        String against =
            "denied".equals(s.challenger())
                ? "denied by other reports"
                : "challenged by " + s.challenger();
        contested.add(
            new Line(
                place(s)
                    + ": "
                    + s.controller()
                    + " control "
                    + against
                    + String.format(Locale.ROOT, " (confidence %.2f)", s.confidence()),
                cites.of(s.eventIds())));
      }
    }
    List<Line> casualties = new ArrayList<>();
    int total = 0;
    for (FusedEvent e : svc.fusedEvents()) {
      if (e.kind() == EventKind.TERRITORY || !onDay(e, day) || !stated(e.fatalities())) {
        continue;
      }
      total += e.fatalities().acled();
      String where = e.location() == null ? "unknown place" : e.location().name();
      casualties.add(
          new Line(
              e.subEventType().label()
                  + " at "
                  + where
                  + " ("
                  + interval(e)
                  + "): "
                  + counts(e.fatalities())
                  + "; "
                  + e.independentSources()
                  + " independent source(s)",
              cites.of(e.memberIds())));
    }
    if (!casualties.isEmpty()) {
      casualties.add(new Line("Conservative total (ACLED rule, killed only): " + total, List.of()));
    }
    return new Report(day, changes, contested, casualties, after, cites.list);
  }

  /**
   * Whether a happening belongs to the report of {@code day}: dated to within a week that includes
   * the day, or, when only known more coarsely, ending that day (so that a month-dated event
   * appears once, not thirty times).
   */
  static boolean onDay(FusedEvent e, LocalDate day) {
    if (e.date() == null) {
      return false; // undated: on no day's report
    }
    long span = java.time.temporal.ChronoUnit.DAYS.between(e.date().from(), e.date().to());
    return e.date().contains(day) && (span < 7 || e.date().to().equals(day));
  }

  static String place(ControlState s) {
    ControlUnit u = s.unit();
    String loc =
        s.localities().stream()
            .filter(n -> !Names.key(n).equals(Names.key(u.name())))
            .findFirst()
            .map(n -> " [" + n + "]")
            .orElse("");
    return u.name()
        + loc
        + (u.admin1() != null && u.level() != UnitLevel.PROVINCE ? ", " + u.admin1() : "")
        + (u.level() == UnitLevel.PROVINCE ? " province" : "");
  }

  /** "held by X", "claimed by X", "contested: X, denied", "unknown (last known X)". */
  public static String stateWords(ControlState s) {
    switch (s.status()) {
      case CONTESTED:
        return "contested: "
            + s.controller()
            + ("denied".equals(s.challenger()) || s.challenger() == null
                ? ", denied by other reports"
                : ", challenged by " + s.challenger());
      case UNKNOWN:
        return "unknown (last known: " + s.controller() + ")";
      default:
        return s.status().wire() + " by " + s.controller();
    }
  }

  static String describe(ControlState s) {
    return stateWords(s)
        + String.format(Locale.ROOT, " (confidence %.2f", s.confidence())
        + ", since "
        + s.since()
        + ", "
        + s.sources()
        + " independent source(s))";
  }

  private static String interval(FusedEvent e) {
    if (e.date() == null) {
      return "undated";
    }
    return e.date().isSingleDay()
        ? e.date().from().toString()
        : e.date().from() + " to " + e.date().to();
  }

  public static boolean stated(Fatalities f) {
    return f.killed() != null
        || f.wounded() != null
        || f.killedOrWounded() != null
        || f.acled() > 0;
  }

  public static String counts(Fatalities f) {
    List<String> parts = new ArrayList<>();
    if (f.killed() != null) {
      parts.add(f.killed() + " killed");
    }
    if (f.wounded() != null) {
      parts.add(f.wounded() + " wounded");
    }
    if (f.killedOrWounded() != null) {
      parts.add(f.killedOrWounded() + " killed or wounded");
    }
    parts.add("ACLED fatalities " + f.acled());
    return String.join(", ", parts);
  }

  /** Numbers each quoted span once, in order of first citation. */
  private static final class Citations {
    final ControlService svc;
    final Map<String, Integer> numbers = new LinkedHashMap<>();
    final List<Citation> list = new ArrayList<>();

    Citations(ControlService svc) {
      this.svc = svc;
    }

    List<Integer> of(List<String> eventIds) {
      List<Integer> out = new ArrayList<>();
      for (String id : eventIds) {
        Optional<Event> e = svc.event(id);
        if (e.isEmpty()) {
          continue;
        }
        Evidence x = main(e.get());
        String key = x.docId() + ":" + x.start() + ":" + x.end();
        Integer n = numbers.get(key);
        if (n == null) {
          n = list.size() + 1;
          numbers.put(key, n);
          list.add(new Citation(n, x.docId(), id, x.start(), x.end(), x.quote()));
        }
        if (!out.contains(n)) {
          out.add(n);
        }
      }
      return out;
    }

    // The event's main sentence when marked, else its first span.
    private static Evidence main(Event e) {
      return e.evidence().stream()
          .filter(x -> x.role() == null || "event".equals(x.role()))
          .findFirst()
          .orElse(e.evidence().get(0));
    }
  }
}

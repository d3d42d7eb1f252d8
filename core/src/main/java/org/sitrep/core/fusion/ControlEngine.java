package org.sitrep.core.fusion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;

/**
 * The control rules for one unit (docs/control.md): walks the territorial happenings about it in
 * date order, keeping who holds it, how strongly the sources back that, and what contradicts it.
 * Pure: the day is an argument. Stateless and thread-safe.
 */
final class ControlEngine {
  /** A fused territorial event bearing on a unit, with the share of its weight that applies. */
  record Item(FusedEvent event, double scale) {
    Item {
      Objects.requireNonNull(event, "event");
      if (event.territory() == null) {
        throw new IllegalArgumentException("not a territorial event: " + event.id());
      }
    }
  }

  /** Independent sources that make a state established: one report alone cannot overturn it. */
  static final int ESTABLISHED = 2;

  private final FusionSettings s;

  ControlEngine(FusionSettings settings) {
    this.s = Objects.requireNonNull(settings, "settings");
  }

  /** What the sources say about one controller in one batch of same-day happenings. */
  private static final class Side {
    final String key;
    String name;
    final Map<String, SourceVote> votes = new TreeMap<>();
    final Set<String> ids = new TreeSet<>();
    final Set<String> localities = new TreeSet<>();
    DateInterval dated; // the most precisely dated happening of this side in the batch

    Side(String key) {
      this.key = key;
    }

    double support(Set<String> except) {
      return FusedEvent.noisyOr(
          votes.values().stream()
              .filter(v -> !except.contains(v.group()))
              .mapToDouble(SourceVote::support)
              .toArray());
    }

    double contrary() {
      return FusedEvent.noisyOr(
          votes.values().stream().mapToDouble(SourceVote::contrary).toArray());
    }

    double net() {
      return support(Set.of()) * (1 - contrary());
    }

    boolean confirmed() {
      return votes.values().stream().anyMatch(v -> v.support() > 0 && v.voice().confirms());
    }

    Set<String> supportGroups() {
      Set<String> g = new TreeSet<>();
      votes.values().stream().filter(v -> v.support() > 0).forEach(v -> g.add(v.group()));
      return g;
    }
  }

  /** The current controller's run of evidence. */
  private static final class Run {
    final String key;
    final String name;
    LocalDate since;
    DateInterval dated; // the dates of the change that began the run, as precisely as known
    LocalDate lastNews;
    double support;
    double contrary;
    boolean confirmed;
    String challenger;
    // independent sources behind the state this run overturned: when that state was established
    // by several, this run needs as many before it can be "held" (one stray report cannot flip it)
    int overturnedGroups;
    String overturned;
    final Set<String> groups = new TreeSet<>();
    final Set<String> ids = new TreeSet<>();
    final Set<String> contraryIds = new TreeSet<>();
    final Set<String> localities = new TreeSet<>();

    Run(Side side, LocalDate since) {
      this.key = side.key;
      this.name = side.name;
      this.since = since;
      this.dated = side.dated;
      this.lastNews = since;
      absorb(side);
    }

    void absorb(Side side) {
      // A more precise report of the same change (inside the dates the run began with) refines
      // when it happened: "in August" then "on the 19th" gives since the 19th.
      if (side.dated != null
          && dated != null
          && span(side.dated) < span(dated)
          && !side.dated.from().isBefore(dated.from())
          && !side.dated.from().isAfter(dated.to())) {
        dated = side.dated;
        since = side.dated.from();
      }
      support = FusedEvent.noisyOr(support, side.support(groups));
      contrary = FusedEvent.noisyOr(contrary, side.contrary());
      if (side.contrary() > 0) {
        contraryIds.addAll(side.ids);
      }
      confirmed |= side.confirmed();
      groups.addAll(side.supportGroups());
      ids.addAll(side.ids);
      localities.addAll(side.localities);
    }

    void oppose(Side rival) {
      double w = rival.net();
      if (w <= 0) {
        return;
      }
      contrary = FusedEvent.noisyOr(contrary, w);
      ids.addAll(rival.ids);
      contraryIds.addAll(rival.ids);
      challenger = rival.name;
    }

    double net() {
      return support * (1 - contrary);
    }
  }

  /**
   * The day a report enters the timeline: its first day; for one dated only to a month or coarser
   * (a month-only publication date) its last day, so that a place is never shown held before the
   * interval can be trusted to contain the change.
   */
  static LocalDate entry(DateInterval d) {
    return d.precision() == DatePrecision.DAY || d.precision() == DatePrecision.WEEK
        ? d.from()
        : d.to();
  }

  private static long span(DateInterval d) {
    return ChronoUnit.DAYS.between(d.from(), d.to());
  }

  /** The unit's state on {@code day}, or empty when no evidence about it had begun by then. */
  Optional<ControlState> stateAt(ControlUnit unit, List<Item> items, LocalDate day) {
    TreeMap<LocalDate, List<Item>> batches = new TreeMap<>();
    for (Item it : items) {
      LocalDate entry = entry(it.event().date());
      if (!entry.isAfter(day)) {
        batches.computeIfAbsent(entry, k -> new ArrayList<>()).add(it);
      }
    }
    Run run = null;
    for (var b : batches.entrySet()) {
      LocalDate t = b.getKey();
      Map<String, Side> sides = sides(b.getValue(), day);
      if (sides.values().stream().allMatch(x -> x.votes.isEmpty())) {
        continue;
      }
      if (run == null) {
        List<Side> ranked = ranked(sides);
        Side leader = ranked.get(0);
        if (leader.support(Set.of()) <= 0) {
          continue; // a denial of something never claimed holds nothing
        }
        run = new Run(leader, t);
        for (Side o : ranked.subList(1, ranked.size())) {
          run.oppose(o);
        }
        continue;
      }
      double decay = s.decay(ChronoUnit.DAYS.between(run.lastNews, t));
      run.support *= decay;
      run.contrary *= decay;
      Side cur = sides.remove(run.key);
      if (cur != null) {
        run.absorb(cur);
      }
      List<Side> rivals = ranked(sides);
      if (!rivals.isEmpty()) {
        Side top = rivals.get(0);
        // A fresh, credible claim of a change of hands takes over even when denied: the denial
        // then makes the new state contested instead of keeping the old one.
        double claim = top.support(Set.of());
        if (claim > 0 && claim >= s.overturnRatio() * run.net()) {
          Run old = run;
          run = new Run(top, t);
          if (cur != null) {
            run.oppose(cur);
          }
          if (run.challenger == null && old.net() > 0 && cur != null) {
            run.challenger = old.name;
          }
          run.overturnedGroups = old.groups.size();
          run.overturned = old.name;
          rivals = rivals.subList(1, rivals.size());
        }
        for (Side r : rivals) {
          run.oppose(r);
        }
      }
      run.lastNews = t;
    }
    if (run == null) {
      return Optional.empty();
    }
    double conf = run.net() * s.decay(ChronoUnit.DAYS.between(run.lastNews, day));
    ControlStatus status;
    String challenger = run.challenger;
    if (conf < s.unknownBelow()) {
      status = ControlStatus.UNKNOWN;
    } else if (run.contrary > 0 && run.contrary >= s.contestRatio() * run.support) {
      status = ControlStatus.CONTESTED;
    } else if (run.overturnedGroups >= ESTABLISHED && run.groups.size() < ESTABLISHED) {
      // against a state several independent sources established, one source is a challenge
      status = ControlStatus.CONTESTED;
      challenger = challenger != null ? challenger : run.overturned;
    } else if (run.confirmed && run.support >= s.heldThreshold()) {
      status = ControlStatus.HELD;
    } else {
      status = ControlStatus.CLAIMED;
    }
    return Optional.of(
        new ControlState(
            unit,
            day,
            run.name,
            status,
            Math.max(0, Math.min(1, conf)),
            run.since,
            run.lastNews,
            List.copyOf(run.ids),
            List.copyOf(run.contraryIds),
            status == ControlStatus.CONTESTED && challenger == null ? "denied" : challenger,
            run.groups.size(),
            List.copyOf(run.localities)));
  }

  private Map<String, Side> sides(List<Item> batch, LocalDate day) {
    Map<String, Side> sides = new TreeMap<>();
    List<Item> sorted = new ArrayList<>(batch);
    sorted.sort(Comparator.comparing(i -> i.event().id()));
    for (Item it : sorted) {
      FusedEvent e = it.event();
      String key = Names.key(e.territory().controllerAfter());
      Side side = sides.computeIfAbsent(key, Side::new);
      if (side.name == null) {
        side.name = e.territory().controllerAfter();
      }
      if (side.dated == null || span(e.date()) < span(side.dated)) {
        side.dated = e.date();
      }
      for (SourceVote v : SourceVote.aggregate(e.testimonies(), it.scale(), day)) {
        side.votes.merge(v.group(), v, SourceVote::combine);
        side.ids.addAll(v.eventIds());
      }
      for (Event m : e.members()) {
        if (m.location() != null && !entry(m.date()).isAfter(day)) {
          side.localities.add(m.location().name());
        }
      }
    }
    return sides;
  }

  /** Strongest net support first; ties to more support, then to the name. */
  private static List<Side> ranked(Map<String, Side> sides) {
    List<Side> l = new ArrayList<>(sides.values());
    l.removeIf(x -> x.votes.isEmpty());
    l.sort(
        Comparator.comparingDouble((Side x) -> -x.net())
            .thenComparingDouble(x -> -x.support(Set.of()))
            .thenComparing(x -> x.key));
    return l;
  }
}

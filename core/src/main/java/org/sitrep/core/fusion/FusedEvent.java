package org.sitrep.core.fusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Claim;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;

/**
 * One happening as told by every report of it: the reports themselves ({@code members}, sorted by
 * id), every report's testimony, and the merged fields. {@code unit} is set for territorial events:
 * the place whose control they are about. {@code date} is null for an undated report (it fuses with
 * none and never enters the control map).
 */
public record FusedEvent(
    String id,
    EventKind kind,
    AcledSubEventType subEventType,
    DateInterval date,
    Location location,
    ControlUnit unit,
    List<EventActor> actors,
    Territory territory,
    Fatalities fatalities,
    Claim claim,
    List<Event> members,
    List<Testimony> testimonies) {
  public FusedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    actors = List.copyOf(actors);
    members = List.copyOf(members);
    testimonies = List.copyOf(testimonies);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("fused event " + id + " has no report");
    }
  }

  public List<String> memberIds() {
    return members.stream().map(Event::eventId).toList();
  }

  public List<String> docIds() {
    Set<String> d = new TreeSet<>();
    members.forEach(m -> d.addAll(m.docIds()));
    return List.copyOf(d);
  }

  /** All quoted spans, each once, by document and offset. */
  public List<Evidence> evidence() {
    Set<Evidence> all = new LinkedHashSet<>();
    members.forEach(m -> all.addAll(m.evidence()));
    List<Evidence> out = new ArrayList<>(all);
    out.sort(
        Comparator.comparing(Evidence::docId)
            .thenComparingInt(Evidence::start)
            .thenComparingInt(Evidence::end)
            .thenComparing(x -> String.valueOf(x.role())));
    return out;
  }

  /** One vote per independent source: the strongest word any of its reports gives. */
  public List<SourceVote> votes() {
    return SourceVote.aggregate(testimonies, 1.0, null);
  }

  /** Number of independent sources that support the happening (wire copies count once). */
  public int independentSources() {
    return (int) votes().stream().filter(v -> v.support() > 0).count();
  }

  public int denyingSources() {
    return (int) votes().stream().filter(v -> v.contrary() > 0).count();
  }

  /** Noisy-OR of the sources' support. */
  public double support() {
    return noisyOr(votes().stream().mapToDouble(SourceVote::support).toArray());
  }

  /** Noisy-OR of the sources' contrary weight (denials, disputes). */
  public double contrary() {
    return noisyOr(votes().stream().mapToDouble(SourceVote::contrary).toArray());
  }

  public boolean confirmed() {
    return votes().stream().anyMatch(v -> v.voice().confirms());
  }

  public double confidence() {
    return support() * (1 - contrary());
  }

  /** The fused happening in the contract's event shape (its id is the fused id). */
  public Event toEvent() {
    return new Event(
        id,
        docIds(),
        kind,
        subEventType,
        date,
        location,
        actors,
        territory,
        fatalities,
        claim,
        evidence(),
        Math.min(1, Math.max(0, confidence())));
  }

  static double noisyOr(double... ws) {
    double none = 1;
    for (double w : ws) {
      none *= 1 - w;
    }
    return 1 - none;
  }
}

package org.sitrep.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-place control state the streaming job keeps, and how one territorial event moves it. The
 * rule is deliberately small and order-tolerant: the latest change by event date wins; a report
 * dated before the current state's start is stale and changes nothing; on the same start date the
 * more confident report wins (then the smaller event id, so replays are deterministic). Pure:
 * nothing here knows about Flink.
 */
public final class ControlFold {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ControlFold() {}

  /** Who holds a place since when, on which event. A Flink value-state POJO. */
  public static class State implements Serializable {
    private static final long serialVersionUID = 1L;
    public String controller;
    public String since;
    public String eventId;
    public double confidence;

    public State() {}

    State(String controller, String since, String eventId, double confidence) {
      this.controller = controller;
      this.since = since;
      this.eventId = eventId;
      this.confidence = confidence;
    }
  }

  /** A change of control, as streamed out. */
  public record Change(
      String placeKey,
      String placeName,
      String controllerBefore,
      String controllerAfter,
      LocalDate since,
      String eventId,
      double confidence) {
    public Change {
      Objects.requireNonNull(placeKey, "placeKey");
      Objects.requireNonNull(controllerAfter, "controllerAfter");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(eventId, "eventId");
    }

    /** {@code {"place_key", "name", "controller_before", "controller_after", "since", ...}}. */
    public String json() {
      ObjectNode n = JSON.createObjectNode();
      n.put("place_key", placeKey);
      n.put("name", placeName);
      n.put("controller_before", controllerBefore);
      n.put("controller_after", controllerAfter);
      n.put("since", since.toString());
      n.put("event_id", eventId);
      n.put("confidence", confidence);
      return n.toString();
    }
  }

  /** The new state after {@code e}, or empty when {@code e} does not change who holds the place. */
  public static Optional<State> apply(State current, PlaceEvent e) {
    if (!e.movesControl()) {
      return Optional.empty();
    }
    State next = new State(e.controllerAfter, e.dateFrom, e.eventId, e.confidence);
    if (current == null) {
      return Optional.of(next);
    }
    int byDate = LocalDate.parse(e.dateFrom).compareTo(LocalDate.parse(current.since));
    if (byDate < 0) {
      return Optional.empty();
    }
    if (e.controllerAfter.equals(current.controller)) {
      return Optional.empty();
    }
    if (byDate == 0
        && (e.confidence < current.confidence
            || (e.confidence == current.confidence && e.eventId.compareTo(current.eventId) > 0))) {
      return Optional.empty();
    }
    return Optional.of(next);
  }

  /**
   * The change to stream out when {@code e} moved the state from {@code before} to {@code after}.
   */
  public static Change change(State before, State after, PlaceEvent e) {
    return new Change(
        e.placeKey,
        e.placeName,
        before != null ? before.controller : e.controllerBefore,
        after.controller,
        LocalDate.parse(after.since),
        after.eventId,
        after.confidence);
  }
}

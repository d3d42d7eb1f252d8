package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One happening, as the contract prints it. {@code territory} is present exactly when {@code kind}
 * is {@link EventKind#TERRITORY}; {@code location} is null only when no place could be resolved;
 * {@code date} is null only when neither the text nor the document's publication date dates it
 * (printed as {@code {"from": null, "to": null, "precision": "unknown"}}). Every event carries at
 * least one piece of evidence.
 */
public record Event(
    String eventId,
    List<String> docIds,
    EventKind kind,
    AcledSubEventType subEventType,
    DateInterval date,
    Location location,
    List<EventActor> actors,
    Territory territory,
    Fatalities fatalities,
    Claim claim,
    List<Evidence> evidence,
    double confidence) {
  public Event {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subEventType, "subEventType");
    Objects.requireNonNull(fatalities, "fatalities");
    Objects.requireNonNull(claim, "claim");
    docIds = List.copyOf(docIds);
    actors = List.copyOf(actors);
    evidence = List.copyOf(evidence);
    if (docIds.isEmpty()) {
      throw new IllegalArgumentException("event " + eventId + " has no document");
    }
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("event " + eventId + " has no evidence");
    }
    if ((kind == EventKind.TERRITORY) != (territory != null)) {
      throw new IllegalArgumentException(
          "event " + eventId + ": territory must be present exactly when kind is territory");
    }
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
    // Held at the three decimals the wire carries, so that an event read back from JSON Lines, the
    // store or a Kafka topic fuses to the same control figures as the one extracted in memory.
    confidence = Math.round(confidence * 1000) / 1000.0;
  }

  /** Whether the event has a date (an undated document's event may have none). */
  public boolean dated() {
    return date != null;
  }

  public AcledEventType eventType() {
    return subEventType.eventType();
  }
}

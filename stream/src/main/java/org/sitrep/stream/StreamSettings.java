package org.sitrep.stream;

import java.io.Serializable;
import java.util.Objects;

/**
 * Settings of the streaming job, validated once at the edge. {@code db} (store URL or SQLite file)
 * and {@code gazetteer} (file on every task manager) are optional; {@code bounded} stops the job at
 * the offsets that were latest when it started (replays, tests).
 */
public record StreamSettings(
    String bootstrap,
    String documentsTopic,
    String eventsTopic,
    String controlTopic,
    String groupId,
    String db,
    String gazetteer,
    int parallelism,
    boolean bounded)
    implements Serializable {
  public static final String DOCUMENTS = "sitrep.documents";
  public static final String EVENTS = "sitrep.events";
  public static final String CONTROL = "sitrep.control";

  public StreamSettings {
    Objects.requireNonNull(bootstrap, "bootstrap");
    Objects.requireNonNull(documentsTopic, "documentsTopic");
    Objects.requireNonNull(eventsTopic, "eventsTopic");
    Objects.requireNonNull(controlTopic, "controlTopic");
    Objects.requireNonNull(groupId, "groupId");
    if (bootstrap.isBlank()) {
      throw new IllegalArgumentException("Kafka bootstrap servers are required");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1: " + parallelism);
    }
  }
}

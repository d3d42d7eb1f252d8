package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.wire.EventJson;

/**
 * One line of a gold file, in the seeds' gold format ({@code ../shared/dev/seeds.gold.jsonl}):
 * {@code gold} is "core" (must be found), "optional" (may be) or "forbidden" (must not be). Absent
 * fields are null and not scored. {@code subEventType} is this project's addition (the ACLED
 * label).
 */
public record GoldEvent(
    int line,
    String doc,
    String gold,
    String kind,
    String subEventType,
    String place,
    String admin1,
    String admin2,
    Double lat,
    Double lon,
    String controllerAfter,
    LocalDate dateFrom,
    LocalDate dateTo,
    String claim,
    String claimedBy,
    List<String> actors,
    Integer killed,
    Integer killedOrWounded,
    Integer acledFatalities,
    String why) {
  public GoldEvent {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(kind, "kind");
    if (!List.of("core", "optional", "forbidden").contains(gold)) {
      throw new IllegalArgumentException("gold line " + line + ": unknown gold class " + gold);
    }
    actors = actors == null ? null : List.copyOf(actors);
  }

  /** Parses a whole gold file; a bad line throws naming its number. */
  public static List<GoldEvent> parse(String jsonl) {
    List<GoldEvent> out = new ArrayList<>();
    String[] lines = jsonl.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      try {
        out.add(of(i + 1, EventJson.mapper().readTree(l)));
      } catch (JsonProcessingException | DateTimeParseException e) {
        throw new IllegalArgumentException("gold line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  static GoldEvent of(int line, JsonNode n) {
    if (!n.hasNonNull("doc") || !n.hasNonNull("kind") || !n.hasNonNull("gold")) {
      throw new IllegalArgumentException("gold line " + line + ": doc, gold and kind are required");
    }
    List<String> actors = null;
    if (n.hasNonNull("actors")) {
      actors = new ArrayList<>();
      for (JsonNode a : n.get("actors")) {
        actors.add(a.asText());
      }
    }
    return new GoldEvent(
        line,
        n.get("doc").asText(),
        n.get("gold").asText(),
        n.get("kind").asText(),
        text(n, "sub_event_type"),
        text(n, "place"),
        text(n, "admin1"),
        text(n, "admin2"),
        n.hasNonNull("lat") ? n.get("lat").asDouble() : null,
        n.hasNonNull("lon") ? n.get("lon").asDouble() : null,
        text(n, "controller_after"),
        n.hasNonNull("date_from") ? LocalDate.parse(n.get("date_from").asText()) : null,
        n.hasNonNull("date_to") ? LocalDate.parse(n.get("date_to").asText()) : null,
        text(n, "claim"),
        text(n, "claimed_by"),
        actors,
        integer(n, "killed"),
        integer(n, "killed_or_wounded"),
        integer(n, "acled_fatalities"),
        text(n, "why"));
  }

  private static String text(JsonNode n, String f) {
    return n.hasNonNull(f) ? n.get(f).asText() : null;
  }

  private static Integer integer(JsonNode n, String f) {
    return n.hasNonNull(f) ? n.get(f).asInt() : null;
  }

  /** Whether the gold line states a field (present, even as null, counts for casualty fields). */
  public boolean hasPlace() {
    return place != null || lat != null;
  }
}

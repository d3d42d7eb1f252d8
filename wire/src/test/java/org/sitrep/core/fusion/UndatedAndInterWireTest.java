package org.sitrep.core.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.core.fusion.Fixtures.KUNDUZ;
import static org.sitrep.core.fusion.Fixtures.aug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.wire.AcledCsv;
import org.sitrep.wire.EventJson;
import org.sitrep.wire.EventLines;

/** The contract's extensions on the wire: undated events and ACLED actor-type codes. */
class UndatedAndInterWireTest {
  private static final ObjectMapper M = new ObjectMapper();

  private static Event attack(String id, DateInterval date) {
    return attack(id, date, 0.8);
  }

  private static Event attack(String id, DateInterval date, double confidence) {
    String quote = "Own fixture: police fired on a crowd of farmers in the market.";
    return new Event(
        id,
        List.of("doc-" + id),
        EventKind.VIOLENCE,
        AcledSubEventType.ATTACK,
        date,
        KUNDUZ,
        List.of(
            new EventActor("Police Forces of Kenya", ActorRole.ACTOR1, null, 1),
            new EventActor("Civilians (Kenya)", ActorRole.ACTOR2, null, 7)),
        null,
        Fatalities.NONE,
        new Claim(ClaimStatus.ASSERTED, null),
        List.of(new Evidence("doc-" + id, 0, quote.length(), quote, null)),
        confidence);
  }

  @Test
  void anEventReadBackFromItsLineIsTheSameEventConfidenceIncluded() throws Exception {
    // a confidence with more decimals than the wire carries: the pipe, the store and the stream
    // must fuse the same number (issue 14's same-answer rule)
    Event e = attack("c", DateInterval.day(aug(21)), 2.0 / 3);
    assertThat(e.confidence()).isEqualTo(0.667);
    assertThat(EventLines.parse(M.readTree(EventJson.toJson(e)))).isEqualTo(e);
  }

  @Test
  void anUndatedEventPrintsNullDatesWithPrecisionUnknownAndReadsBack() throws Exception {
    Event e = attack("u", null);
    JsonNode n = M.readTree(EventJson.toJson(e));
    assertThat(n.get("date").get("from").isNull()).isTrue();
    assertThat(n.get("date").get("to").isNull()).isTrue();
    assertThat(n.get("date").get("precision").asText()).isEqualTo("unknown");
    Event back = EventLines.parse(n);
    assertThat(back.date()).isNull();
    assertThat(back).isEqualTo(e);
  }

  @Test
  void actorsCarryTheirInterCodeOnTheWire() throws Exception {
    Event e = attack("d", DateInterval.day(aug(21)));
    JsonNode a = M.readTree(EventJson.toJson(e)).get("actors");
    assertThat(a.get(0).get("inter").asInt()).isEqualTo(1);
    assertThat(a.get(1).get("inter").asInt()).isEqualTo(7);
    assertThat(EventLines.parse(M.readTree(EventJson.toJson(e))).actors())
        .extracting(EventActor::inter)
        .containsExactly(1, 7);
    // ACLED's codes are 1 to 8
    assertThatThrownBy(() -> new EventActor("Someone", ActorRole.ACTOR1, null, 9))
        .isInstanceOf(IllegalArgumentException.class);
    // an actor without a code has no field (older readers see the same line as before)
    Event plain =
        Fixtures.taken(
            "t", "d", KUNDUZ, "Taliban", null, aug(2), aug(2), ClaimStatus.ASSERTED, null);
    assertThat(M.readTree(EventJson.toJson(plain)).get("actors").get(0).has("inter")).isFalse();
  }

  @Test
  void acledCsvLeavesAnUndatedRowsDateEmptyAndTakesTheActorsCodes() {
    List<Event> events = List.of(attack("d", DateInterval.day(aug(21))), attack("u", null));
    ControlService s = ControlService.of(events, SourceGroups.NONE, FusionSettings.defaults());
    String csv =
        AcledCsv.write(s.fusedEvents(), Map.of(), AcledTables.loadFromClasspath("AFG"), 1L);
    List<List<String>> rows = OutputsTest.parse(csv);
    assertThat(rows).hasSize(3);
    List<String> dated = rows.get(1);
    List<String> undated = rows.get(2);
    assertThat(dated.get(1)).isEqualTo("2021-08-21");
    assertThat(undated.get(1)).isEmpty(); // event_date
    assertThat(undated.get(2)).isEmpty(); // year
    assertThat(undated.get(3)).isEmpty(); // time_precision
    assertThat(undated.get(27)).startsWith("On an unknown date:");
    for (List<String> r : rows.subList(1, 3)) {
      assertThat(r.get(9)).isEqualTo("1"); // inter1
      assertThat(r.get(12)).isEqualTo("7"); // inter2
      assertThat(r.get(13)).isEqualTo("17"); // interaction
    }
  }
}

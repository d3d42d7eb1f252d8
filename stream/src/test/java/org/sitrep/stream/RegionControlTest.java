package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.fusion.ControlService;
import org.sitrep.core.fusion.FusionSettings;
import org.sitrep.core.fusion.SourceGroups;
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
import org.sitrep.model.Location;
import org.sitrep.model.Territory;
import org.sitrep.wire.EventJson;

/** The streamed control of a region is core fusion's table, whatever order its events came in. */
class RegionControlTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Location NORTH_DISTRICT =
      new Location("Alpha", "North", "Alpha", 35.0, 69.0, 2, "t:alpha");
  private static final Location NORTH_PROVINCE =
      new Location("North", "North", null, 35.5, 69.5, 3, "t:north");

  private static Event taken(String id, String doc, Location at, String holder, int day) {
    String quote = holder + " took it";
    return new Event(
        id,
        List.of(doc),
        EventKind.TERRITORY,
        AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        DateInterval.day(LocalDate.of(2021, 8, day)),
        at,
        List.of(new EventActor(holder, ActorRole.ACTOR1, null)),
        new Territory(holder, null),
        Fatalities.NONE,
        new Claim(ClaimStatus.REPORTED, null),
        List.of(new Evidence(doc, 0, quote.length(), quote, null)),
        0.7);
  }

  private static List<Event> reports() {
    return List.of(
        taken("e1", "d1", NORTH_DISTRICT, "Rebels", 10),
        taken("e2", "d2", NORTH_DISTRICT, "Army", 14),
        taken("e3", "d3", NORTH_PROVINCE, "Army", 12),
        taken("e4", "d4", NORTH_DISTRICT, "Army", 14));
  }

  /** Streams the events one at a time and keeps the last record per place. */
  private static Map<String, String> stream(List<Event> events, Map<String, String> links) {
    List<String> lines = new ArrayList<>();
    Map<String, String> streamed = new HashMap<>();
    for (Event e : events) {
      lines.add(EventJson.toJson(e, links.get(e.docIds().get(0))));
      streamed.putAll(RegionControl.changes(lines, streamed, FusionSettings.defaults()));
    }
    streamed.values().removeIf(RegionControl::isRemoval);
    return streamed;
  }

  private static Map<String, String> core(List<Event> events, Map<String, String> links) {
    ControlService svc =
        ControlService.of(
            events, SourceGroups.fromDuplicateLinks(links), FusionSettings.defaults());
    Map<String, String> out = new HashMap<>();
    svc.control(LocalDate.of(2021, 8, 14))
        .states()
        .forEach(s -> out.put(s.unit().id(), s.controller() + "|" + s.status().wire()));
    return out;
  }

  private static Map<String, String> summary(Map<String, String> records) {
    Map<String, String> out = new HashMap<>();
    records.forEach(
        (k, v) -> {
          JsonNode n = read(v);
          out.put(k, n.get("controller").asText() + "|" + n.get("status").asText());
        });
    return out;
  }

  private static JsonNode read(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theLastRecordPerPlaceIsCoreFusionsTableWhateverTheOrder() {
    List<Event> in = new ArrayList<>(reports());
    Map<String, String> want = core(in, Map.of());
    assertThat(want).containsKeys("district:north/alpha", "province:north");
    assertThat(summary(stream(in, Map.of()))).isEqualTo(want);
    java.util.Collections.reverse(in);
    assertThat(summary(stream(in, Map.of()))).isEqualTo(want);
  }

  @Test
  void aWireCopyCountsOnceAsInTheStore() {
    Map<String, String> links = Map.of("d4", "d2");
    Map<String, String> got = stream(reports(), links);
    assertThat(read(got.get("district:north/alpha")).get("sources").asInt())
        .isEqualTo(
            ControlService.of(
                    reports(), SourceGroups.fromDuplicateLinks(links), FusionSettings.defaults())
                .control(LocalDate.of(2021, 8, 14))
                .state("district:north/alpha")
                .orElseThrow()
                .sources());
    assertThat(read(stream(reports(), Map.of()).get("district:north/alpha")).get("sources").asInt())
        .isGreaterThan(read(got.get("district:north/alpha")).get("sources").asInt());
  }

  @Test
  void anEventThatChangesNothingStreamsNothingAndRecordsAreKeyedAndDated() {
    List<String> lines = new ArrayList<>();
    lines.add(EventJson.toJson(taken("e1", "d1", NORTH_DISTRICT, "Rebels", 10)));
    Map<String, String> first = RegionControl.changes(lines, Map.of(), FusionSettings.defaults());
    assertThat(first).containsOnlyKeys("district:north/alpha");
    JsonNode r = read(first.get("district:north/alpha"));
    assertThat(r.get("place_key").asText()).isEqualTo("district:north/alpha");
    assertThat(r.get("as_of").asText()).isEqualTo("2021-08-10");
    assertThat(r.get("controller").asText()).isEqualTo("Rebels");
    assertThat(RegionControl.changes(lines, first, FusionSettings.defaults())).isEmpty();
  }

  @Test
  void aRegionIsAProvinceWithItsDistricts() {
    assertThat(PlaceEvent.of(taken("e1", "d1", NORTH_DISTRICT, "Rebels", 10)).regionKey)
        .isEqualTo("province:north")
        .isEqualTo(PlaceEvent.of(taken("e3", "d3", NORTH_PROVINCE, "Army", 12)).regionKey);
    PlaceEvent copy = PlaceEvent.of(taken("e4", "d4", NORTH_DISTRICT, "Army", 14), "d2");
    assertThat(read(copy.line()).get("duplicate_of").asText()).isEqualTo("d2");
    assertThat(copy.movesControl()).isTrue();
  }

  @Test
  void whenEveryEventIsWithdrawnEveryUnitIsRemovedAsOfItsLastRecord() {
    List<String> lines = new ArrayList<>();
    lines.add(EventJson.toJson(taken("e1", "d1", NORTH_DISTRICT, "Rebels", 10)));
    lines.add(EventJson.toJson(taken("e3", "d3", NORTH_PROVINCE, "Army", 12)));
    Map<String, String> streamed =
        new HashMap<>(RegionControl.changes(lines, Map.of(), FusionSettings.defaults()));
    assertThat(streamed).containsOnlyKeys("district:north/alpha", "province:north");
    Map<String, String> gone =
        RegionControl.changes(List.of(), streamed, FusionSettings.defaults());
    assertThat(gone).containsOnlyKeys("district:north/alpha", "province:north");
    for (String r : gone.values()) {
      assertThat(RegionControl.isRemoval(r)).as(r).isTrue();
      assertThat(read(r).get("as_of").asText()).isEqualTo("2021-08-12");
    }
    streamed.putAll(gone);
    assertThat(RegionControl.changes(List.of(), streamed, FusionSettings.defaults())).isEmpty();
  }

  private static final Location SOUTH_DISTRICT =
      new Location("Beta", "North", "Beta", 35.2, 69.2, 2, "t:beta");
  // a town the gazetteer gave no district, named like the district above: it counts for it
  private static final Location BETA_TOWN =
      new Location("Beta", "North", null, null, null, 1, "t:beta-town");
  private static final List<Location> WHERE =
      List.of(NORTH_DISTRICT, NORTH_PROVINCE, SOUTH_DISTRICT, BETA_TOWN);

  /**
   * The job's memory of a region (an instance fed one change at a time, sometimes rebuilt from the
   * lines as after a restore) streams, after every change, exactly what the region's lines give at
   * once: events put, redelivered with other content, withdrawn by document, wire-copy links,
   * undated events, and every event withdrawn.
   */
  @Test
  void theIncrementalRegionStreamsWhatTheLinesGiveAtOnce() {
    for (long seed = 0; seed < 150; seed++) {
      java.util.Random r = new java.util.Random(seed);
      Map<String, String> lines = new java.util.TreeMap<>(); // event id → line
      Map<String, String> docOf = new HashMap<>();
      Map<String, String> want = new HashMap<>();
      Map<String, String> got = new HashMap<>();
      RegionControl region = RegionControl.of(List.of(), FusionSettings.defaults());
      for (int step = 0; step < 30; step++) {
        int what = r.nextInt(12);
        if (what < 8 || lines.isEmpty()) {
          String id = "e" + r.nextInt(what == 7 ? 40 : 25); // some ids come again
          String doc = "d" + r.nextInt(8);
          Event e =
              taken(
                  id,
                  doc,
                  WHERE.get(r.nextInt(WHERE.size())),
                  r.nextBoolean() ? "Rebels" : "Army",
                  1 + r.nextInt(28));
          if (r.nextInt(10) == 0) {
            e = undated(e);
          }
          String dup = r.nextInt(4) == 0 ? "d" + r.nextInt(8) : null;
          String line = PlaceEvent.of(e, dup).line();
          lines.put(id, line);
          docOf.put(id, doc);
          region.put(line);
        } else if (what < 11) {
          String doc = docOf.get(new ArrayList<>(lines.keySet()).get(r.nextInt(lines.size())));
          List<String> gone =
              lines.keySet().stream().filter(id -> doc.equals(docOf.get(id))).toList();
          gone.forEach(lines::remove);
          region.remove(gone);
        } else {
          List<String> all = List.copyOf(lines.keySet());
          lines.clear();
          region.remove(all);
        }
        if (r.nextInt(8) == 0) {
          region = RegionControl.of(lines.values(), FusionSettings.defaults()); // a restore
        }
        Map<String, String> a =
            RegionControl.changes(lines.values(), want, FusionSettings.defaults());
        Map<String, String> b = region.changes(got);
        assertThat(b).as("seed %d step %d", seed, step).isEqualTo(a);
        want.putAll(a);
        got.putAll(b);
      }
    }
  }

  private static Event undated(Event e) {
    return new Event(
        e.eventId(),
        e.docIds(),
        e.kind(),
        e.subEventType(),
        null,
        e.location(),
        e.actors(),
        e.territory(),
        e.fatalities(),
        e.claim(),
        e.evidence(),
        e.confidence());
  }
}

package org.sitrep.core.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DateInterval;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;
import org.sitrep.wire.FusionJson;

/**
 * The control rules on the seeds' gold events (../shared/dev/seeds.gold.jsonl, read at test time):
 * what the map must show once extraction finds those events. Skips when the shared folder is
 * absent.
 */
class GoldSeedsControlTest {
  private static final Map<String, YearMonth> PUBLISHED =
      Map.of(
          "000_8353b3233decb0b7",
          YearMonth.of(2021, 9),
          "004_f1029444be4c6656",
          YearMonth.of(2021, 8));

  static List<Event> goldEvents() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null, "sitrep.shared not set");
    Path gold = Path.of(shared, "dev", "seeds.gold.jsonl");
    assumeTrue(Files.exists(gold), "no gold file at " + gold);
    ObjectMapper m = new ObjectMapper();
    List<Event> out = new ArrayList<>();
    int i = 0;
    for (String line : Files.readAllLines(gold)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = m.readTree(line);
      i++;
      String kind = g.path("kind").asText();
      if (g.path("gold").asText().equals("forbidden")
          || !(kind.equals("territory") || kind.equals("clash"))) {
        continue;
      }
      String doc = g.get("doc").asText();
      YearMonth pub = PUBLISHED.get(doc);
      DateInterval date =
          g.hasNonNull("date_from")
              ? new DateInterval(
                  LocalDate.parse(g.get("date_from").asText()),
                  LocalDate.parse(g.get("date_to").asText()),
                  DatePrecision.DAY)
              : DateInterval.month(pub);
      String place = g.get("place").asText();
      String admin1 = g.path("admin1").asText(null);
      String admin2 = g.path("admin2").asText(null);
      int precision = admin2 != null ? 1 : Names.key(place).equals(Names.key(admin1)) ? 3 : 2;
      Location loc =
          new Location(
              place,
              admin1,
              admin2,
              g.path("lat").isNumber() ? g.get("lat").asDouble() : null,
              g.path("lat").isNumber() ? g.get("lon").asDouble() : null,
              precision,
              null);
      String quote = g.path("why").asText();
      ClaimStatus st =
          g.hasNonNull("claim")
              ? ClaimStatus.fromWire(g.get("claim").asText())
              : ClaimStatus.ASSERTED;
      Claim claim = new Claim(st, g.path("claimed_by").asText(null));
      List<EventActor> actors = new ArrayList<>();
      for (JsonNode a : g.path("actors")) {
        actors.add(
            new EventActor(
                a.asText(), actors.isEmpty() ? ActorRole.ACTOR1 : ActorRole.ACTOR2, null));
      }
      boolean territory = kind.equals("territory");
      if (territory) {
        actors.add(0, new EventActor(g.get("controller_after").asText(), ActorRole.ACTOR1, null));
      }
      out.add(
          new Event(
              "gold" + i,
              List.of(doc),
              territory ? EventKind.TERRITORY : EventKind.CLASH,
              territory
                  ? AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                  : AcledSubEventType.ARMED_CLASH,
              date,
              loc,
              actors,
              territory ? new Territory(g.get("controller_after").asText(), null) : null,
              Fatalities.NONE,
              claim,
              List.of(new Evidence(doc, 0, quote.length(), quote, null)),
              0.8));
    }
    return out;
  }

  @Test
  void mapsOnTheTwoDaysTheIssueNames() throws IOException {
    ControlService svc =
        ControlService.of(goldEvents(), SourceGroups.NONE, FusionSettings.defaults());
    ControlMap aug21 = svc.control(LocalDate.of(2021, 8, 21));
    assertState(aug21, "Puli Khumri", "Taliban", ControlStatus.HELD);
    assertState(aug21, "Kabul", "Taliban", ControlStatus.HELD);
    assertState(
        aug21,
        "Pul-e Hisar",
        "anti-Taliban resistance",
        ControlStatus.CLAIMED,
        ControlStatus.CONTESTED);
    assertState(
        aug21,
        "Deh-e Salah",
        "anti-Taliban resistance",
        ControlStatus.CLAIMED,
        ControlStatus.CONTESTED);
    assertState(
        aug21,
        "Andarab",
        "anti-Taliban resistance",
        ControlStatus.CLAIMED,
        ControlStatus.CONTESTED);
    assertThat(aug21.find("Banu")).isPresent();
    // "the district of Andarab" without a resolved district joins the district Banu stands for
    assertThat(aug21.states()).hasSize(5);
    assertThat(aug21.find("Panjshir")).as("nothing about Panjshir yet").isEmpty();

    ControlMap sep6 = svc.control(LocalDate.of(2021, 9, 6));
    assertState(sep6, "Panjshir", "Taliban", ControlStatus.CLAIMED);
  }

  private static void assertState(
      ControlMap m, String place, String controller, ControlStatus... allowed) {
    ControlState s =
        m.find(place)
            .orElseThrow(
                () -> new AssertionError(place + " missing from " + FusionJson.textTable(m)));
    assertThat(s.controller()).as(place).isEqualTo(controller);
    assertThat(s.status()).as(place).isIn((Object[]) allowed);
  }
}

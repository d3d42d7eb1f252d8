package org.sitrep.core.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.core.fusion.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.wire.AcledCsv;
import org.sitrep.wire.FusionJson;
import org.sitrep.wire.ReportRenderer;

class OutputsTest {
  private static final ObjectMapper M = new ObjectMapper();

  static List<Event> events() {
    List<Event> l = new ArrayList<>(BaghlanScenarioTest.events());
    l.add(
        clash(
            "c1",
            "outletC",
            PUL_E_HESAR,
            aug(19),
            aug(21),
            new Fatalities(null, null, 60, 0, null, 60, 0),
            "anti-Taliban resistance",
            "Taliban"));
    l.add(
        clash(
            "c2",
            "outletH",
            KUNDUZ,
            aug(21),
            aug(21),
            new Fatalities(12, null, null, 12, 12, 12, 12),
            "Taliban",
            "Civilians, \"local\""));
    l.add(
        clash(
            "c3",
            "outletI",
            KUNDUZ,
            aug(21),
            aug(21),
            new Fatalities(15, null, null, 15, 15, 15, 15),
            "Taliban"));
    return l;
  }

  static ControlService svc() {
    return ControlService.of(
        events(),
        SourceGroups.fromDuplicateLinks(Map.of("wireA-copy", "wireA")),
        FusionSettings.defaults());
  }

  @Test
  void acledCsvHasTheColumnsAndParsesAsRfc4180() {
    ControlService s = svc();
    String csv =
        AcledCsv.write(
            s.fusedEvents(),
            Map.of("outletC", "Outlet, C"),
            AcledTables.loadFromClasspath("AFG"),
            1629504000L);
    List<List<String>> rows = parse(csv);
    assertThat(rows.get(0)).containsExactlyElementsOf(AcledCsv.COLUMNS);
    assertThat(rows).hasSize(1 + s.fusedEvents().size());
    for (List<String> r : rows) {
      assertThat(r).hasSize(31);
    }
    List<String> kunduz =
        rows.stream().filter(r -> r.get(21).equals("Kunduz")).findFirst().orElseThrow();
    // the two reports of the Kunduz clash fuse; the lowest count is kept
    assertThat(kunduz.get(28)).isEqualTo("12");
    assertThat(kunduz.get(0)).startsWith("AFG");
    assertThat(kunduz.get(1)).isEqualTo("2021-08-21");
    assertThat(kunduz.get(3)).isEqualTo("1");
    assertThat(kunduz.get(4)).isEqualTo("Political violence");
    assertThat(kunduz.get(15)).isEqualTo("4");
    assertThat(kunduz.get(9)).isEqualTo("2");
    List<String> clash =
        rows.stream()
            .filter(r -> r.get(6).equals("Armed clash") && r.get(21).equals("Pul-e-Hesar"))
            .findFirst()
            .orElseThrow();
    assertThat(clash.get(28)).as("killed or wounded is not killed").isEqualTo("0");
    assertThat(clash.get(3)).isEqualTo("2");
    assertThat(clash.get(1)).isEqualTo("2021-08-20");
    assertThat(clash.get(13)).isEqualTo("22");
    assertThat(clash.get(25)).isEqualTo("Outlet, C");
    assertThat(csv).contains("\r\n").contains("\"Outlet, C\"");
  }

  @Test
  void controlFormatsCarryTheContractFields() throws Exception {
    ControlMap m = svc().control(aug(21));
    JsonNode a = M.readTree(FusionJson.controlJson(m));
    assertThat(a.isArray()).isTrue();
    List<String> names = new ArrayList<>();
    a.get(0).fieldNames().forEachRemaining(names::add);
    assertThat(names.subList(0, 11))
        .containsExactly(
            "place_id",
            "name",
            "admin1",
            "admin2",
            "lat",
            "lon",
            "controller",
            "status",
            "confidence",
            "since",
            "event_ids");
    assertThat(a.get(0).get("status").asText()).isEqualTo("contested");

    List<List<String>> csv = parse(FusionJson.controlCsv(m));
    assertThat(csv.get(0)).containsExactlyElementsOf(FusionJson.CONTROL_COLUMNS);
    assertThat(csv).hasSize(1 + m.states().size());

    JsonNode g = M.readTree(FusionJson.controlGeoJson(m));
    assertThat(g.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode f = g.get("features").get(0);
    assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(69.54);
    assertThat(f.get("properties").get("controller").asText()).isEqualTo("anti-Taliban resistance");

    String table = FusionJson.textTable(m);
    assertThat(table).contains("Pul-e Hisar (Pul-e-Hesar)", "contested", "Taliban");
  }

  @Test
  void eventsGeoJsonHasPoints() throws Exception {
    ControlService s = svc();
    JsonNode g =
        M.readTree(
            FusionJson.eventsGeoJson(s.fusedEvents().stream().map(FusedEvent::toEvent).toList()));
    assertThat(g.get("features")).hasSize(s.fusedEvents().size());
    assertThat(g.get("features").get(0).get("properties").get("event_id").asText())
        .startsWith("f-");
  }

  @Test
  void dailyReportCitesItsSources() {
    Report r = svc().report(aug(21));
    assertThat(r.changes()).hasSize(1);
    assertThat(r.changes().get(0).text())
        .contains("contested: anti-Taliban resistance, denied by other reports", "was held by");
    assertThat(r.contested()).hasSize(1);
    assertThat(r.casualties()).hasSizeGreaterThanOrEqualTo(2);
    for (Report.Line l : r.changes()) {
      assertThat(l.cites()).isNotEmpty();
    }
    assertThat(r.citations()).allSatisfy(c -> assertThat(c.quote()).startsWith("Fixture"));
    String md = ReportRenderer.markdown(r);
    assertThat(md)
        .contains("# Situation report, 2021-08-21", "## Contested places", "[1]", "## Sources");
    String html = ReportRenderer.html(r);
    assertThat(html)
        .contains("<h1>Situation report, 2021-08-21</h1>", "href=\"#src-1\"")
        .contains("<q>Fixture report e05");
    assertThat(ReportRenderer.esc("a<b & \"c\"")).isEqualTo("a&lt;b &amp; &quot;c&quot;");
  }

  @Test
  void markdownKeepsQuotedArticleTextInert() {
    assertThat(ReportRenderer.md("<script>x()</script> [see](javascript:alert(1)) a|b\nc & d"))
        .isEqualTo(
            "&lt;script&gt;x()&lt;/script&gt; \\[see\\](javascript:alert(1)) a\\|b c &amp; d");
  }

  @Test
  void watchRulesFireOnChanges() {
    ControlService s = svc();
    List<WatchRule> rules = List.of(WatchRule.parse("place:Pul-e-Hesar"));
    List<Alert> alerts = Alert.over(s, aug(9), aug(25), rules);
    assertThat(alerts)
        .extracting(a -> a.day() + " " + a.after().status().wire())
        .containsExactly(
            "2021-08-10 held", "2021-08-20 held", "2021-08-21 contested", "2021-08-24 held");
    assertThat(Alert.over(s, aug(9), aug(25), List.of(WatchRule.parse("province:Kunduz"))))
        .isEmpty();
    assertThat(
            Alert.over(
                s, aug(9), aug(25), List.of(WatchRule.parse("actor:anti-Taliban resistance"))))
        .hasSize(3);
    assertThatThrownBy(() -> WatchRule.parse("city:Kabul"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A strict RFC 4180 reader, independent of the writer. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        if (f.length() != 0) {
          throw new IllegalStateException("quote inside an unquoted field at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalStateException("bare line break at " + i);
      } else {
        f.append(c);
      }
    }
    if (quoted || f.length() > 0 || !row.isEmpty()) {
      throw new IllegalStateException("unterminated last record");
    }
    return rows;
  }
}

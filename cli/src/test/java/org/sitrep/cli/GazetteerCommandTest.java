package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep gazetteer import/search/boundaries} on the real files in ../shared/data. */
class GazetteerCommandTest {
  static Path shared(String rel) {
    String s = System.getProperty("sitrep.shared");
    assumeTrue(s != null && Files.exists(Path.of(s, rel)), rel + " absent");
    return Path.of(s, rel);
  }

  static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run(args)).as(String.join(" ", args)).isEqualTo(0);
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void importAllThreeDataSetsThenSearchAndExportBoundaries(@TempDir Path tmp) {
    Path out = tmp.resolve("g.jsonl.gz");
    run(
        "gazetteer",
        "import",
        "--geonames-tsv",
        shared("data/geonames-af").toString(),
        "--districts",
        shared("data/afg-gazetteer-mit/provinces-and-districts.json").toString(),
        "--adm1",
        shared("data/afg-boundaries/geoBoundaries-AFG-ADM1_simplified.geojson").toString(),
        "--adm2",
        shared("data/afg-boundaries/geoBoundaries-AFG-ADM2_simplified.geojson").toString(),
        "--out",
        out.toString());
    assertThat(out).exists();
    String found = run("gazetteer", "search", "--gazetteer", out.toString(), "Pandjchir");
    assertThat(found.lines().findFirst().orElse("")).contains("\"id\":\"geonames:AF.42\"");
    String dari = run("gazetteer", "search", "--gazetteer", out.toString(), "ده صلاح");
    assertThat(dari).contains("geonames:AF.03.1312");
    String geojson =
        run("gazetteer", "boundaries", "--gazetteer", out.toString(), "--level", "district");
    assertThat(geojson).startsWith("{\"type\":\"FeatureCollection\"").contains("Deh-e Salah");
  }

  @Test
  void badImportArgumentsAreUsageErrors(@TempDir Path tmp) {
    assertThat(
            Main.run(
                "gazetteer",
                "import",
                "--geonames-tsv",
                tmp.resolve("nope").toString(),
                "--out",
                tmp.resolve("g.gz").toString()))
        .isEqualTo(2);
    assertThat(tmp.resolve("g.gz")).doesNotExist();
  }
}

package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
        "--replace",
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
  void placesSaysTheRoleOfEachMention(@TempDir Path tmp) throws IOException {
    Path g = tmp.resolve("g.jsonl.gz");
    run(
        "gazetteer",
        "import",
        "--replace",
        "--no-supplement",
        "--geonames-tsv",
        extract(tmp.resolve("x"), "AF.77", "Zorakan", "Veltabad").toString(),
        "--out",
        g.toString());
    Path docs = tmp.resolve("d.jsonl");
    Files.writeString(
        docs,
        "{\"id\":\"a\",\"published\":\"2021-08-02\",\"lang\":\"en\",\"text\":\"Veltabad:"
            + " Gunmen attacked a police post on Monday, officials said.\"}\n"
            + "{\"id\":\"b\",\"published\":\"2021-08-02\",\"lang\":\"en\",\"text\":\"Gunmen"
            + " attacked a police post in Veltabad on Monday, officials said.\"}\n");
    String out = run("gazetteer", "places", "--gazetteer", g.toString(), docs.toString());
    assertThat(out.lines().filter(l -> l.contains("\"text\":\"Veltabad\"")))
        .hasSize(2)
        .anyMatch(l -> l.contains("\"doc_id\":\"a\"") && l.contains("\"role\":\"dateline\""))
        .anyMatch(l -> l.contains("\"doc_id\":\"b\"") && l.contains("\"role\":\"event\""));
  }

  @Test
  void importAddsAdminUnitsUnderTheProvinces(@TempDir Path tmp) throws IOException {
    Path g = tmp.resolve("g.jsonl.gz");
    Path units = tmp.resolve("units.tsv");
    Files.writeString(
        units, "D7\tSerakh\t2\tSerakh\tMarvand\tAF\nW7\tUshpan\t3\tSerakh\tMarvand\tAF\n");
    run(
        "gazetteer",
        "import",
        "--replace",
        "--no-supplement",
        "--geonames-tsv",
        extract(tmp.resolve("x"), "AF.96", "Marvand", "Tolbazar").toString(),
        "--admin-units",
        units.toString(),
        "--out",
        g.toString());
    assertThat(run("gazetteer", "search", "--gazetteer", g.toString(), "Ushpan"))
        .contains("units:units.tsv:admin3:W7:Ushpan")
        .contains("\"admin1\":\"Marvand\",\"admin2\":\"Serakh\"");
  }

  /** A small GeoNames-style extract of made-up places (one province, one district, one town). */
  static Path extract(Path dir, String code, String province, String town) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("af_admin1.tsv"),
        "geonames_admin1_code\tname\n" + code + "\t" + province + "\n");
    Files.writeString(
        dir.resolve("af_admin2.tsv"),
        "geonames_admin2_code\tadmin1_name\tname\n" + code + ".9901\t" + province + "\tWest\n");
    Files.writeString(
        dir.resolve("af_places.tsv"),
        "name\tlat\tlng\tadmin1_code\tadmin1_name\tadmin2_code\tadmin2_name\n"
            + town
            + "\t34.5\t66.5\t"
            + code
            + "\t"
            + province
            + "\t"
            + code
            + ".9901\tWest\n");
    return dir;
  }

  static String stderrOf(Runnable r) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void importAddsToTheCurrentGazetteerUnlessReplace(@TempDir Path tmp) throws IOException {
    Path one = extract(tmp.resolve("one"), "AF.97", "Dashtabad", "Qala-i-Nawruz");
    Path two = extract(tmp.resolve("two"), "AF.98", "Kohsaran", "Deh-e Bulbul");
    Path g = tmp.resolve("g.jsonl.gz");
    run(
        "gazetteer",
        "import",
        "--replace",
        "--no-supplement",
        "--geonames-tsv",
        one.toString(),
        "--out",
        g.toString());
    assertThat(run("gazetteer", "search", "--gazetteer", g.toString(), "Qala-e Nauroz"))
        .contains("Qala-i-Nawruz");
    // the import leaves the prebuilt index beside the file, for a fast start of the next command
    assertThat(org.sitrep.gazetteer.GazetteerIndex.load(g)).isPresent();
    // Without --replace: added to the file named by --gazetteer, written back there.
    String log =
        stderrOf(
            () ->
                run(
                    "gazetteer",
                    "import",
                    "--no-supplement",
                    "--gazetteer",
                    g.toString(),
                    "--geonames-tsv",
                    two.toString()));
    assertThat(log).contains("adding to " + g);
    assertThat(run("gazetteer", "search", "--gazetteer", g.toString(), "Qala-i-Nawruz"))
        .contains("Qala-i-Nawruz");
    assertThat(run("gazetteer", "search", "--gazetteer", g.toString(), "Deh Bulbul"))
        .contains("Deh-e Bulbul");
    // --replace: only the given sources.
    Path h = tmp.resolve("h.jsonl.gz");
    run(
        "gazetteer",
        "import",
        "--replace",
        "--no-supplement",
        "--gazetteer",
        g.toString(),
        "--geonames-tsv",
        two.toString(),
        "--out",
        h.toString());
    assertThat(run("gazetteer", "search", "--gazetteer", h.toString(), "Qala-i-Nawruz"))
        .doesNotContain("Qala-i-Nawruz");
    // Nothing to import is bad usage, and the file is left alone.
    assertThat(Main.run("gazetteer", "import", "--gazetteer", g.toString())).isEqualTo(2);
  }

  @Test
  void boundariesWithoutPolygonsSayHowToImportThem(@TempDir Path tmp) throws IOException {
    Path g = tmp.resolve("g.jsonl.gz");
    run(
        "gazetteer",
        "import",
        "--replace",
        "--no-supplement",
        "--geonames-tsv",
        extract(tmp.resolve("x"), "AF.97", "Dashtabad", "Qala-i-Nawruz").toString(),
        "--out",
        g.toString());
    String[] out = new String[1];
    String err =
        stderrOf(() -> out[0] = run("gazetteer", "boundaries", "--gazetteer", g.toString()));
    assertThat(out[0]).contains("\"features\":[]");
    assertThat(err).contains("no province polygons", "sitrep gazetteer import --adm1");
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

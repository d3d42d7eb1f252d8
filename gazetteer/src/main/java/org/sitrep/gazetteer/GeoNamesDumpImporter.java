package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * Imports the GeoNames dump format (allCountries.txt or a country file such as AF.txt: 19
 * tab-separated columns) with the admin1CodesASCII.txt and admin2Codes.txt code files. Provinces
 * and districts get code-based ids ({@code geonames:AF.03}, {@code geonames:AF.03.1302}), other
 * features {@code geonames:<geonameid>}; alternate names (column 4) are kept as names of unknown
 * language. Feature codes give kinds: PPLC national capital, PPLA provincial capital, PPLA2
 * district centre, VAL valley, AIRP airport.
 */
public final class GeoNamesDumpImporter {
  private GeoNamesDumpImporter() {}

  public static int importDump(
      Path dump, Path admin1Codes, Path admin2Codes, Set<String> countries, GazetteerData data) {
    int n = 0;
    if (admin1Codes != null) {
      n += codes(admin1Codes, PlaceKind.PROVINCE, countries, data);
    }
    if (admin2Codes != null) {
      n += codes(admin2Codes, PlaceKind.DISTRICT, countries, data);
    }
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          throw new IllegalArgumentException(
              dump + " line " + lineNo + ": " + f.length + " columns, need 19");
        }
        String cc = f[8];
        if (!countries.isEmpty() && !countries.contains(cc)) {
          continue;
        }
        Place p = feature(f, data);
        if (p != null) {
          data.put(p);
          n++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dump + ": " + e.getMessage(), e);
    }
    data.addSource("GeoNames dump (CC-BY 4.0, geonames.org): " + dump.getFileName());
    return n;
  }

  /**
   * Gives the places already in {@code data} that the dump also has (same country, name and point
   * to ~100 m, as the ids of {@link CitiesJsonImporter} are made) the dump's population and, for a
   * plain populated place, its capital kind (PPLC, PPLA, PPLA2). Adds no place and no name: the
   * more villages and alternate names of a dump also bring more namesakes of common words.
   */
  public static int enrich(Path dump, Set<String> countries, GazetteerData data) {
    int n = 0;
    // The two packages come from GeoNames at different dates: a town's point may have moved a
    // little. Same country and name, within about 10 km, when the point differs.
    java.util.Map<String, List<String>> byName = new java.util.HashMap<>();
    for (Place p : data.places()) {
      if (p.lat() != null && !GazetteerData.isAdmin(p.kind())) {
        byName
            .computeIfAbsent(p.countryCode() + "|" + p.name(), k -> new ArrayList<>())
            .add(p.id());
      }
    }
    try (BufferedReader r = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !(countries.isEmpty() || countries.contains(f[8]))) {
          continue;
        }
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        Place p = data.get(CitiesJsonImporter.baseId(f[8], f[1], lat, lon)).orElse(null);
        for (String id :
            p == null ? byName.getOrDefault(f[8] + "|" + f[1], List.of()) : List.<String>of()) {
          Place q = data.get(id).orElseThrow();
          if (Math.abs(q.lat() - lat) < 0.1 && Math.abs(q.lon() - lon) < 0.1) {
            p = q;
            break;
          }
        }
        if (p == null) {
          continue;
        }
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        PlaceKind k = kind(f[6], f[7]);
        PlaceKind kind =
            p.kind() == PlaceKind.POPULATED_PLACE
                    && k != null
                    && k != PlaceKind.PROVINCE
                    && k != PlaceKind.DISTRICT
                ? k
                : p.kind();
        data.put(
            new Place(
                p.id(),
                p.name(),
                kind,
                p.countryCode(),
                p.admin1Id(),
                p.admin2Id(),
                p.lat(),
                p.lon(),
                Math.max(pop, p.population()),
                p.names()));
        n++;
      }
    } catch (IOException | NumberFormatException e) {
      throw new UncheckedIOException(
          "cannot read " + dump + ": " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
    return n;
  }

  private static int codes(Path file, PlaceKind kind, Set<String> countries, GazetteerData data) {
    int n = 0;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f[0].isBlank()) {
          continue;
        }
        String code = f[0];
        String[] parts = code.split("\\.");
        if (!countries.isEmpty() && !countries.contains(parts[0])) {
          continue;
        }
        String a1 = "geonames:" + parts[0] + "." + parts[1];
        String id = "geonames:" + code;
        List<PlaceName> names = new ArrayList<>();
        if (!f[2].isBlank() && !f[2].equals(f[1])) {
          names.add(new PlaceName(f[2], "und"));
        }
        data.put(
            new Place(
                id,
                f[1],
                kind,
                parts[0],
                a1,
                kind == PlaceKind.DISTRICT ? id : null,
                null,
                null,
                0,
                names));
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return n;
  }

  private static Place feature(String[] f, GazetteerData data) {
    String fclass = f[6];
    String fcode = f[7];
    PlaceKind kind = kind(fclass, fcode);
    if (kind == null) {
      return null;
    }
    String cc = f[8];
    String a1 = f[10].isEmpty() ? null : "geonames:" + cc + "." + f[10];
    String a2 = a1 == null || f[11].isEmpty() ? null : a1 + "." + f[11];
    double lat = Double.parseDouble(f[4]);
    double lon = Double.parseDouble(f[5]);
    long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    List<PlaceName> names = new ArrayList<>();
    if (!f[2].isBlank() && !f[2].equals(f[1])) {
      names.add(new PlaceName(f[2], "und"));
    }
    for (String alt : f[3].split(",")) {
      String a = alt.strip();
      if (a.length() > 1 && !a.startsWith("http") && !a.chars().allMatch(Character::isDigit)) {
        names.add(new PlaceName(a, "und"));
      }
    }
    String id;
    if (kind == PlaceKind.PROVINCE && a1 != null) {
      id = a1;
      a2 = null;
    } else if (kind == PlaceKind.DISTRICT && a2 != null) {
      id = a2;
    } else {
      id = "geonames:" + f[0];
    }
    Place existing = data.get(id).orElse(null);
    String name = existing != null ? existing.name() : f[1];
    if (existing != null) {
      names.addAll(0, existing.names());
      if (!existing.name().equals(f[1])) {
        names.add(new PlaceName(f[1], "und"));
      }
    }
    return new Place(
        id,
        name,
        kind,
        cc,
        a1 != null && data.get(a1).isPresent() ? a1 : (kind == PlaceKind.PROVINCE ? a1 : null),
        a2 != null && (data.get(a2).isPresent() || kind == PlaceKind.DISTRICT) ? a2 : null,
        lat,
        lon,
        pop,
        dedupe(names, name));
  }

  private static List<PlaceName> dedupe(List<PlaceName> names, String main) {
    List<PlaceName> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    seen.add(main);
    for (PlaceName n : names) {
      if (seen.add(n.name())) {
        out.add(n);
      }
    }
    return out;
  }

  static PlaceKind kind(String fclass, String fcode) {
    switch (fclass) {
      case "A":
        if (fcode.equals("ADM1")) {
          return PlaceKind.PROVINCE;
        }
        if (fcode.equals("ADM2")) {
          return PlaceKind.DISTRICT;
        }
        return null;
      case "P":
        switch (fcode) {
          case "PPLC":
            return PlaceKind.NATIONAL_CAPITAL;
          case "PPLA":
            return PlaceKind.PROVINCIAL_CAPITAL;
          case "PPLA2":
            return PlaceKind.DISTRICT_CENTRE;
          case "PPLH":
          case "PPLQ":
          case "PPLW":
            return null;
          default:
            return PlaceKind.POPULATED_PLACE;
        }
      case "T":
        return fcode.startsWith("VAL") ? PlaceKind.VALLEY : null;
      case "S":
        return fcode.equals("AIRP") || fcode.equals("AIRF") ? PlaceKind.AIRPORT : null;
      default:
        return null;
    }
  }
}

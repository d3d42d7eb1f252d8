package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.NameKey;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * Imports an administrative hierarchy without coordinates (unit name, level, parent district,
 * province, country) under the provinces the gazetteer already has: districts (admin2, such as
 * constituencies and sub-counties) and their smaller units (admin3, such as wards).
 *
 * <p>A unit takes the point of the town of its name in its province when the gazetteer has one,
 * else a ward takes its district's point and a district that of its province's capital (or the
 * province's own point): the precision ACLED gives when only the district is known. No point is
 * made up, and every id keeps the source's code and name ({@code <source>:<level>:<code>:<name>}).
 * Units are small: a ward is a populated place of no known population, so any bigger namesake beats
 * it unless the text is about its country; a ward named by generic words ("Township", "Industrial
 * Area", listed in {@code admin-units-generic-words.txt}) is not imported, and a ward or district
 * that is already a place of the province gives that place its district instead of a second entry.
 *
 * <p>Sources are described as data in {@code admin-units.tsv}: an npm package installed under the
 * vendor folder by {@code scripts/setup}, the file within it, the country and the field names of
 * its rows.
 */
public final class AdminUnitsImporter {
  /** One row of the hierarchy: level 2 (district) or 3 (ward); {@code admin2} is the parent. */
  public record Unit(
      String code, String name, int level, String admin2, String admin1, String country) {}

  /** A source of units as {@code admin-units.tsv} describes it. */
  public record Source(
      String pkg,
      String version,
      String file,
      String country,
      String admin1Field,
      String admin2Field,
      String attribution) {
    /** The label of the gazetteer's sources list: the attribution and the import version. */
    public String label() {
      return attribution + " (admin units import v2)";
    }
  }

  /** What the import did. */
  public record Outcome(
      int districtsNew, int districtsKnown, int wardsNew, int merged, int skipped) {}

  private AdminUnitsImporter() {}

  /** The sources the project knows, from the bundled {@code admin-units.tsv}. */
  public static List<Source> bundledSources() {
    List<Source> out = new ArrayList<>();
    for (String line : resourceLines("admin-units.tsv")) {
      String[] f = line.split("\t");
      if (f.length >= 7) {
        out.add(new Source(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
      }
    }
    return out;
  }

  /** The bundled sources whose package is installed under {@code nodeModules}. */
  public static List<Source> installed(Path nodeModules) {
    List<Source> out = new ArrayList<>();
    for (Source s : bundledSources()) {
      if (Files.isRegularFile(nodeModules.resolve(s.pkg()).resolve(s.file()))) {
        out.add(s);
      }
    }
    return out;
  }

  /** Imports every installed bundled source of the countries (empty: all). */
  public static void importInstalled(Path nodeModules, Set<String> countries, GazetteerData data) {
    for (Source s : installed(nodeModules)) {
      if (countries.isEmpty() || countries.contains(s.country())) {
        importUnits(readPackage(nodeModules.resolve(s.pkg()).resolve(s.file()), s), s.pkg(), data);
        data.addSource(s.label());
      }
    }
  }

  // { code: "0721", name: "Kapsoya", constituency: "Ainabkoi" } as a bundled JS module writes it.
  private static final Pattern ROW = Pattern.compile("\\{([^{}\\n]*)\\}");
  private static final Pattern FIELD =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * The units of a JS or JSON file of object rows: a row with code, name and the admin2 field is a
   * ward of that district; with code, name and the admin1 field only, a district of that province.
   * Rows without a code, or with other fields (localities), are not units of the hierarchy.
   */
  public static List<Unit> readPackage(Path file, Source s) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> districtProvince = new HashMap<>();
    List<Map<String, String>> wards = new ArrayList<>();
    List<Unit> out = new ArrayList<>();
    Matcher m = ROW.matcher(text);
    while (m.find()) {
      Map<String, String> row = new LinkedHashMap<>();
      Matcher f = FIELD.matcher(m.group(1));
      while (f.find()) {
        row.put(f.group(1), f.group(2).replace("\\\"", "\"").strip());
      }
      String code = row.get("code");
      String name = row.get("name");
      if (code == null || name == null || name.isEmpty()) {
        continue;
      }
      if (row.size() == 3 && row.containsKey(s.admin2Field())) {
        wards.add(row);
      } else if (row.size() == 3 && row.containsKey(s.admin1Field())) {
        String a1 = row.get(s.admin1Field());
        out.add(new Unit(code, name, 2, name, a1, s.country()));
        districtProvince.putIfAbsent(NameKey.fold(name), a1);
      }
    }
    for (Map<String, String> w : wards) {
      String a2 = w.get(s.admin2Field());
      String a1 = districtProvince.get(NameKey.fold(a2));
      if (a1 != null) {
        out.add(new Unit(w.get("code"), w.get("name"), 3, a2, a1, s.country()));
      }
    }
    return out;
  }

  /**
   * The units of a tab-separated file: code, name, level (2 or 3), district, province, country; '#'
   * starts a comment. The format of hierarchies from other sources than a package.
   */
  public static List<Unit> readTsv(Path file) {
    List<Unit> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 6) {
          throw new IllegalArgumentException(file + ": expected 6 fields in: " + line);
        }
        out.add(
            new Unit(
                f[0].strip(),
                f[1].strip(),
                Integer.parseInt(f[2].strip()),
                f[3].strip(),
                f[4].strip(),
                f[5].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Adds the units under the provinces of {@code data}; {@code prefix} starts their ids. */
  public static Outcome importUnits(List<Unit> units, String prefix, GazetteerData data) {
    Set<String> generic = new HashSet<>(resourceLines("admin-units-generic-words.txt"));
    int[] c = new int[5];
    Map<String, Optional<Place>> provinces = new HashMap<>();
    Map<String, Place> capitals = capitals(data);
    // District by country and folded name: wards name their district without its province.
    Map<String, Place> districts = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Unit u : units) {
      if (u.level() != 2) {
        continue;
      }
      Optional<Place> prov =
          provinces.computeIfAbsent(u.country() + "/" + u.admin1(), k -> province(data, u));
      if (prov.isEmpty()) {
        c[4]++;
        continue;
      }
      String key = u.country() + "/" + NameKey.fold(u.name());
      Place old = districts.get(key);
      if (old != null) {
        if (!prov.get().id().equals(old.admin1Id())) {
          ambiguous.add(key);
        }
        continue; // the same unit as sub-county and as constituency
      }
      districts.put(key, district(data, u, prov.get(), capitals, prefix, c));
    }
    for (Unit u : units) {
      if (u.level() != 3) {
        continue;
      }
      String key = u.country() + "/" + NameKey.fold(u.admin2());
      Place d = districts.get(key);
      if (d == null || ambiguous.contains(key) || isGeneric(u.name(), generic)) {
        c[4]++;
        continue;
      }
      ward(data, u, d, prefix, generic, c);
    }
    return new Outcome(c[0], c[1], c[2], c[3], c[4]);
  }

  private static Place district(
      GazetteerData data, Unit u, Place prov, Map<String, Place> capitals, String prefix, int[] c) {
    List<Place> known =
        data.findByName(u.name(), EnumSet.of(PlaceKind.DISTRICT), u.country(), prov.id());
    if (!known.isEmpty()) {
      c[1]++;
      return known.get(0);
    }
    String id = prefix + ":admin2:" + u.code() + ":" + u.name();
    List<Place> towns =
        data.findByName(u.name(), GazetteerData.SETTLEMENTS, u.country(), prov.id());
    Place at = !towns.isEmpty() ? towns.get(0) : capitals.getOrDefault(prov.id(), prov);
    Place d =
        data.put(
            new Place(
                id,
                u.name(),
                PlaceKind.DISTRICT,
                u.country(),
                prov.id(),
                id,
                at.lat(),
                at.lon(),
                0,
                names(u.name())));
    c[0]++;
    for (Place t : towns) {
      giveDistrict(data, t, d, c);
    }
    return d;
  }

  private static void ward(
      GazetteerData data, Unit u, Place district, String prefix, Set<String> generic, int[] c) {
    if (NameKey.fold(u.name()).equals(NameKey.fold(district.name()))) {
      c[4]++; // the ward of the district's own name: the district stands for it
      return;
    }
    List<Place> towns =
        data.findByName(u.name(), GazetteerData.SETTLEMENTS, u.country(), district.admin1Id());
    if (!towns.isEmpty()) {
      for (Place t : towns) {
        giveDistrict(data, t, district, c);
      }
      return;
    }
    // The id marks a point borrowed from the district (Gazetteer.BORROWED_POINT): precision 2.
    String id = prefix + Gazetteer.BORROWED_POINT + u.code() + ":" + u.name();
    List<PlaceName> names = new ArrayList<>();
    for (PlaceName n : names(u.name())) {
      if (!isGeneric(n.name(), generic)) {
        names.add(n);
      }
    }
    data.put(
        new Place(
            id,
            u.name(),
            PlaceKind.POPULATED_PLACE,
            u.country(),
            district.admin1Id(),
            district.id(),
            district.lat(),
            district.lon(),
            0,
            names));
    c[2]++;
  }

  /** A town of the unit's name without a district of its own is in that unit. */
  private static void giveDistrict(GazetteerData data, Place t, Place district, int[] c) {
    if (t.admin2Id() == null) {
      data.put(
          new Place(
              t.id(),
              t.name(),
              t.kind(),
              t.countryCode(),
              t.admin1Id(),
              district.id(),
              t.lat(),
              t.lon(),
              t.population(),
              t.names()));
      c[3]++;
    }
  }

  private static Optional<Place> province(GazetteerData data, Unit u) {
    Set<PlaceKind> kinds = EnumSet.of(PlaceKind.PROVINCE);
    List<Place> found = data.findByName(u.admin1(), kinds, u.country(), null);
    if (found.isEmpty()) {
      // "Nairobi" for "Nairobi County": one shared word, when only one province has it.
      List<Place> byWord = data.findByWord(u.admin1(), kinds, u.country());
      found = byWord.size() == 1 ? byWord : found;
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The capital of each province, or its most populous town. */
  private static Map<String, Place> capitals(GazetteerData data) {
    Map<String, Place> out = new HashMap<>();
    for (Place p : data.places()) {
      if (p.admin1Id() == null
          || p.lat() == null
          || !GazetteerData.SETTLEMENTS.contains(p.kind())) {
        continue;
      }
      Place old = out.get(p.admin1Id());
      if (old == null || rank(p) > rank(old)) {
        out.put(p.admin1Id(), p);
      }
    }
    return out;
  }

  private static double rank(Place p) {
    boolean capital =
        p.kind() == PlaceKind.PROVINCIAL_CAPITAL || p.kind() == PlaceKind.NATIONAL_CAPITAL;
    return (capital ? 1e12 : 0) + p.population();
  }

  // "Manyatta 'b'": one of two units split from the place a text names without the letter.
  private static final Pattern LETTER_SUFFIX = Pattern.compile("^(.*\\S)\\s+'[A-Za-z]'$");

  /** The name and, for "Lanet/Umoja", each of its parts; for "X 'b'", X. */
  private static List<PlaceName> names(String name) {
    List<PlaceName> out = new ArrayList<>();
    out.add(new PlaceName(name, "und"));
    Matcher m = LETTER_SUFFIX.matcher(name);
    if (m.matches()) {
      out.add(new PlaceName(m.group(1), "und"));
    }
    if (name.contains("/")) {
      for (String part : name.split("/")) {
        if (!part.isBlank()) {
          out.add(new PlaceName(part.strip(), "und"));
        }
      }
    }
    return out;
  }

  /** A name all of whose words are generic ("Central", "Industrial Area"). */
  static boolean isGeneric(String name, Set<String> generic) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (!w.isEmpty() && !generic.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> resourceLines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in =
        AdminUnitsImporter.class.getResourceAsStream("/sitrep/gazetteer/" + name)) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(line.replace("\r", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

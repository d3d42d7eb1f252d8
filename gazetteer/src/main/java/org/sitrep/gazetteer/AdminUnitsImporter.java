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
  /**
   * One row of the hierarchy: level 2 (district), 3 (ward; {@code admin2} is its district) or 4 (a
   * locality: a named place of the province, with or without code; {@code admin2} is the unit it
   * lies in as the source names it — a district, a ward or another locality —, or null).
   */
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
      String attribution,
      String localityField) {
    /** The label of the gazetteer's sources list: the attribution and the import version. */
    public String label() {
      return attribution + " (admin units import v3)";
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
        String locality = f.length >= 8 && !f[7].isBlank() ? f[7].strip() : null;
        out.add(new Source(f[0], f[1], f[2], f[3], f[4], f[5], f[6], locality));
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
   * Without a code, a row of name and admin1 field is a locality of that province, and one that
   * also has the source's locality field a place within that locality (level 4); other rows are not
   * units of the hierarchy.
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
      if (name == null || name.isEmpty()) {
        continue;
      }
      if (code == null) {
        String a1 = row.get(s.admin1Field());
        String within = s.localityField() == null ? null : row.get(s.localityField());
        if (a1 != null && (row.size() == 2 || row.size() == 3 && within != null)) {
          out.add(new Unit("", name, 4, within, a1, s.country()));
        }
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
   * The units of a tab-separated file: code, name, level (2, 3 or 4), district (for a locality: the
   * unit it lies in, or empty), province, country; '#' starts a comment. The format of hierarchies
   * from other sources than a package.
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
                f[3].isBlank() ? null : f[3].strip(),
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
    // Every ward's district by province and folded name, the generic ones too: a locality names
    // the ward it lies in ("Township F") even where the ward itself is not imported.
    Map<String, Place> wardDistrict = new HashMap<>();
    Set<String> wardAmbiguous = new HashSet<>();
    for (Unit u : units) {
      if (u.level() != 3) {
        continue;
      }
      String key = u.country() + "/" + NameKey.fold(u.admin2());
      Place d = districts.get(key);
      if (d == null || ambiguous.contains(key)) {
        c[4]++;
        continue;
      }
      String wk = d.admin1Id() + "/" + NameKey.fold(u.name());
      Place old = wardDistrict.putIfAbsent(wk, d);
      if (old != null && !old.id().equals(d.id())) {
        wardAmbiguous.add(wk);
      }
      if (isGeneric(u.name(), generic)) {
        c[4]++;
        continue;
      }
      ward(data, u, d, prefix, generic, c);
    }
    wardAmbiguous.forEach(wardDistrict::remove);
    // Localities: those without a parent first, so that a place within one finds it.
    Map<String, Place> localities = new HashMap<>();
    for (int pass = 0; pass < 2; pass++) {
      for (Unit u : units) {
        if (u.level() != 4 || (u.admin2() == null) != (pass == 0)) {
          continue;
        }
        Optional<Place> prov =
            provinces.computeIfAbsent(u.country() + "/" + u.admin1(), k -> province(data, u));
        if (prov.isEmpty() || isGeneric(u.name(), generic)) {
          c[4]++;
          continue;
        }
        Place within =
            u.admin2() == null
                ? wardBase(u.name(), prov.get(), wardDistrict, data)
                : unitIn(u.admin2(), prov.get(), districts, wardDistrict, localities, data);
        locality(data, u, prov.get(), within, capitals, prefix, generic, localities, c);
      }
    }
    return new Outcome(c[0], c[1], c[2], c[3], c[4]);
  }

  /**
   * The place a locality's parent name stands for in the province: a district of that name, the
   * district of a ward of that name, a locality already placed, or a town of that name.
   */
  private static Place unitIn(
      String name,
      Place prov,
      Map<String, Place> districts,
      Map<String, Place> wardDistrict,
      Map<String, Place> localities,
      GazetteerData data) {
    String fold = NameKey.fold(name);
    Place d = districts.get(prov.countryCode() + "/" + fold);
    if (d != null && prov.id().equals(d.admin1Id())) {
      return d;
    }
    Place w = wardDistrict.get(prov.id() + "/" + fold);
    if (w != null) {
      return w;
    }
    Place l = localities.get(prov.id() + "/" + fold);
    if (l != null) {
      return l;
    }
    for (Place t :
        data.findByName(name, GazetteerData.SETTLEMENTS, prov.countryCode(), prov.id())) {
      if (t.admin2Id() != null) {
        return t;
      }
    }
    return wardBase(name, prov, wardDistrict, data);
  }

  /**
   * The district of the wards a locality's name is the first words of ("Kayole" of "Kayole North"
   * and "Kayole South"), when they all lie in one district.
   */
  private static Place wardBase(
      String name, Place prov, Map<String, Place> wardDistrict, GazetteerData data) {
    String head = prov.id() + "/" + NameKey.fold(name) + " ";
    Place found = null;
    for (Map.Entry<String, Place> e : wardDistrict.entrySet()) {
      if (e.getKey().startsWith(head)) {
        if (found != null && !found.id().equals(e.getValue().id())) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  /**
   * A locality: a town of its name (or of its name without a generic last word, "Molo Town") that
   * has no district gets the locality's; a name the province already has adds nothing; else a
   * populated place of no known population at the point of the unit it lies in (the province's
   * capital when none is known).
   */
  private static void locality(
      GazetteerData data,
      Unit u,
      Place prov,
      Place within,
      Map<String, Place> capitals,
      String prefix,
      Set<String> generic,
      Map<String, Place> localities,
      int[] c) {
    List<PlaceName> names = names(u.name());
    String base = withoutGenericTail(u.name(), generic);
    if (base != null) {
      if (!data.findByName(base, NAMED_AFTER, u.country(), null).isEmpty()
          && data.findByName(base, NAMED_AFTER, u.country(), prov.id()).isEmpty()) {
        // "Mombasa Road" in another province: named after that place, no place of its name.
        c[4]++;
        return;
      }
      names.add(new PlaceName(base, "und"));
    }
    Place district =
        within == null || within.admin2Id() == null
            ? null
            : data.get(within.admin2Id()).orElse(null);
    Set<PlaceKind> any = EnumSet.allOf(PlaceKind.class);
    for (PlaceName n : names) {
      List<Place> known = data.findByName(n.name(), any, u.country(), prov.id());
      if (!known.isEmpty()) {
        for (Place t : known) {
          if (district != null && GazetteerData.SETTLEMENTS.contains(t.kind())) {
            giveDistrict(data, t, district, c);
          }
        }
        localities.putIfAbsent(prov.id() + "/" + NameKey.fold(u.name()), known.get(0));
        c[4]++;
        return;
      }
    }
    List<PlaceName> kept = new ArrayList<>();
    for (PlaceName n : names) {
      if (!isGeneric(n.name(), generic)) {
        kept.add(n);
      }
    }
    Place at =
        within != null && within.lat() != null ? within : capitals.getOrDefault(prov.id(), prov);
    String id =
        prefix
            + ":locality:"
            + NameKey.fold(prov.name()).replace(' ', '-')
            + ":"
            + u.name()
            + (u.admin2() == null ? "" : "@" + u.admin2());
    Place p =
        data.put(
            new Place(
                id,
                u.name(),
                PlaceKind.POPULATED_PLACE,
                u.country(),
                prov.id(),
                district == null ? null : district.id(),
                at.lat(),
                at.lon(),
                0,
                kept));
    localities.putIfAbsent(prov.id() + "/" + NameKey.fold(u.name()), p);
    c[2]++;
  }

  /** What a locality may be named after: a town or an admin unit. */
  private static final Set<PlaceKind> NAMED_AFTER = namedAfter();

  private static Set<PlaceKind> namedAfter() {
    Set<PlaceKind> k = EnumSet.of(PlaceKind.PROVINCE, PlaceKind.DISTRICT);
    k.addAll(GazetteerData.SETTLEMENTS);
    return k;
  }

  /** "Molo" of "Molo Town": the name without its generic last word, when the rest is a name. */
  static String withoutGenericTail(String name, Set<String> generic) {
    int sp = name.lastIndexOf(' ');
    if (sp <= 0) {
      return null;
    }
    String rest = name.substring(0, sp).strip();
    String last = name.substring(sp + 1).toLowerCase(Locale.ROOT);
    return generic.contains(last) && !isGeneric(rest, generic) ? rest : null;
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

  /** Gives the towns of that name in the ward's province the ward's district; false when none. */
  private static boolean townsJoinDistrict(
      GazetteerData data, String name, Unit u, Place district, int[] c) {
    List<Place> towns =
        data.findByName(name, GazetteerData.SETTLEMENTS, u.country(), district.admin1Id());
    for (Place t : towns) {
      giveDistrict(data, t, district, c);
    }
    return !towns.isEmpty();
  }

  private static void ward(
      GazetteerData data, Unit u, Place district, String prefix, Set<String> generic, int[] c) {
    if (NameKey.fold(u.name()).equals(NameKey.fold(district.name()))) {
      c[4]++; // the ward of the district's own name: the district stands for it
      return;
    }
    if (townsJoinDistrict(data, u.name(), u, district, c)) {
      return;
    }
    // The id marks a point borrowed from the district (Gazetteer.BORROWED_POINT): precision 2.
    String id = prefix + Gazetteer.BORROWED_POINT + u.code() + ":" + u.name();
    List<PlaceName> names = new ArrayList<>();
    for (PlaceName n : names(u.name())) {
      if (isGeneric(n.name(), generic)) {
        continue;
      }
      if (!n.name().equals(u.name())) {
        // "Awasi/Onjiko" where the province has a town Awasi: the town is in the ward's district,
        // and the ward is no second place of that name (a tie between the two).
        if (townsJoinDistrict(data, n.name(), u, district, c)) {
          continue;
        }
      }
      names.add(n);
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

package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.geo.Distance;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.NameKey;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * The mutable gazetteer under construction: importers add and merge places into it, then it is
 * frozen into a {@link Gazetteer} or written to a gazetteer file. Not thread-safe (import only).
 */
public final class GazetteerData {
  /** The kinds of entries that are towns: what an importer looks for to place a unit at a town. */
  static final Set<PlaceKind> SETTLEMENTS =
      Set.of(
          PlaceKind.POPULATED_PLACE,
          PlaceKind.NATIONAL_CAPITAL,
          PlaceKind.PROVINCIAL_CAPITAL,
          PlaceKind.DISTRICT_CENTRE);

  /**
   * Countries whose Latin names are transliterations from another script (Perso-Arabic, Arabic,
   * Cyrillic, Ge'ez), which French and English writers spell differently: "Bakhmout"/"Bakhmut",
   * "Louhansk"/"Luhansk", "Tigré"/"Tigray", "Mekele"/"Mek'ele".
   */
  public static final Set<String> DEFAULT_TRANSLIT =
      Set.of("AF", "PK", "IR", "TJ", "UA", "ET", "ER", "SY", "YE");

  private final Map<String, Place> places = new LinkedHashMap<>();
  private final Map<String, String> boundaries = new LinkedHashMap<>();
  private final Set<String> translitCountries = new TreeSet<>(DEFAULT_TRANSLIT);
  private final List<String> sources = new ArrayList<>();

  public Place put(Place given) {
    Place p = asciiDisplayName(given);
    places.put(p.id(), p);
    if (p.countryCode() != null) {
      idsByCountry
          .computeIfAbsent(p.countryCode(), k -> new java.util.LinkedHashSet<>())
          .add(p.id());
    }
    return p;
  }

  // Matching during import looks within one country: this keeps it linear in that country's size.
  private final Map<String, Set<String>> idsByCountry = new HashMap<>();

  /** The places of a country (of the parent's country when only a parent is given), or all. */
  private Iterable<Place> scope(String countryCode, String parentId) {
    String cc = countryCode;
    if (cc == null && parentId != null && places.containsKey(parentId)) {
      cc = places.get(parentId).countryCode();
    }
    if (cc == null) {
      return places.values();
    }
    List<Place> out = new ArrayList<>();
    for (String id : idsByCountry.getOrDefault(cc, Set.of())) {
      Place p = places.get(id);
      if (p != null && cc.equals(p.countryCode())) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Display names are ASCII ("Pul-e Hisar", as ACLED and the gold write them); the original
   * spelling with its diacritics stays among the names, so lookups still find it.
   */
  static Place asciiDisplayName(Place p) {
    String ascii = NameKey.ascii(p.name());
    if (ascii.equals(p.name()) || ascii.isBlank() || NameKey.isArabicScript(p.name())) {
      return p;
    }
    return withName(p, ascii);
  }

  public Optional<Place> get(String id) {
    return Optional.ofNullable(places.get(id));
  }

  /** The places of one country (ISO code). */
  public Iterable<Place> placesIn(String countryCode) {
    return scope(countryCode, null);
  }

  public Collection<Place> places() {
    return places.values();
  }

  public int size() {
    return places.size();
  }

  public void putBoundary(String placeId, String geometryJson) {
    boundaries.put(placeId, geometryJson);
  }

  public Map<String, String> boundaries() {
    return boundaries;
  }

  public Set<String> translitCountries() {
    return translitCountries;
  }

  public List<String> sources() {
    return sources;
  }

  public void addSource(String s) {
    if (!sources.contains(s)) {
      sources.add(s);
    }
  }

  public Gazetteer freeze() {
    return Gazetteer.of(places.values(), boundaries, translitCountries);
  }

  /** Adds names a place does not have yet (compared by folded form and language). */
  public Place addNames(Place p, List<PlaceName> extra) {
    List<PlaceName> names = new ArrayList<>(p.names());
    for (PlaceName n : extra) {
      boolean has = NameKey.fold(n.name()).equals(NameKey.fold(p.name())) && n.lang().equals("und");
      for (PlaceName o : names) {
        has |= o.name().equals(n.name()) && o.lang().equals(n.lang());
      }
      if (!has) {
        names.add(n);
      }
    }
    Place q = withNames(p, names);
    put(q);
    return q;
  }

  public static Place withNames(Place p, List<PlaceName> names) {
    return new Place(
        p.id(),
        p.name(),
        p.kind(),
        p.countryCode(),
        p.admin1Id(),
        p.admin2Id(),
        p.lat(),
        p.lon(),
        p.population(),
        names);
  }

  public static Place withKind(Place p, PlaceKind kind) {
    return new Place(
        p.id(),
        p.name(),
        kind,
        p.countryCode(),
        p.admin1Id(),
        p.admin2Id(),
        p.lat(),
        p.lon(),
        p.population(),
        p.names());
  }

  /** The place under another display name; the name it had stays among its names. */
  public static Place withName(Place p, String name) {
    List<PlaceName> names = new ArrayList<>(p.names());
    if (names.stream().noneMatch(n -> n.name().equals(p.name()))) {
      names.add(0, new PlaceName(p.name(), "und"));
    }
    return new Place(
        p.id(),
        name,
        p.kind(),
        p.countryCode(),
        p.admin1Id(),
        p.admin2Id(),
        p.lat(),
        p.lon(),
        p.population(),
        names);
  }

  public static Place withCoordinates(Place p, Double lat, Double lon) {
    return new Place(
        p.id(),
        p.name(),
        p.kind(),
        p.countryCode(),
        p.admin1Id(),
        p.admin2Id(),
        lat,
        lon,
        p.population(),
        p.names());
  }

  /**
   * The places of a kind set, within a parent (admin1 or admin2 id, or null for any), one of whose
   * names has the same transliteration key as {@code name}.
   */
  public List<Place> findByName(
      String name, Set<PlaceKind> kinds, String countryCode, String parentId) {
    String key = translit(name);
    String fold = NameKey.fold(name);
    List<Place> out = new ArrayList<>();
    for (Place p : scope(countryCode, parentId)) {
      if (!kinds.contains(p.kind())
          || (countryCode != null && !countryCode.equals(p.countryCode()))) {
        continue;
      }
      if (parentId != null
          && !parentId.equals(p.admin1Id())
          && !parentId.equals(p.admin2Id())
          && !parentId.equals(p.id())) {
        continue;
      }
      if (matches(p, key, fold)) {
        out.add(p);
      }
    }
    return out;
  }

  private boolean matches(Place p, String key, String fold) {
    if (translit(p.name()).equals(key)
        || NameKey.fold(p.name()).equals(fold)
        || translit(baseName(p.name())).equals(key)) {
      return true;
    }
    for (PlaceName n : p.names()) {
      if (translit(n.name()).equals(key)) {
        return true;
      }
    }
    return false;
  }

  // Importers match the same few thousand admin names over and over.
  private final Map<String, String> translitCache = new HashMap<>();

  String translit(String name) {
    return translitCache.computeIfAbsent(name, NameKey::translit);
  }

  /** The nearest place of the kinds within a parent and {@code maxKm}, if any. */
  public Optional<Place> nearest(
      Set<PlaceKind> kinds,
      String countryCode,
      String parentId,
      double lat,
      double lon,
      double maxKm,
      Set<String> excluded) {
    Place best = null;
    double bestKm = maxKm;
    for (Place p : scope(countryCode, parentId)) {
      if (!kinds.contains(p.kind())
          || p.lat() == null
          || excluded.contains(p.id())
          || (countryCode != null && !countryCode.equals(p.countryCode()))
          || (parentId != null && !parentId.equals(p.admin1Id()))) {
        continue;
      }
      double km = Distance.km(lat, lon, p.lat(), p.lon());
      if (km <= bestKm) {
        best = p;
        bestKm = km;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Places of the kinds in a country whose names share a word key with {@code name}. */
  public List<Place> findByWord(String name, Set<PlaceKind> kinds, String countryCode) {
    Set<String> words = wordKeys(name);
    List<Place> out = new ArrayList<>();
    for (Place p : scope(countryCode, null)) {
      if (kinds.contains(p.kind()) && countryCode.equals(p.countryCode())) {
        Set<String> w = wordKeys(baseName(p.name()));
        w.retainAll(words);
        if (!w.isEmpty()) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private Set<String> wordKeys(String name) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : NameKey.fold(name).split(" ")) {
      if (w.length() > 2) {
        out.add(translit(w));
      }
    }
    return out;
  }

  /**
   * Gives admin units without coordinates a representative point: the capital for a province, the
   * place named like the district for a district, else the centroid of the places they contain.
   */
  /**
   * A town that the source puts in no district lies in the district of its province named after it
   * ("Khorramshahr" in "Shahrestan-e Khorramshahr", "Jarablus" in "Jarabulus District"), as a
   * district seat does: it gets that district as its admin2, so events there carry their district
   * and the town and its district are one area, not two readings of the name.
   */
  public void namesakeDistricts() {
    Map<String, List<Place>> districts = new HashMap<>();
    for (Place d : places.values()) {
      if (d.kind() == PlaceKind.DISTRICT && d.admin1Id() != null) {
        String k = unitKey(d.name());
        if (!k.isEmpty()) {
          districts.computeIfAbsent(d.admin1Id() + "|" + k, x -> new ArrayList<>()).add(d);
        }
      }
    }
    for (Place p : new ArrayList<>(places.values())) {
      if (isAdmin(p.kind()) || p.admin2Id() != null || p.admin1Id() == null) {
        continue;
      }
      List<Place> named = districts.get(p.admin1Id() + "|" + NameKey.translit(p.name()));
      if (named != null && named.size() == 1) {
        put(
            new Place(
                p.id(),
                p.name(),
                p.kind(),
                p.countryCode(),
                p.admin1Id(),
                named.get(0).id(),
                p.lat(),
                p.lon(),
                p.population(),
                p.names()));
      }
    }
  }

  private static final Set<String> ADMIN_WORDS = adminWords();

  private static Set<String> adminWords() {
    Set<String> out = new java.util.HashSet<>();
    for (String r :
        new String[] {"/sitrep/geo/admin-suffixes.txt", "/sitrep/geo/admin-prefixes.txt"}) {
      try (java.io.InputStream in = GazetteerData.class.getResourceAsStream(r)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + r);
        }
        for (String line :
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(line.strip());
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read " + r, e);
      }
    }
    return Set.copyOf(out);
  }

  /** The transliteration key of a unit's name without its admin words ("Jarabulus District"). */
  static String unitKey(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : NameKey.fold(name).split(" ")) {
      if (!w.isEmpty() && !ADMIN_WORDS.contains(w)) {
        b.append(b.length() > 0 ? " " : "").append(w);
      }
    }
    return b.length() == 0 ? "" : NameKey.translit(b.toString());
  }

  public void deriveAdminCoordinates() {
    Map<String, List<Place>> byAdmin = new HashMap<>();
    for (Place p : places.values()) {
      if (p.lat() == null || isAdmin(p.kind())) {
        continue;
      }
      if (p.admin1Id() != null) {
        byAdmin.computeIfAbsent(p.admin1Id(), k -> new ArrayList<>()).add(p);
      }
      if (p.admin2Id() != null) {
        byAdmin.computeIfAbsent(p.admin2Id(), k -> new ArrayList<>()).add(p);
      }
    }
    for (Place a : new ArrayList<>(places.values())) {
      if (a.lat() != null || !isAdmin(a.kind())) {
        continue;
      }
      List<Place> inside = byAdmin.getOrDefault(a.id(), List.of());
      if (inside.isEmpty()) {
        continue;
      }
      Place pick = null;
      for (Place p : inside) {
        boolean capital =
            a.kind() == PlaceKind.PROVINCE
                && (p.kind() == PlaceKind.PROVINCIAL_CAPITAL
                    || p.kind() == PlaceKind.NATIONAL_CAPITAL);
        boolean namesake =
            a.kind() == PlaceKind.DISTRICT
                && NameKey.translit(p.name()).equals(NameKey.translit(a.name()));
        if (capital || (namesake && pick == null)) {
          pick = p;
        }
      }
      if (pick != null) {
        put(withCoordinates(a, pick.lat(), pick.lon()));
        continue;
      }
      double lat = 0;
      double lon = 0;
      for (Place p : inside) {
        lat += p.lat();
        lon += p.lon();
      }
      put(
          withCoordinates(
              a,
              Math.round(lat / inside.size() * 1e5) / 1e5,
              Math.round(lon / inside.size() * 1e5) / 1e5));
    }
    namesakeTownPoints();
  }

  /**
   * A district that no place of the source lies in stands at the one town of its country named
   * after it ("Thika District" at Thika, though the source puts the town in another province, as
   * old district names are): without it an event there would have no point at all.
   */
  private void namesakeTownPoints() {
    Map<String, List<Place>> towns = new HashMap<>();
    for (Place p : places.values()) {
      if (p.lat() != null && !isAdmin(p.kind()) && p.countryCode() != null) {
        towns
            .computeIfAbsent(
                p.countryCode() + "|" + NameKey.translit(p.name()), k -> new ArrayList<>())
            .add(p);
      }
    }
    for (Place d : new ArrayList<>(places.values())) {
      if (d.lat() != null || d.kind() != PlaceKind.DISTRICT || d.countryCode() == null) {
        continue;
      }
      List<Place> named = towns.get(d.countryCode() + "|" + unitKey(d.name()));
      if (named != null && named.size() == 1) {
        put(withCoordinates(d, named.get(0).lat(), named.get(0).lon()));
      }
    }
  }

  /** A name without a trailing admin-level word: "Sar-e Pol Province" → "Sar-e Pol". */
  public static String baseName(String name) {
    String n = name.strip();
    for (String suffix : new String[] {" Province", " province", " District", " district"}) {
      if (n.endsWith(suffix) && n.length() > suffix.length()) {
        return n.substring(0, n.length() - suffix.length());
      }
    }
    return n;
  }

  static boolean isAdmin(PlaceKind k) {
    return k == PlaceKind.PROVINCE || k == PlaceKind.DISTRICT || k == PlaceKind.COUNTRY;
  }
}

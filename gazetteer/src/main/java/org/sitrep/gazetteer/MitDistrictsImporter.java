package org.sitrep.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * Imports the Afghan province and district list with English, Dari and Pashto names
 * (provinces-and-districts.json, MIT,
 * github.com/abubaker47/afghanistan-provinces-districts-villages). Provinces and districts already
 * present are matched by transliteration key (districts within their province) and get the names;
 * coordinates fill only what is missing (0,0 means unknown). A district not in the imported
 * hierarchy becomes a new district when it has coordinates; without them (new districts such as
 * Bano) its names go to the settlement of that name in the province.
 */
public final class MitDistrictsImporter {
  /** What the import did. */
  public record Outcome(
      int provincesMatched,
      int provincesNew,
      int districtsMatched,
      int districtsNew,
      int districtsAsPlaces,
      int skipped) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private MitDistrictsImporter() {}

  public static Outcome importFile(Path file, GazetteerData data) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of provinces");
    }
    int[] c = new int[6];
    for (JsonNode prov : root) {
      String pname = prov.path("name").asText();
      if (pname.isBlank() || pname.equals("N/A")) {
        c[5]++;
        continue;
      }
      List<Place> found = data.findByName(pname, EnumSet.of(PlaceKind.PROVINCE), "AF", null);
      if (found.isEmpty()) {
        // "Wardak" for "Maidan Wardak": one shared word, when only one province has it.
        List<Place> byWord = data.findByWord(pname, EnumSet.of(PlaceKind.PROVINCE), "AF");
        found = byWord.size() == 1 ? byWord : found;
      }
      Place province;
      if (!found.isEmpty()) {
        province = merge(data, found.get(0), prov);
        c[0]++;
      } else {
        String id = "mit:province:" + prov.path("id").asText();
        Double[] ll = coords(prov);
        province =
            data.put(
                new Place(
                    id,
                    prov.path("name").asText(),
                    PlaceKind.PROVINCE,
                    "AF",
                    id,
                    null,
                    ll[0],
                    ll[1],
                    0,
                    names(prov)));
        c[1]++;
      }
      for (JsonNode d : prov.path("districts")) {
        district(data, province, d, c);
      }
    }
    data.addSource("Afghan provinces and districts, MIT (c) 2025 Faisal Abubaker");
    return new Outcome(c[0], c[1], c[2], c[3], c[4], c[5]);
  }

  private static void district(GazetteerData data, Place province, JsonNode d, int[] c) {
    String name = d.path("name").asText();
    List<Place> found = data.findByName(name, EnumSet.of(PlaceKind.DISTRICT), "AF", province.id());
    if (!found.isEmpty()) {
      merge(data, found.get(0), d);
      c[2]++;
      return;
    }
    Double[] ll = coords(d);
    if (ll[0] != null) {
      // A respelling of a known district ("Khulmi" for "Khulm"): the district whose point is
      // within 10 km in the same province.
      var near =
          data.nearest(
              EnumSet.of(PlaceKind.DISTRICT),
              "AF",
              province.id(),
              ll[0],
              ll[1],
              10,
              java.util.Set.of());
      if (near.isPresent()) {
        data.addNames(near.get(), names(d));
        c[2]++;
        return;
      }
      String id = "mit:district:" + d.path("id").asText();
      data.put(
          new Place(
              id, name, PlaceKind.DISTRICT, "AF", province.id(), id, ll[0], ll[1], 0, names(d)));
      c[3]++;
      return;
    }
    List<Place> towns = data.findByName(name, GazetteerData.SETTLEMENTS, "AF", province.id());
    if (!towns.isEmpty()) {
      data.addNames(towns.get(0), names(d));
      c[4]++;
    } else {
      c[5]++;
    }
  }

  private static Place merge(GazetteerData data, Place p, JsonNode n) {
    Place q = data.addNames(p, names(n));
    Double[] ll = coords(n);
    if (q.lat() == null && ll[0] != null) {
      q = data.put(GazetteerData.withCoordinates(q, ll[0], ll[1]));
    }
    return q;
  }

  private static List<PlaceName> names(JsonNode n) {
    List<PlaceName> out = new ArrayList<>();
    add(out, n.path("name").asText(), "en");
    add(out, n.path("nameFa").asText(), "fa");
    add(out, n.path("namePa").asText(), "ps");
    return out;
  }

  private static void add(List<PlaceName> out, String name, String lang) {
    if (name != null && !name.isBlank()) {
      out.add(new PlaceName(name.strip(), lang));
    }
  }

  /** Latitude and longitude, or nulls when absent, unparsable or 0,0. */
  private static Double[] coords(JsonNode n) {
    try {
      double lat = Double.parseDouble(n.path("latitude").asText());
      double lon = Double.parseDouble(n.path("longitude").asText());
      if ((lat == 0 && lon == 0) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        return new Double[] {null, null};
      }
      return new Double[] {lat, lon};
    } catch (NumberFormatException e) {
      return new Double[] {null, null};
    }
  }
}

package org.sitrep.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;

/**
 * Imports geoBoundaries ADM1 and ADM2 GeoJSON (public domain, cite geoboundaries.org): each polygon
 * is attached to the province or district of the same name (transliteration key), or becomes a new
 * one. ADM2 files carry no parent field, so each district is joined to the province whose polygon
 * contains the district's interior point (JTS). Each province and district with a shape gets the
 * shape's centroid (its interior point when the centroid falls outside) as its point, replacing a
 * point borrowed from its capital or namesake town.
 */
public final class GeoBoundariesImporter {
  /** What the import did. */
  public record Outcome(
      int provinces, int provincesMatched, int districts, int districtsMatched, int unjoined) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GeometryFactory GF = new GeometryFactory();

  private GeoBoundariesImporter() {}

  public static Outcome importFiles(Path adm1, Path adm2, GazetteerData data) {
    Map<String, PreparedGeometry> provinceShapes = new HashMap<>();
    int[] c = new int[5];
    for (JsonNode f : features(adm1)) {
      String name = f.path("properties").path("shapeName").asText();
      String cc = iso2(f.path("properties").path("shapeGroup").asText());
      Geometry g = geometry(f.get("geometry"));
      List<Place> found = data.findByName(name, EnumSet.of(PlaceKind.PROVINCE), cc, null);
      if (found.isEmpty()) {
        // A misspelt shape name ("Ghanzi"): the one province whose point lies inside the shape.
        found = inside(data, PlaceKind.PROVINCE, cc, PreparedGeometryFactory.prepare(g));
      }
      Place p;
      if (!found.isEmpty()) {
        p = found.get(0);
        c[1]++;
      } else {
        String id = "geoboundaries:" + f.path("properties").path("shapeID").asText();
        p =
            data.put(
                new Place(id, name, PlaceKind.PROVINCE, cc, id, null, null, null, 0, List.of()));
      }
      p = attach(data, p, f, g);
      provinceShapes.put(p.id(), PreparedGeometryFactory.prepare(g));
      c[0]++;
    }
    for (JsonNode f : features(adm2)) {
      String name = f.path("properties").path("shapeName").asText();
      String cc = iso2(f.path("properties").path("shapeGroup").asText());
      Geometry g = geometry(f.get("geometry"));
      Point inside = g.getInteriorPoint();
      String provinceId = null;
      for (Map.Entry<String, PreparedGeometry> e : provinceShapes.entrySet()) {
        if (e.getValue().contains(inside)) {
          provinceId = e.getKey();
          break;
        }
      }
      if (provinceId == null) {
        c[4]++;
      }
      // Names identify; space only chooses among namesakes. ADM1 and ADM2 shapes come from
      // different years, so a district's point may fall in a neighbouring old province.
      List<Place> found = data.findByName(name, EnumSet.of(PlaceKind.DISTRICT), cc, null);
      if (found.size() > 1) {
        found = data.findByName(name, EnumSet.of(PlaceKind.DISTRICT), cc, provinceId);
      }
      if (found.isEmpty()) {
        found = inside(data, PlaceKind.DISTRICT, cc, PreparedGeometryFactory.prepare(g));
      }
      if (found.size() == 1 && found.get(0).admin1Id() != null) {
        provinceId = found.get(0).admin1Id();
      }
      Place d;
      if (!found.isEmpty()) {
        d = found.get(0);
        c[3]++;
      } else {
        String id = "geoboundaries:" + f.path("properties").path("shapeID").asText();
        d =
            data.put(
                new Place(
                    id, name, PlaceKind.DISTRICT, cc, provinceId, id, null, null, 0, List.of()));
      }
      attach(data, d, f, g);
      c[2]++;
    }
    data.addSource("geoBoundaries (public domain; Runfola et al. 2020, geoboundaries.org)");
    return new Outcome(c[0], c[1], c[2], c[3], c[4]);
  }

  /** The places of a kind without a boundary yet whose point lies inside the shape, if one. */
  private static List<Place> inside(
      GazetteerData data, PlaceKind kind, String cc, PreparedGeometry shape) {
    List<Place> out = new ArrayList<>();
    for (Place p : data.placesIn(cc)) {
      if (p.kind() == kind
          && cc.equals(p.countryCode())
          && p.lat() != null
          && !data.boundaries().containsKey(p.id())
          && shape.contains(GF.createPoint(new Coordinate(p.lon(), p.lat())))) {
        out.add(p);
      }
    }
    return out.size() == 1 ? out : List.of();
  }

  private static Place attach(GazetteerData data, Place p, JsonNode feature, Geometry g) {
    try {
      data.putBoundary(p.id(), JSON.writeValueAsString(feature.get("geometry")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Place q = p;
    String shapeName = feature.path("properties").path("shapeName").asText();
    if (!shapeName.isBlank()) {
      q = data.addNames(q, List.of(new org.sitrep.model.PlaceName(shapeName, "en")));
    }
    // An admin unit's point is its area's, not its capital's: an event placed "in the province"
    // must not land on the capital (and match or block the capital's own events).
    if (q.lat() == null || q.kind() == PlaceKind.PROVINCE || q.kind() == PlaceKind.DISTRICT) {
      Point rp = representativePoint(g);
      q =
          data.put(
              GazetteerData.withCoordinates(
                  q, Math.round(rp.getY() * 1e5) / 1e5, Math.round(rp.getX() * 1e5) / 1e5));
    }
    return q;
  }

  /** The centroid of the shape, or an interior point when the centroid falls outside it. */
  static Point representativePoint(Geometry g) {
    Point c = g.getCentroid();
    return g.contains(c) ? c : g.getInteriorPoint();
  }

  private static List<JsonNode> features(Path file) {
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (!"FeatureCollection".equals(root.path("type").asText())) {
        throw new IllegalArgumentException(file + ": not a GeoJSON FeatureCollection");
      }
      List<JsonNode> out = new ArrayList<>();
      root.path("features").forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A GeoJSON Polygon or MultiPolygon as a JTS geometry. */
  static Geometry geometry(JsonNode g) {
    String type = g.path("type").asText();
    JsonNode coords = g.path("coordinates");
    if (type.equals("Polygon")) {
      return polygon(coords);
    }
    if (type.equals("MultiPolygon")) {
      Polygon[] polys = new Polygon[coords.size()];
      for (int i = 0; i < polys.length; i++) {
        polys[i] = polygon(coords.get(i));
      }
      return GF.createMultiPolygon(polys);
    }
    throw new IllegalArgumentException("unsupported geometry type " + type);
  }

  private static Polygon polygon(JsonNode rings) {
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return GF.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode pts) {
    Coordinate[] cs = new Coordinate[pts.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(pts.get(i).get(0).asDouble(), pts.get(i).get(1).asDouble());
    }
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      Coordinate[] closed = java.util.Arrays.copyOf(cs, cs.length + 1);
      closed[cs.length] = cs[0];
      cs = closed;
    }
    return GF.createLinearRing(cs);
  }

  /** ISO 3166 alpha-3 (geoBoundaries shapeGroup) to alpha-2. */
  static String iso2(String iso3) {
    for (String c : Locale.getISOCountries()) {
      if (new Locale("", c).getISO3Country().equalsIgnoreCase(iso3)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown country code " + iso3);
  }
}

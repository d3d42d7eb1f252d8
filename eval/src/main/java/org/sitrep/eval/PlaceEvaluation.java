package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.core.geo.Distance;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.NameKey;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.PlaceResolver;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.geo.Resolution;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.gazetteer.GazetteerData;
import org.sitrep.gazetteer.Supplement;
import org.sitrep.model.Document;
import org.sitrep.model.Place;

/**
 * The place evaluation: for each gold mention (the project's own sentences, and the place fields of
 * a seeds gold file), whether the mention resolved to the expected province and district, and to a
 * point within 30 km of the expected one; and how many mentions per second resolution handles.
 */
public final class PlaceEvaluation {
  /** One gold place: the document, the name as written, and what it should resolve to. */
  public record Gold(
      String docId, String mention, String admin1, String admin2, Double lat, Double lon) {}

  /** Scores of one gold set. */
  public record Report(
      int gold,
      int found,
      int exactAdmin,
      int coordinatesChecked,
      int within30km,
      int mentions,
      double mentionsPerSecond,
      List<String> misses) {
    public String toJson(String name) {
      ObjectNode n = new ObjectMapper().createObjectNode();
      n.put("set", name);
      n.put("gold", gold);
      n.put("found", found);
      n.put("exact_admin", exactAdmin);
      n.put("accuracy_exact", gold == 0 ? 0 : Math.round(1000.0 * exactAdmin / gold) / 1000.0);
      n.put("coordinates_checked", coordinatesChecked);
      n.put("within_30km", within30km);
      n.put(
          "accuracy_30km",
          coordinatesChecked == 0
              ? 0
              : Math.round(1000.0 * within30km / coordinatesChecked) / 1000.0);
      n.put("mentions", mentions);
      n.put("mentions_per_second", Math.round(mentionsPerSecond));
      var m = n.putArray("misses");
      misses.forEach(m::add);
      return n.toString();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Gazetteer gazetteer;
  private final PlaceResolver resolver;

  public PlaceEvaluation(Gazetteer gazetteer, PlaceResolver resolver) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.resolver = Objects.requireNonNull(resolver);
  }

  /** The project's own gold (bundled resource {@code sitrep/eval/places-gold.jsonl}). */
  public Report runBundledGold(Function<Document, DatedDocument> analyze) {
    String text = Supplement.readResource("/sitrep/eval/places-gold.jsonl");
    Map<String, Document> docs = new LinkedHashMap<>();
    List<Gold> gold = new ArrayList<>();
    int i = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = read(line);
      String id = "gold-" + (++i);
      docs.put(id, Document.of(id, n.path("text").asText()));
      gold.add(gold(id, n));
    }
    return run(new ArrayList<>(docs.values()), gold, analyze);
  }

  /**
   * The place fields of a seeds gold file (one JSON object per line with doc, place, admin1...).
   */
  public Report runSeedsGold(
      List<Document> docs, Path goldFile, Function<Document, DatedDocument> analyze) {
    Map<String, Gold> unique = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = read(line);
        if (!n.hasNonNull("place") || !n.hasNonNull("admin1")) {
          continue;
        }
        Gold g = gold(n.path("doc").asText(), n);
        String key = g.docId() + "|" + NameKey.translit(g.mention());
        Gold old = unique.get(key);
        // Keep the most specific record of each (document, place).
        if (old == null || specificity(g) > specificity(old)) {
          unique.put(key, g);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + goldFile, e);
    }
    return run(docs, new ArrayList<>(unique.values()), analyze);
  }

  private static int specificity(Gold g) {
    return (g.admin2() != null ? 2 : 0) + (g.lat() != null ? 1 : 0);
  }

  private static Gold gold(String docId, JsonNode n) {
    String mention = n.hasNonNull("mention") ? n.get("mention").asText() : n.path("place").asText();
    return new Gold(
        docId,
        mention,
        n.hasNonNull("admin1") ? n.get("admin1").asText() : null,
        n.hasNonNull("admin2") ? n.get("admin2").asText() : null,
        n.hasNonNull("lat") ? n.get("lat").asDouble() : null,
        n.hasNonNull("lon") ? n.get("lon").asDouble() : null);
  }

  private Report run(List<Document> docs, List<Gold> gold, Function<Document, DatedDocument> an) {
    List<DatedDocument> dated = new ArrayList<>();
    for (Document d : docs) {
      dated.add(an.apply(d));
    }
    Map<String, PlacedDocument> placed = new LinkedHashMap<>();
    for (DatedDocument d : dated) {
      placed.put(d.id(), resolver.resolve(d)); // warm-up, untimed
    }
    int mentions = 0;
    long t0 = System.nanoTime();
    int rounds = 0;
    // Repeat resolution for at least 1 s so that the speed is not a single-shot timing.
    do {
      for (DatedDocument d : dated) {
        PlacedDocument p = resolver.resolve(d);
        placed.put(p.id(), p);
        mentions += p.places().size();
      }
      rounds++;
    } while (System.nanoTime() - t0 < 1_000_000_000L && rounds < 100_000);
    double seconds = (System.nanoTime() - t0) / 1e9;
    int found = 0;
    int exact = 0;
    int checked = 0;
    int near = 0;
    List<String> misses = new ArrayList<>();
    for (Gold g : gold) {
      PlacedDocument p = placed.get(g.docId());
      Place r = p == null ? null : resolvedFor(p, g.mention());
      if (r == null) {
        misses.add(g.docId() + ": " + g.mention() + " not resolved");
        continue;
      }
      found++;
      Gazetteer.AdminNames an2 = gazetteer.adminNames(r);
      boolean ok =
          same(g.admin1(), an2.admin1()) && (g.admin2() == null || same(g.admin2(), an2.admin2()));
      if (ok) {
        exact++;
      } else {
        misses.add(
            g.docId()
                + ": "
                + g.mention()
                + " -> "
                + r.id()
                + " ("
                + an2.admin1()
                + " / "
                + an2.admin2()
                + ")");
      }
      // The point an event at the place gets: a province stands at its capital, as ACLED codes an
      // event known only by its province (the province's own point is its area's).
      Place at =
          r.kind() == org.sitrep.model.PlaceKind.PROVINCE
              ? gazetteer.capitalOf(r.id()).filter(c -> c.lat() != null).orElse(r)
              : r;
      if (g.lat() != null && at.lat() != null) {
        checked++;
        if (Distance.km(g.lat(), g.lon(), at.lat(), at.lon()) <= 30) {
          near++;
        } else {
          misses.add(g.docId() + ": " + g.mention() + " more than 30 km off");
        }
      } else if (g.lat() != null) {
        checked++;
      }
    }
    return new Report(
        gold.size(), found, exact, checked, near, mentions / rounds, mentions / seconds, misses);
  }

  private static Place resolvedFor(PlacedDocument p, String mention) {
    String key = NameKey.translit(mention);
    for (PlaceMention m : p.places()) {
      if (m.resolution() instanceof Resolution.Resolved r
          && NameKey.translit(m.surface()).equals(key)) {
        return r.place();
      }
    }
    return null;
  }

  private static boolean same(String gold, String got) {
    if (gold == null) {
      return true;
    }
    return got != null
        && NameKey.translit(GazetteerData.baseName(gold))
            .equals(NameKey.translit(GazetteerData.baseName(got)));
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("bad gold line: " + line, e);
    }
  }
}

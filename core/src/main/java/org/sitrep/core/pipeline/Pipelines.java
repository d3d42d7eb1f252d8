package org.sitrep.core.pipeline;

import java.util.function.Function;
import org.sitrep.core.extract.Lexicons;
import org.sitrep.core.extract.PlaceDirectory;
import org.sitrep.core.extract.RuleEventExtractor;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.GazetteerPlaceResolver;
import org.sitrep.core.geo.GeoLexicon;
import org.sitrep.core.geo.GeoSettings;
import org.sitrep.core.text.ArticleCleaner;
import org.sitrep.core.text.CleaningRules;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.core.time.RuleDateResolver;
import org.sitrep.core.time.TimeRules;
import org.sitrep.model.Document;

/** Assembles the standard pipeline from loaded resources. */
public final class Pipelines {
  private Pipelines() {}

  /** The stages up to dates only, for {@code sitrep dates}: no gazetteer needed. */
  public static Function<Document, DatedDocument> dating(NlpModels models) {
    ArticleCleaner cleaner =
        new ArticleCleaner(
            models, CleaningRules.loadFromClasspath(), ArticleCleaner.Settings.DEFAULTS);
    OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(models);
    RuleDateResolver dates = new RuleDateResolver(TimeRules.loadFromClasspath());
    return d -> dates.resolve(analyzer.analyze(cleaner.clean(d)));
  }

  public static Pipeline standard(NlpModels models, Gazetteer gazetteer) {
    return new Pipeline(
        new ArticleCleaner(
            models, CleaningRules.loadFromClasspath(), ArticleCleaner.Settings.DEFAULTS),
        new OpenNlpAnalyzer(models),
        new RuleDateResolver(TimeRules.loadFromClasspath()),
        new GazetteerPlaceResolver(gazetteer, GeoLexicon.standard(), GeoSettings.defaults()),
        new RuleEventExtractor(Lexicons.loadFromClasspath(), PlaceDirectory.of(gazetteer)));
  }
}

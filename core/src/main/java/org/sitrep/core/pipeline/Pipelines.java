package org.sitrep.core.pipeline;

import java.util.List;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.GazetteerPlaceResolver;
import org.sitrep.core.geo.GeoLexicon;
import org.sitrep.core.geo.GeoSettings;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.core.text.ParagraphCleaner;
import org.sitrep.core.time.RuleDateResolver;
import org.sitrep.core.time.TimeRules;

/** Assembles the standard pipeline from loaded resources. */
public final class Pipelines {
  private Pipelines() {}

  // TEMPORARY wiring while the time and extract stages are being written in parallel.
  public static Pipeline standard(NlpModels models, Gazetteer gazetteer) {
    return new Pipeline(
        new ParagraphCleaner(),
        new OpenNlpAnalyzer(models),
        new RuleDateResolver(TimeRules.loadFromClasspath()),
        new GazetteerPlaceResolver(gazetteer, GeoLexicon.standard(), GeoSettings.defaults()),
        p -> new ExtractedDocument(p, List.of()));
  }
}

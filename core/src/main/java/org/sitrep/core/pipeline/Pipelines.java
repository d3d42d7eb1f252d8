package org.sitrep.core.pipeline;

import java.util.List;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.text.ArticleCleaner;
import org.sitrep.core.text.CleaningRules;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.core.time.DatedDocument;

/** Assembles the standard pipeline from loaded resources. */
public final class Pipelines {
  private Pipelines() {}

  // TEMPORARY wiring while the time, geo and extract stages are being written in parallel.
  public static Pipeline standard(NlpModels models) {
    return new Pipeline(
        new ArticleCleaner(
            models, CleaningRules.loadFromClasspath(), ArticleCleaner.Settings.DEFAULTS),
        new OpenNlpAnalyzer(models),
        a -> new DatedDocument(a, List.of()),
        d -> new PlacedDocument(d, List.of()),
        p -> new ExtractedDocument(p, List.of()));
  }
}

package org.sitrep.core.pipeline;

import java.util.List;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.geo.PlacedDocument;
import org.sitrep.core.text.NlpModels;
import org.sitrep.core.text.OpenNlpAnalyzer;
import org.sitrep.core.text.ParagraphCleaner;
import org.sitrep.core.time.RuleDateResolver;
import org.sitrep.core.time.TimeRules;

/** Assembles the standard pipeline from loaded resources. */
public final class Pipelines {
  private Pipelines() {}

  // TEMPORARY wiring while the time, geo and extract stages are being written in parallel.
  public static Pipeline standard(NlpModels models) {
    return new Pipeline(
        new ParagraphCleaner(),
        new OpenNlpAnalyzer(models),
        new RuleDateResolver(TimeRules.loadFromClasspath()),
        d -> new PlacedDocument(d, List.of()),
        p -> new ExtractedDocument(p, List.of()));
  }
}

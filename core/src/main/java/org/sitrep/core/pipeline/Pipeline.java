package org.sitrep.core.pipeline;

import java.util.Objects;
import org.sitrep.core.extract.EventExtractor;
import org.sitrep.core.extract.ExtractedDocument;
import org.sitrep.core.geo.PlaceResolver;
import org.sitrep.core.text.DocumentCleaner;
import org.sitrep.core.text.TextAnalyzer;
import org.sitrep.core.time.DateResolver;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.model.Document;

/**
 * The per-document pipeline. Each stage takes the previous stage's output type, so the order is
 * enforced by the compiler. Stateless and thread-safe when its stages are.
 */
public record Pipeline(
    DocumentCleaner cleaner,
    TextAnalyzer analyzer,
    DateResolver dates,
    PlaceResolver places,
    EventExtractor events) {
  public Pipeline {
    Objects.requireNonNull(cleaner, "cleaner");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(events, "events");
  }

  public DatedDocument date(Document d) {
    return dates.resolve(analyzer.analyze(cleaner.clean(d)));
  }

  public ExtractedDocument run(Document d) {
    return events.extract(places.resolve(date(d)));
  }
}

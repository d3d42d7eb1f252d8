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

  /**
   * Runs every stage on one document. A stack or heap exhausted by this document becomes its own
   * {@link DocumentTooComplex} failure, which every caller already reports per document, instead of
   * an {@link Error} that would end the whole batch.
   */
  public ExtractedDocument run(Document d) {
    try {
      return events.extract(places.resolve(date(d)));
    } catch (StackOverflowError e) {
      throw new DocumentTooComplex(d.id(), "nesting too deep");
    } catch (OutOfMemoryError e) {
      throw new DocumentTooComplex(d.id(), "out of memory");
    }
  }
}

package org.sitrep.core.time;

import org.sitrep.core.text.AnalyzedDocument;

/** Finds time expressions and normalises them against the publication date. */
public interface DateResolver {
  DatedDocument resolve(AnalyzedDocument document);
}

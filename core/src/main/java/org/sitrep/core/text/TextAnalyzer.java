package org.sitrep.core.text;

/** Splits the analysed segments of a cleaned document into sentences and tokens. */
public interface TextAnalyzer {
  AnalyzedDocument analyze(CleanDocument document);
}

package org.sitrep.core.text;

import java.util.List;
import java.util.Objects;

/** A cleaned document cut into sentences and tokens. */
public record AnalyzedDocument(CleanDocument clean, List<Sentence> sentences) {
  public AnalyzedDocument {
    Objects.requireNonNull(clean, "clean");
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return clean.text();
  }

  public String id() {
    return clean.id();
  }
}

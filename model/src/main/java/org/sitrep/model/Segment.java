package org.sitrep.model;

import java.util.Objects;

/**
 * A paragraph-sized stretch of a document's original text, with its kind and the language
 * identified for it ({@code "und"} when unknown).
 */
public record Segment(CharSpan span, SegmentKind kind, String lang) {
  public Segment {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lang, "lang");
  }

  public boolean analysed() {
    return kind == SegmentKind.BODY || kind == SegmentKind.QUOTED_POST;
  }
}

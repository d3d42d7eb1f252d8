package org.sitrep.core.text;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.CharSpan;
import org.sitrep.model.SegmentKind;

/**
 * One sentence of the original text, with the language and kind of the segment it lies in. {@code
 * segment} is the index of that segment in {@link CleanDocument#segments()}.
 */
public record Sentence(
    int index, CharSpan span, String lang, int segment, SegmentKind kind, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(kind, "kind");
    tokens = List.copyOf(tokens);
  }
}

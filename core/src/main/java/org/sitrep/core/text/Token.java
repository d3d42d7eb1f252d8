package org.sitrep.core.text;

import java.util.Objects;
import org.sitrep.model.CharSpan;

/** A token: its span in the original text, its surface, and its POS tag ("" when untagged). */
public record Token(CharSpan span, String text, String pos) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
  }
}

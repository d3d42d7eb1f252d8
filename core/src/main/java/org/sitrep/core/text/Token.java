package org.sitrep.core.text;

import java.util.Objects;
import org.sitrep.model.CharSpan;

/**
 * A token: its span in the original text, its surface, and its POS tag ("" when untagged).
 *
 * <p>The tag of a token from the analyser may be computed on first request, for the whole sentence
 * at once ({@link SentenceTags}): POS tagging is the costliest step of the pipeline and the rules
 * ask for a tag in few sentences. A tag is the same whether computed at once or on request, so a
 * token behaves as an immutable value either way (equality and hash code include the tag).
 */
public final class Token {
  private final CharSpan span;
  private final String text;
  private final String pos; // null while the tag comes from tags
  private final SentenceTags tags;
  private final int index;

  public Token(CharSpan span, String text, String pos) {
    this.span = Objects.requireNonNull(span, "span");
    this.text = Objects.requireNonNull(text, "text");
    this.pos = Objects.requireNonNull(pos, "pos");
    this.tags = null;
    this.index = -1;
  }

  /** Token {@code index} of a sentence whose tags are computed when first asked for. */
  Token(CharSpan span, String text, SentenceTags tags, int index) {
    this.span = Objects.requireNonNull(span, "span");
    this.text = Objects.requireNonNull(text, "text");
    this.pos = null;
    this.tags = Objects.requireNonNull(tags, "tags");
    this.index = index;
  }

  public CharSpan span() {
    return span;
  }

  public String text() {
    return text;
  }

  /** The POS tag ("" when the language has no tagger). */
  public String pos() {
    return pos != null ? pos : tags.get(index);
  }

  /** Whether the tag is known without running the tagger (given, or its sentence tagged). */
  public boolean tagKnown() {
    return pos != null || tags.done();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t
        && span.equals(t.span)
        && text.equals(t.text)
        && pos().equals(t.pos());
  }

  @Override
  public int hashCode() {
    return Objects.hash(span, text, pos());
  }

  @Override
  public String toString() {
    return "Token[span=" + span + ", text=" + text + ", pos=" + pos() + "]";
  }
}

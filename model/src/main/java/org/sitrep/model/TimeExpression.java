package org.sitrep.model;

import java.util.Objects;

/**
 * A time expression found in a text and its value. {@code value} is null for durations and sets, or
 * when the expression could not be anchored. {@code anchor} says what it was resolved against
 * ("published", "previous:&lt;start&gt;", "absolute").
 */
public record TimeExpression(
    String docId, CharSpan span, String text, TimeKind kind, DateInterval value, String anchor) {
  public TimeExpression {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("time expression text does not fit its span");
    }
  }
}

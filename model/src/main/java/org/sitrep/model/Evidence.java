package org.sitrep.model;

import java.util.Objects;

/**
 * A quoted span of a source text that something rests on. {@code quote} is exactly {@code
 * text.substring(start, end)} of document {@code docId}; {@code role} says what the span supports
 * ("event", "date", "place", "attribution", ...), null when it is the event's main sentence.
 */
public record Evidence(String docId, int start, int end, String quote, String role) {
  public Evidence {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(quote, "quote");
    if (start < 0 || end < start || quote.length() != end - start) {
      throw new IllegalArgumentException(
          "evidence span [" + start + ", " + end + ") does not fit its quote in " + docId);
    }
  }

  public static Evidence of(String docId, String text, CharSpan span, String role) {
    return new Evidence(docId, span.start(), span.end(), span.of(text), role);
  }

  public CharSpan span() {
    return new CharSpan(start, end);
  }
}

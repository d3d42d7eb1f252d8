package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One input document as read, before any analysis. {@code text} is the original text: every offset
 * anywhere in sitrep points into it. Optional metadata is null when absent.
 */
public record Document(
    String id, String text, DateInterval published, String source, String url, String lang) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
  }

  public static Document of(String id, String text) {
    return new Document(id, text, null, null, null, null);
  }

  public Optional<DateInterval> publishedDate() {
    return Optional.ofNullable(published);
  }

  public Optional<String> sourceName() {
    return Optional.ofNullable(source);
  }

  public Optional<String> declaredLang() {
    return Optional.ofNullable(lang);
  }

  public Document withPublished(DateInterval p) {
    return new Document(id, text, p, source, url, lang);
  }
}

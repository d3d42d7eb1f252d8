package org.sitrep.core.text;

import org.sitrep.model.Document;

/** Recognises page furniture, headers and embedded posts, without changing any offset. */
public interface DocumentCleaner {
  CleanDocument clean(Document document);
}

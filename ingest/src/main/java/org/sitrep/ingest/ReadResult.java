package org.sitrep.ingest;

import java.util.Objects;
import org.sitrep.model.Document;

/** One input read: a document, or a one-line reason why the named input was rejected. */
public sealed interface ReadResult {
  /** The document's id, or the best name we have for the input when it was rejected. */
  String name();

  record Ok(Document document) implements ReadResult {
    public Ok {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String name() {
      return document.id();
    }
  }

  record Rejected(String name, String reason) implements ReadResult {
    public Rejected {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * The one-line message users see. What it quotes from the input (a file name, an id) is
     * escaped, so that no input can print a forged line or terminal codes.
     */
    public String message() {
      return escape(name + ": " + reason);
    }

    static String escape(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.getType(c) == Character.CONTROL
            || c == '\u2028'
            || c == '\u2029'
            || c == '\u0085') {
          b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
      return b.toString();
    }
  }
}

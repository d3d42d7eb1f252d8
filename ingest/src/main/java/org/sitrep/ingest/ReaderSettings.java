package org.sitrep.ingest;

/**
 * Limits of the document reader. {@code maxDocumentBytes}: largest text file or JSON line accepted
 * (default 10 MB); {@code maxControlFraction}: share of control bytes above which a file is taken
 * for binary.
 */
public record ReaderSettings(long maxDocumentBytes, double maxControlFraction) {
  public static final ReaderSettings DEFAULTS = new ReaderSettings(10L * 1024 * 1024, 0.05);

  public ReaderSettings {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive");
    }
    if (!(maxControlFraction >= 0 && maxControlFraction <= 1)) {
      throw new IllegalArgumentException("maxControlFraction must be in [0, 1]");
    }
  }
}

package org.sitrep.core.pipeline;

/**
 * One document exhausted a resource the others share (the stack, the heap): it is that document's
 * failure, reported with its id like any bad input, and the batch goes on.
 */
public final class DocumentTooComplex extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DocumentTooComplex(String docId, String reason) {
    super(docId + ": too complex to analyse (" + reason + ")", null, false, false);
  }
}

package org.sitrep.model;

/** What a stretch of a document is, once page furniture has been recognised. */
public enum SegmentKind {
  /** The article's own prose. */
  BODY,
  /** The optional {@code date ...} header line and similar metadata lines. */
  HEADER,
  /** Page furniture: reading-time lines, bare links, share buttons. Never analysed. */
  FURNITURE,
  /** An embedded post (tweet, Telegram message) quoted inside the article: someone else's words. */
  QUOTED_POST
}

package org.sitrep.server;

import java.util.Locale;

/**
 * Stable error codes of the HTTP API; clients match on {@link #wire()}. The HTTP status of each
 * code is decided in one place, {@link #status()}.
 */
public enum ErrorCode {
  BAD_REQUEST,
  INVALID_DOCUMENT,
  UNAUTHORIZED,
  FORBIDDEN_HOST,
  NOT_FOUND,
  METHOD_NOT_ALLOWED,
  PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE,
  INTERNAL,
  /** The store's file was deleted or replaced under the server: writes are refused. */
  STORE_UNAVAILABLE;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The one mapping from error codes to HTTP statuses. */
  public int status() {
    switch (this) {
      case BAD_REQUEST:
      case INVALID_DOCUMENT:
        return 400;
      case UNAUTHORIZED:
        return 401;
      case FORBIDDEN_HOST:
        return 403;
      case NOT_FOUND:
        return 404;
      case METHOD_NOT_ALLOWED:
        return 405;
      case PAYLOAD_TOO_LARGE:
        return 413;
      case UNSUPPORTED_MEDIA_TYPE:
        return 415;
      case STORE_UNAVAILABLE:
        return 503;
      default:
        return 500;
    }
  }
}

package org.sitrep.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * How the server runs: where it listens (loopback unless told otherwise), the token that write
 * endpoints need, whether reads need it too (by default only when bound beyond loopback), an
 * optional tile URL template for online users, and the input size limits.
 */
public record ServerSettings(
    String host,
    int port,
    String token,
    boolean openReads,
    String tileUrl,
    long maxBodyBytes,
    int maxPageSize,
    int maxQueryChars) {
  public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (token.length() < 8) {
      throw new IllegalArgumentException("the token must be at least 8 characters");
    }
    if (maxBodyBytes < 1024 || maxPageSize < 1 || maxQueryChars < 16) {
      throw new IllegalArgumentException("size limits too small");
    }
    if (tileUrl != null && !tileUrl.startsWith("http://") && !tileUrl.startsWith("https://")) {
      throw new IllegalArgumentException("tile URL must be http(s): " + tileUrl);
    }
  }

  /** Loopback on a given port; reads open, the given token for writes. */
  public static ServerSettings loopback(int port, String token) {
    return new ServerSettings("127.0.0.1", port, token, true, null, DEFAULT_MAX_BODY, 1000, 500);
  }

  /**
   * Settings for a host: reads are open on loopback, and beyond it only when {@code publicReads}
   * says so explicitly.
   */
  public static ServerSettings of(
      String host, int port, String token, boolean publicReads, String tileUrl) {
    boolean open = publicReads || isLoopback(host);
    return new ServerSettings(host, port, token, open, tileUrl, DEFAULT_MAX_BODY, 1000, 500);
  }

  public boolean loopbackOnly() {
    return isLoopback(host);
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}

package org.sitrep.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

/**
 * How the server runs: where it listens (loopback unless told otherwise), the token that write
 * endpoints need, whether reads need a token too (by default only when bound beyond loopback) and
 * an optional read-only token for them (the write token reads as well), an optional tile URL
 * template for online users, and the input size limits.
 */
public record ServerSettings(
    String host,
    int port,
    String token,
    boolean openReads,
    String tileUrl,
    long maxBodyBytes,
    int maxPageSize,
    int maxQueryChars,
    List<String> allowedHosts,
    String readToken) {
  public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

  /** Host names a request may name besides the loopback ones and the bound host. */
  public ServerSettings {
    Objects.requireNonNull(host, "host");
    allowedHosts =
        allowedHosts == null
            ? List.of()
            : allowedHosts.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (token.length() < 8) {
      throw new IllegalArgumentException("the token must be at least 8 characters");
    }
    if (readToken != null && readToken.isBlank()) {
      readToken = null;
    }
    if (readToken != null && readToken.length() < 8) {
      throw new IllegalArgumentException("the read token must be at least 8 characters");
    }
    if (token.equals(readToken)) {
      // one secret for both would let every reader write
      throw new IllegalArgumentException("the read token must differ from the write token");
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
    return new ServerSettings(
        "127.0.0.1", port, token, true, null, DEFAULT_MAX_BODY, 1000, 500, List.of(), null);
  }

  /**
   * Settings for a host: reads are open on loopback, and beyond it only when {@code publicReads}
   * says so explicitly.
   */
  public static ServerSettings of(
      String host, int port, String token, boolean publicReads, String tileUrl) {
    boolean open = publicReads || isLoopback(host);
    return new ServerSettings(
        host, port, token, open, tileUrl, DEFAULT_MAX_BODY, 1000, 500, List.of(), null);
  }

  /** The same settings, also answering requests that name these hosts ("*": any host). */
  public ServerSettings withAllowedHosts(List<String> hosts) {
    return new ServerSettings(
        host,
        port,
        token,
        openReads,
        tileUrl,
        maxBodyBytes,
        maxPageSize,
        maxQueryChars,
        hosts,
        readToken);
  }

  /**
   * The same settings with a read-only token (null: none): where reads need a token it reads but
   * cannot write; the write token reads as well.
   */
  public ServerSettings withReadToken(String read) {
    return new ServerSettings(
        host,
        port,
        token,
        openReads,
        tileUrl,
        maxBodyBytes,
        maxPageSize,
        maxQueryChars,
        allowedHosts,
        read);
  }

  /**
   * Whether a request's {@code Host} header may be answered. Loopback names and the bound host
   * always; others only when listed. A browser page on another site that rebinds its own name to
   * 127.0.0.1 sends that name, so it is refused before it reads anything.
   */
  public boolean hostAllowed(String hostHeader) {
    if (allowedHosts.contains("*")) {
      return true;
    }
    if (hostHeader == null || hostHeader.isBlank()) {
      return false; // HTTP/1.1 requires it; a client without one is not a browser to trust
    }
    String h = hostHeader.trim().toLowerCase(java.util.Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      h = close < 0 ? h : h.substring(1, close);
    } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
      h = h.substring(0, h.indexOf(':'));
    }
    return h.equals("localhost")
        || h.equals("::1")
        || h.matches("127(\\.\\d{1,3}){3}")
        || h.equals(host.toLowerCase(java.util.Locale.ROOT))
        || allowedHosts.contains(h);
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

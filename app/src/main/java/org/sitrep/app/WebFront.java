package org.sitrep.app;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.sitrep.core.geo.Gazetteer;

/**
 * The web front (REST API, alert stream, map page) as the CLI finds it at run time: the server
 * module implements this and registers it in {@code META-INF/services}, so {@code sitrep serve}
 * works wherever the server is on the class path (the dist jar) while the CLI module does not
 * depend on it. The CLI keeps what is a command line's business (options, token, store, preload).
 */
public interface WebFront {
  /**
   * How to serve: the interface to bind, the port (0 picks a free one), the write token, an
   * optional read-only token, whether reads are public beyond loopback, an optional tile URL
   * template and the host names requests may use besides loopback and {@code host}.
   */
  record Options(
      String host,
      int port,
      String token,
      String readToken,
      boolean publicRead,
      String tileUrl,
      List<String> allowedHosts) {
    public Options {
      allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }
  }

  /**
   * Checks the options before anything loads.
   *
   * @throws IllegalArgumentException with a one-line reason when the options cannot serve
   */
  Checked check(Options options);

  /** Options the front accepted: what they mean for access, and the start. */
  interface Checked {
    /** Bound to a loopback interface only. */
    boolean loopbackOnly();

    /** Reads answer without a token. */
    boolean openReads();

    /** A read-only token was given. */
    boolean readToken();

    /**
     * Starts serving the service's store; the service must track control (its changes are the
     * alerts). Closing the returned server closes the store too.
     */
    Running start(IngestService service, Gazetteer gazetteer);
  }

  /** A server that runs until closed. */
  interface Running extends AutoCloseable {
    String url();

    @Override
    void close();
  }

  /** The web front on the class path, if this build has one. */
  static Optional<WebFront> find() {
    return ServiceLoader.load(WebFront.class, WebFront.class.getClassLoader()).findFirst();
  }
}

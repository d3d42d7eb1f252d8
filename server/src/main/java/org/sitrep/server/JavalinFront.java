package org.sitrep.server;

import org.sitrep.app.IngestService;
import org.sitrep.app.WebFront;
import org.sitrep.core.geo.Gazetteer;

/**
 * The server as {@code sitrep serve} finds it (java.util.ServiceLoader, registered in
 * META-INF/services): settings checked first, then the live backend over the CLI's ingest service.
 */
public final class JavalinFront implements WebFront {
  @Override
  public Checked check(Options o) {
    ServerSettings ss =
        ServerSettings.of(o.host(), o.port(), o.token(), o.publicRead(), o.tileUrl())
            .withAllowedHosts(o.allowedHosts())
            .withReadToken(o.readToken());
    return new Checked() {
      @Override
      public boolean loopbackOnly() {
        return ss.loopbackOnly();
      }

      @Override
      public boolean openReads() {
        return ss.openReads();
      }

      @Override
      public boolean readToken() {
        return ss.readToken() != null;
      }

      @Override
      public Running start(IngestService service, Gazetteer gazetteer) {
        SitrepBackend backend = new LiveBackend(service, gazetteer);
        SitrepServer server;
        try {
          server = SitrepServer.start(backend, ss);
        } catch (RuntimeException e) {
          backend.close();
          throw e;
        }
        return new Running() {
          @Override
          public String url() {
            return server.url();
          }

          @Override
          public void close() {
            server.close();
            backend.close();
          }
        };
      }
    };
  }
}

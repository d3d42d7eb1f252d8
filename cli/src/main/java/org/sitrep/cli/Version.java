package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version stamped into the jar at build time. */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/sitrep-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return new String[] {"sitrep " + p.getProperty("version", "unknown")};
  }
}

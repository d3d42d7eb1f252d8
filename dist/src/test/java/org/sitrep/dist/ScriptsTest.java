package org.sitrep.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/setup-tests and scripts/pg say what they install and start, and how to stop it. */
class ScriptsTest {
  static Path script(String name) {
    Path p = Path.of(System.getProperty("sitrep.root", ".."), "scripts", name);
    assumeTrue(Files.isRegularFile(p), p + " absent");
    return p;
  }

  @Test
  void setupTestsInstallsWithoutRecommendsAndSaysSo(@TempDir Path tmp) throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path log = tmp.resolve("apt.log");
    // apt-get (and sudo, for a non-root run) stand-ins that record what they were asked.
    LauncherTest.script(bin, "apt-get", "echo \"apt-get $*\" >> '" + log + "'\n");
    LauncherTest.script(bin, "sudo", "\"$@\"\n");
    ProcessBuilder pb = new ProcessBuilder("bash", script("setup-tests").toString());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("SITREP_CHROMIUM", tmp.resolve("no-chromium").toString());
    pb.environment().remove("CI");
    Process p = pb.redirectErrorStream(true).start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains(
            "installing the Debian packages chromium and chromium-driver", "nothing is started");
    assertThat(Files.readString(log))
        .contains("apt-get install -y -q --no-install-recommends chromium chromium-driver");
  }

  @Test
  void pgSaysWhetherItsServerRunsAndRefusesUnknownActions() throws Exception {
    Path pg = script("pg");
    Process bad =
        new ProcessBuilder("bash", pg.toString(), "restart-everything")
            .redirectErrorStream(true)
            .start();
    String usage =
        new String(bad.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(bad.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bad.exitValue()).isEqualTo(2);
    assertThat(usage).contains("usage: scripts/pg [start|status|stop]");
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb =
        new ProcessBuilder("bash", pg.toString(), "status").redirectErrorStream(true);
    pb.environment().put("SITREP_PG_PORT", Integer.toString(port));
    Process status = pb.start();
    String said =
        new String(status.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(status.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(status.exitValue()).isEqualTo(1);
    assertThat(said).containsAnyOf("no server on 127.0.0.1:" + port, "PostgreSQL is not installed");
    assertThat(Files.readString(pg)).contains("scripts/pg stop", "--no-install-recommends");
  }
}

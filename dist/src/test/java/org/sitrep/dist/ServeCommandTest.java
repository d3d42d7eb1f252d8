package org.sitrep.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.app.WebFront;
import org.sitrep.cli.Main;
import picocli.CommandLine;

/**
 * With the server on the class path, as in the dist jar: {@code sitrep serve} finds it and refuses
 * unusable settings with exit code 2 before loading anything.
 */
class ServeCommandTest {
  private static int run(ByteArrayOutputStream err, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return cl.execute(args);
  }

  @Test
  void theServerIsFoundAtRunTime() {
    assertThat(WebFront.find()).isPresent();
  }

  @Test
  void badSettingsAreUsageErrors() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(err, "serve", "--tile-url", "ftp://tiles.example/{z}/{x}/{y}.png")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("tile URL must be http(s)");
    ByteArrayOutputStream err2 = new ByteArrayOutputStream();
    assertThat(run(err2, "serve", "--port", "70000")).isEqualTo(2);
    assertThat(err2.toString(StandardCharsets.UTF_8)).contains("port must be 0..65535");
  }
}

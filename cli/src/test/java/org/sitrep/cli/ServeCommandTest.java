package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code sitrep serve} on the CLI's own class path, where the server is not: the command and its
 * help are there, a run says in one line that serving is not in this build. (The dist module's
 * tests run it with the server.)
 */
class ServeCommandTest {
  @Test
  void withoutTheServerARunSaysServeIsNotInThisBuild() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    assertThat(cl.execute("serve", "--port", "0")).isEqualTo(Failures.RUNTIME);
    String said = err.toString(StandardCharsets.UTF_8);
    assertThat(said).startsWith("sitrep: serve is not in this build").endsWith("\n");
    assertThat(said.strip().lines()).hasSize(1);
  }

  @Test
  void helpNamesTheAccessRules() {
    String usage = Main.commandLine().getSubcommands().get("serve").getUsageMessage();
    assertThat(usage).contains("--host", "--public-read", "--tile-url", "--ingest");
  }
}

package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help on every command, a help command, and usage (exit 2) when no command is given. */
class HelpTest {
  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  /** The command as a separate JVM: Main.main, its System.exit code, its real stdout/stderr. */
  static CliRun process(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new CliRun(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** Every command path, e.g. [extract], [gazetteer, import]; the help command aside. */
  static List<List<String>> commands(CommandLine cl, List<String> prefix) {
    List<List<String>> all = new ArrayList<>();
    cl.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (name.equals("help")) {
                return;
              }
              List<String> path = new ArrayList<>(prefix);
              path.add(name);
              all.add(path);
              all.addAll(commands(sub, path));
            });
    return all;
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    List<List<String>> all = commands(Main.commandLine(), List.of());
    assertThat(all).hasSizeGreaterThan(18).contains(List.of("gazetteer", "import"));
    for (List<String> path : all) {
      for (String flag : List.of("--help", "-h")) {
        List<String> args = new ArrayList<>(path);
        args.add(flag);
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        assertThat(r.out())
            .as(String.join(" ", args))
            .startsWith("Usage: sitrep " + String.join(" ", path))
            .contains("Examples:", "  sitrep " + path.get(0), "Exit codes:");
        assertThat(r.err()).isEmpty();
      }
    }
  }

  @Test
  void helpCommandAtBothLevels() {
    CliRun top = run("help", "extract");
    assertThat(top.code()).isZero();
    assertThat(top.out()).startsWith("Usage: sitrep extract").contains("PATH");
    CliRun nested = run("gazetteer", "help", "import");
    assertThat(nested.code()).isZero();
    assertThat(nested.out()).startsWith("Usage: sitrep gazetteer import").contains("--replace");
    CliRun unknown = run("help", "nosuchcommand");
    assertThat(unknown.code()).isEqualTo(2);
  }

  @Test
  void noCommandIsBadUsageWithTheUsageOnStderr() {
    CliRun none = run();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err())
        .contains("no command given", "Usage: sitrep", "extract", "2   bad usage");
    CliRun gaz = run("gazetteer");
    assertThat(gaz.code()).isEqualTo(2);
    assertThat(gaz.err()).contains("Usage: sitrep gazetteer", "import", "search");
    CliRun typo = run("extract", "--nosuch", "a.txt");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("Unknown option", "Try 'sitrep extract --help'");
  }

  @Test
  void theRealCommandPrintsHelpAndExitsZero() throws Exception {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"help", "extract"},
            new String[] {"extract", "--help"})) {
      CliRun r = process(args);
      assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
      assertThat(r.out()).startsWith("Usage: sitrep");
    }
    CliRun none = process();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("Usage: sitrep");
  }
}

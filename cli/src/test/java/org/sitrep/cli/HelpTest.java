package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help on every command, a help command, and usage (exit 2) when no command is given. */
class HelpTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The command as a separate JVM: Main.main, its System.exit code, its real stdout/stderr. */
  static Run process(String... args) throws IOException, InterruptedException {
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
    return new Run(
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
        Run r = run(args.toArray(String[]::new));
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
    Run top = run("help", "extract");
    assertThat(top.code()).isZero();
    assertThat(top.out()).startsWith("Usage: sitrep extract").contains("PATH");
    Run nested = run("gazetteer", "help", "import");
    assertThat(nested.code()).isZero();
    assertThat(nested.out()).startsWith("Usage: sitrep gazetteer import").contains("--replace");
    Run unknown = run("help", "nosuchcommand");
    assertThat(unknown.code()).isEqualTo(2);
  }

  @Test
  void noCommandIsBadUsageWithTheUsageOnStderr() {
    Run none = run();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err())
        .contains("no command given", "Usage: sitrep", "extract", "2   bad usage");
    Run gaz = run("gazetteer");
    assertThat(gaz.code()).isEqualTo(2);
    assertThat(gaz.err()).contains("Usage: sitrep gazetteer", "import", "search");
    Run typo = run("extract", "--nosuch", "a.txt");
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
      Run r = process(args);
      assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
      assertThat(r.out()).startsWith("Usage: sitrep");
    }
    Run none = process();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("Usage: sitrep");
  }
}

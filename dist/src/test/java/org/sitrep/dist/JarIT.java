package org.sitrep.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Claim;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Territory;
import org.sitrep.wire.EventJson;

/**
 * The packaged jar, as the launcher runs it: help, usage errors, a report written to a folder, and
 * {@code serve}, whose server the CLI finds in the jar at run time.
 */
class JarIT {
  record Run(int code, String out, String err) {}

  static Run jar(Path cwd, String... args) throws Exception {
    String jar = System.getProperty("sitrep.jar");
    assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the packaged jar");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(jar);
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void helpEverywhereAndUsageWithoutACommand(@TempDir Path tmp) throws Exception {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"help", "extract"},
            new String[] {"extract", "--help"},
            new String[] {"gazetteer", "import", "-h"})) {
      Run r = jar(tmp, args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).startsWith("Usage: sitrep").contains("Examples:");
    }
    Run none = jar(tmp);
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("Usage: sitrep");
  }

  @Test
  void reportIntoANewFolderWithOrdinaryModes(@TempDir Path tmp) throws Exception {
    String q = "Our own fixture: the town was taken on that day, the report says.";
    Event e =
        new Event(
            "j1",
            List.of("dj"),
            EventKind.TERRITORY,
            AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            DateInterval.day(java.time.LocalDate.of(2021, 8, 12)),
            new Location("Pul-e-Khumri", "Baghlan", "Puli Khumri", 35.94, 68.72, 1, null),
            List.of(new EventActor("Taliban", ActorRole.ACTOR1, null)),
            new Territory("Taliban", null),
            Fatalities.NONE,
            Claim.asserted(),
            List.of(new Evidence("dj", 0, q.length(), q, null)),
            0.8);
    Path events = tmp.resolve("events.jsonl");
    Files.writeString(events, EventJson.toJson(e) + "\n");
    Run r =
        jar(
            tmp,
            "report",
            "--events",
            events.toString(),
            "--date",
            "2021-08-12",
            "--out",
            "reports/");
    assertThat(r.code()).as(r.err()).isZero();
    Path md = tmp.resolve("reports/sitrep-report-2021-08-12.md");
    assertThat(md).isRegularFile();
    assertThat(tmp.resolve("reports/sitrep-report-2021-08-12.html")).isRegularFile();
    if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
      Path plain = Files.createFile(tmp.resolve("plain.txt"));
      assertThat(Files.getPosixFilePermissions(md)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
  }

  @Test
  void serveStartsTheServerFromTheJar(@TempDir Path tmp) throws Exception {
    String jar = System.getProperty("sitrep.jar");
    assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the packaged jar");
    String home = System.getProperty("sitrep.root", "..");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsitrep.home=" + home,
                "-jar",
                jar,
                "serve",
                "--port",
                "0",
                "--db",
                tmp.resolve("serve.db").toString())
            .directory(tmp.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    // stderr line by line on a thread, so a server that never says "serving" fails by timeout
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                  lines.add(l);
                }
              } catch (java.io.IOException e) {
                lines.add("read failed: " + e.getMessage());
              }
              lines.add("<end>");
            });
    reader.setDaemon(true);
    reader.start();
    try {
      StringBuilder said = new StringBuilder();
      String serving = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (serving == null && System.nanoTime() < deadline) {
        String l = lines.poll(1, TimeUnit.SECONDS);
        if (l == null) {
          continue;
        }
        if (l.equals("<end>")) {
          break;
        }
        said.append(l).append('\n');
        if (l.startsWith("sitrep: serving ")) {
          serving = l;
        }
      }
      assertThat(serving).as(said.toString()).isNotNull().contains("at http://127.0.0.1:");
      assertThat(said.toString()).doesNotContain("not in this build");
    } finally {
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}

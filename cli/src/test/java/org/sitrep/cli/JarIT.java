package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** The packaged jar, as the launcher runs it: help, usage errors, a report written to a folder. */
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
}

package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep dates} end to end: the contract's lines, the seeds, a golden file, bad input. */
class DatesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliRun run(String... args) {
    return CliRun.throughProcessStreams(args);
  }

  /** The JSON lines a run printed. */
  private static List<JsonNode> lines(CliRun r) throws IOException {
    List<JsonNode> l = new ArrayList<>();
    for (String s : r.out().split("\n")) {
      if (!s.isBlank()) {
        l.add(JSON.readTree(s));
      }
    }
    return l;
  }

  private static Path resource(String p) {
    return Paths.get(System.getProperty("sitrep.root"), "cli/src/test/resources", p);
  }

  private static Optional<JsonNode> find(List<JsonNode> lines, String doc, String text) {
    return lines.stream()
        .filter(
            n -> n.get("doc_id").asText().startsWith(doc) && n.get("text").asText().equals(text))
        .findFirst();
  }

  @Test
  void linesFollowTheContract() throws IOException {
    Path dir = resource("dates/fixtures");
    CliRun r = run("dates", dir.toString());
    assertEquals(0, r.code(), r.err());
    for (JsonNode n : lines(r)) {
      for (String f : List.of("doc_id", "start", "end", "text", "from", "to", "precision")) {
        assertTrue(n.has(f), f + " missing in " + n);
      }
      String text = Files.readString(dir.resolve(n.get("doc_id").asText() + ".txt"));
      assertEquals(
          n.get("text").asText(), text.substring(n.get("start").asInt(), n.get("end").asInt()));
      assertTrue(
          List.of("day", "week", "month", "year", "unknown").contains(n.get("precision").asText()));
    }
  }

  @Test
  void goldenOutputOnOurFixtures() throws IOException {
    CliRun r = run("dates", resource("dates/fixtures").toString());
    assertEquals(0, r.code(), r.err());
    Path golden = resource("dates/golden/dates.jsonl");
    if (Boolean.parseBoolean(System.getProperty("sitrep.golden.update"))) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, r.out());
    }
    assertTrue(Files.exists(golden), "no golden file; run with -Dgolden.update=true");
    assertEquals(Files.readString(golden), r.out());
  }

  @Test
  void publishedOverridesTheDocumentsOwnDate() throws IOException {
    CliRun r =
        run(
            "dates",
            "--published",
            "2022-03-09",
            resource("dates/fixtures/fr-sans-date.txt").toString());
    assertEquals(0, r.code(), r.err());
    JsonNode hier = find(lines(r), "fr-sans-date", "Hier soir").orElseThrow();
    assertEquals("2022-03-08", hier.get("from").asText());
    CliRun none = run("dates", resource("dates/fixtures/fr-sans-date.txt").toString());
    assertTrue(find(lines(none), "fr-sans-date", "Hier soir").orElseThrow().get("from").isNull());
  }

  @Test
  void badArgumentsExitTwo(@TempDir Path tmp) {
    assertEquals(2, run("dates", "--published", "2021-13", tmp.toString()).code());
    assertEquals(2, run("dates", "--published", "yesterday", tmp.toString()).code());
    assertEquals(2, run("dates").code());
    assertEquals(2, run("dates", "--gold", tmp.resolve("nope.jsonl").toString()).code());
    CliRun missing = run("dates", tmp.resolve("nope.txt").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("nope.txt"), missing.err());
  }

  @Test
  void badDocumentIsReportedAndTheBatchGoesOn(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("a.txt"), "   \n");
    Files.writeString(tmp.resolve("b.txt"), "date 2021-09-08\n\nLes tirs ont cessé hier.\n");
    CliRun r = run("dates", tmp.toString());
    assertEquals(0, r.code());
    assertTrue(r.err().contains("a: empty document"), r.err());
    assertEquals("2021-09-07", find(lines(r), "b", "hier").orElseThrow().get("from").asText());
  }

  @Test
  void goldScoringPrintsFiguresPerLanguage() throws IOException {
    Path gold =
        Paths.get(
            System.getProperty("sitrep.root"),
            "core/src/test/resources/sitrep/time/heldout.gold.jsonl");
    CliRun r = run("dates", "--gold", gold.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> lines = lines(r);
    assertEquals(
        List.of("fr", "en", "all"), lines.stream().map(n -> n.get("lang").asText()).toList());
    for (JsonNode n : lines) {
      assertTrue(n.get("gold").asInt() > 20);
      assertTrue(n.get("value_accuracy").asDouble() > 0.5, n.toString());
    }
  }

  /** The seed articles, read from ../shared (skipped when absent); never copied here. */
  @Test
  void seeds() throws IOException {
    Path seeds = Paths.get(System.getProperty("sitrep.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds), "no ../shared/seeds");
    CliRun r = run("dates", seeds.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> l = lines(r);
    assertDay(l, "000_", "ce lundi 6 septembre", "2021-09-06", "2021-09-06");
    assertDay(l, "000_", "dimanche", "2021-09-05", "2021-09-05");
    assertDay(l, "000_", "au cours du week-end", "2021-09-04", "2021-09-05");
    assertDay(l, "000_", "dans la nuit de dimanche à lundi", "2021-09-05", "2021-09-06");
    assertDay(l, "004_", "le 10 août", "2021-08-10", "2021-08-10");

    // Published "2021-08" with no day given in the text: last week is one of the calendar weeks
    // before a day of August, so the value is a run of whole weeks, Monday to Sunday.
    JsonNode lastWeek = find(l, "004_", "La semaine dernière").orElseThrow();
    LocalDate from = LocalDate.parse(lastWeek.get("from").asText());
    LocalDate to = LocalDate.parse(lastWeek.get("to").asText());
    assertEquals(DayOfWeek.MONDAY, from.getDayOfWeek());
    assertEquals(DayOfWeek.SUNDAY, to.getDayOfWeek());
    assertEquals(0, (ChronoUnit.DAYS.between(from, to) + 1) % 7);
    assertFalse(lastWeek.get("precision").asText().equals("day"));

    // "depuis dimanche": the word is a signal, the span the Sunday itself, said in the anchor.
    JsonNode since =
        l.stream()
            .filter(n -> n.get("doc_id").asText().startsWith("004_"))
            .filter(n -> n.get("text").asText().equals("dimanche"))
            .filter(n -> n.get("anchor").asText().endsWith(";since"))
            .findFirst()
            .orElseThrow();
    assertEquals(DayOfWeek.SUNDAY, LocalDate.parse(since.get("from").asText()).getDayOfWeek());

    JsonNode years = find(l, "000_", "pendant 20 ans").orElseThrow();
    assertEquals("duration", years.get("kind").asText());
    assertTrue(years.get("from").isNull() && years.get("to").isNull());

    // "three weeks after the taking of Kabul": the taking of Kabul is a key date of the theatre
    // (sitrep/theatres/afghanistan-2021/key-dates.tsv), so it dates that happening exactly.
    assertDay(l, "000_", "Trois semaines après", "2021-08-15", "2021-08-15");
  }

  private static void assertDay(List<JsonNode> l, String doc, String text, String from, String to) {
    JsonNode n = find(l, doc, text).orElseThrow(() -> new AssertionError("no \"" + text + "\""));
    assertEquals(from, n.get("from").asText(), text);
    assertEquals(to, n.get("to").asText(), text);
  }
}

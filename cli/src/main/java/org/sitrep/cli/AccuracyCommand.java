package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.app.Assembly;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.eval.GoldEvent;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.wire.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep accuracy}: every development set under {@code ../shared/dev} scored in one run, one
 * table. Gold sets (seeds, {@code real/}, {@code persian/}) are scored by {@link EventEvaluation}
 * as {@code sitrep eval} does; ACLED notes by their own scorer ({@code acled-notes/score.py}, run
 * with python3), so the figures are the ones the set's owners define. {@code --check FILE} compares
 * with recorded figures and fails when one drops by more than the tolerance, so a change that helps
 * one set and hurts another is seen at once.
 */
@Command(
    name = "accuracy",
    footer = {
      "",
      "Examples:",
      "  sitrep accuracy",
      "  sitrep accuracy --only seeds,real --check docs/accuracy.tsv",
    },
    description =
        "Score every development set under ../shared/dev (gold sets and ACLED notes) in one"
            + " table; --check compares with recorded figures.")
final class AccuracyCommand implements Callable<Integer> {
  /** How far a figure may fall below the recorded one before --check fails. */
  static final double TOLERANCE = 0.02;

  @Spec CommandSpec spec;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The shared folder holding dev/ and seeds/ (default: ../shared).")
  Path shared;

  @Option(
      names = "--notes",
      defaultValue = "2000",
      paramLabel = "N",
      description = "ACLED notes scored per file (default: ${DEFAULT-VALUE}).")
  int notes;

  @Option(
      names = "--only",
      paramLabel = "SET",
      split = ",",
      description = "Score only these sets (seeds, real, persian, or an ACLED file name).")
  List<String> only;

  @Option(
      names = "--check",
      paramLabel = "FILE",
      description = "Recorded figures (TSV: set, figure, value); exit 1 when one drops.")
  Path check;

  @Option(names = "--record", paramLabel = "FILE", description = "Write the figures as TSV.")
  Path record;

  /** One set's figures, in table order; "forbidden" is a count where lower is better. */
  record Scores(String set, int size, Map<String, Double> figures) {}

  static final List<String> GOLD_COLUMNS =
      List.of(
          "core_recall",
          "precision",
          "forbidden",
          "place",
          "date",
          "controller",
          "fatalities",
          "claim_status",
          "actors",
          "sub_event_type");

  static final List<String> NOTE_COLUMNS =
      List.of(
          "detected", "sub-event macro-F1", "accuracy", "admin1", "admin2", "date", "fatalities");

  /**
   * The figures --check guards: the headline ones of each kind of set (the gold sets' field
   * accuracies move as more events match, so they are printed, not guarded).
   */
  static final List<String> GOLD_GUARDED = List.of("core_recall", "precision", "forbidden");

  static final List<String> NOTE_GUARDED =
      List.of("detected", "sub-event macro-F1", "admin1", "admin2", "date", "fatalities");

  @Override
  public Integer call() {
    Path dir = shared == null ? defaultShared() : shared;
    if (!Files.isDirectory(dir.resolve("dev"))) {
      throw new UsageException("no dev sets at " + dir.resolve("dev") + " (use --shared DIR)");
    }
    Pipeline pipeline = Assembly.pipeline();
    List<Scores> all = new ArrayList<>();
    goldSet(pipeline, all, "seeds", dir.resolve("dev/seeds.gold.jsonl"), dir.resolve("seeds"));
    goldSet(
        pipeline,
        all,
        "real",
        dir.resolve("dev/real/gold.jsonl"),
        dir.resolve("dev/real/articles.jsonl"));
    goldSet(
        pipeline,
        all,
        "persian",
        dir.resolve("dev/persian/gold.jsonl"),
        dir.resolve("dev/persian/articles.jsonl"));
    Path notesDir = dir.resolve("dev/acled-notes");
    for (Path csv : csvFiles(notesDir)) {
      String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
      if (wanted(name)) {
        all.add(acledSet(pipeline, name, notesDir.resolve("score.py"), csv));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(table(all));
    out.flush();
    if (record != null) {
      write(record, tsv(all));
    }
    if (check == null) {
      return Failures.OK;
    }
    List<String> drops = drops(read(check), all);
    PrintWriter err = spec.commandLine().getErr();
    drops.forEach(d -> err.println("sitrep: accuracy dropped: " + d));
    err.flush();
    return drops.isEmpty() ? Failures.OK : Failures.RUNTIME;
  }

  private boolean wanted(String set) {
    return only == null || only.contains(set);
  }

  private static Path defaultShared() {
    String s = System.getProperty("sitrep.shared");
    return s != null && !s.isBlank() ? Path.of(s) : Assembly.home().resolve("..").resolve("shared");
  }

  private void goldSet(Pipeline pipeline, List<Scores> out, String name, Path gold, Path docs) {
    if (!wanted(name) || !Files.exists(gold) || !Files.exists(docs)) {
      return;
    }
    List<GoldEvent> goldEvents;
    try {
      goldEvents = GoldEvent.parse(Files.readString(gold, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + gold, e);
    }
    List<Document> documents = documents(docs);
    List<Event> events = extract(pipeline, name, documents);
    EventEvaluation.Report r = EventEvaluation.score(goldEvents, events);
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("core_recall", r.recall());
    f.put("precision", r.precision());
    f.put("forbidden", (double) r.forbiddenHits());
    for (Map.Entry<String, int[]> e : r.fields().entrySet()) {
      int[] v = e.getValue();
      f.put(e.getKey(), v[1] == 0 ? Double.NaN : (double) v[0] / v[1]);
    }
    out.add(new Scores(name, documents.size(), f));
  }

  private Scores acledSet(Pipeline pipeline, String name, Path scorer, Path csv) {
    try {
      Path work = Files.createTempDirectory("sitrep-accuracy");
      try {
        Path docs = work.resolve(name + ".jsonl");
        python(docs, scorer.toString(), "docs", csv.toString(), Integer.toString(notes));
        List<Event> events = extract(pipeline, name, documents(docs));
        Path pred = work.resolve(name + ".out");
        try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
          for (Event e : events) {
            w.write(EventJson.toJson(e));
            w.write('\n');
          }
        }
        Path result = work.resolve(name + ".score");
        python(result, scorer.toString(), "score", csv.toString(), pred.toString());
        String line = Files.readString(result, StandardCharsets.UTF_8);
        return new Scores(name, notesCount(line), noteFigures(line));
      } finally {
        try (Stream<Path> s = Files.walk(work)) {
          s.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("accuracy on " + csv + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> csvFiles(Path dir) {
    if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve("score.py"))) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static List<Document> documents(Path path) {
    List<Document> docs = new ArrayList<>();
    new DocumentReader()
        .read(
            List.of(path),
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                docs.add(ok.document());
              } else if (r instanceof ReadResult.Rejected bad) {
                System.err.println("sitrep: " + bad.message());
              }
            });
    return docs;
  }

  /** Extracts in parallel (stages are thread-safe); a failing document is reported, not fatal. */
  private static List<Event> extract(Pipeline pipeline, String set, List<Document> docs) {
    List<Event> events = Collections.synchronizedList(new ArrayList<>());
    try (Progress progress = new Progress(System.err, "accuracy " + set, docs.size())) {
      docs.parallelStream()
          .forEach(
              d -> {
                try {
                  events.addAll(pipeline.run(d).events());
                } catch (RuntimeException e) {
                  progress.message("sitrep: " + d.id() + ": extraction failed: " + e);
                }
                progress.step();
              });
    }
    return new ArrayList<>(events);
  }

  private static void python(Path stdout, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("python3");
    cmd.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectOutput(stdout.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException("the ACLED notes scorer failed: " + String.join(" ", cmd));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run python3 for the ACLED notes scorer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scoring ACLED notes", e);
    }
  }

  private static final Pattern NOTE_FIGURE =
      Pattern.compile(
          "(detected|sub-event macro-F1|accuracy|admin1|admin2|date|fatalities) ([0-9.]+)");

  static Map<String, Double> noteFigures(String scorerLine) {
    Map<String, Double> f = new LinkedHashMap<>();
    Matcher m = NOTE_FIGURE.matcher(scorerLine);
    while (m.find()) {
      f.putIfAbsent(m.group(1), Double.parseDouble(m.group(2)));
    }
    if (!f.keySet().containsAll(NOTE_COLUMNS)) {
      throw new IllegalStateException("unexpected ACLED scorer output: " + scorerLine.strip());
    }
    return f;
  }

  private static int notesCount(String scorerLine) {
    Matcher m = Pattern.compile("^(\\d+) notes").matcher(scorerLine.strip());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  static String table(List<Scores> all) {
    StringBuilder b = new StringBuilder();
    List<Scores> gold = all.stream().filter(s -> s.figures().containsKey("core_recall")).toList();
    List<Scores> notes = all.stream().filter(s -> !s.figures().containsKey("core_recall")).toList();
    if (!gold.isEmpty()) {
      rows(b, "docs", GOLD_COLUMNS, gold);
    }
    if (!notes.isEmpty()) {
      if (!gold.isEmpty()) {
        b.append('\n');
      }
      rows(b, "notes", NOTE_COLUMNS, notes);
    }
    return b.toString();
  }

  private static void rows(StringBuilder b, String size, List<String> cols, List<Scores> sets) {
    b.append("| set | ").append(size);
    cols.forEach(c -> b.append(" | ").append(c));
    b.append(" |\n|---|---:");
    cols.forEach(c -> b.append("|---:"));
    b.append("|\n");
    for (Scores s : sets) {
      b.append("| ").append(s.set()).append(" | ").append(s.size());
      for (String c : cols) {
        Double v = s.figures().get(c);
        b.append(" | ").append(format(c, v));
      }
      b.append(" |\n");
    }
  }

  private static String format(String figure, Double v) {
    if (v == null || v.isNaN()) {
      return "–";
    }
    return figure.equals("forbidden")
        ? Integer.toString(v.intValue())
        : String.format(Locale.ROOT, "%.3f", v);
  }

  static String tsv(List<Scores> all) {
    StringBuilder b =
        new StringBuilder("# set\tfigure\tvalue (written by sitrep accuracy --record)\n");
    for (Scores s : all) {
      for (Map.Entry<String, Double> f : s.figures().entrySet()) {
        if (!f.getValue().isNaN()) {
          b.append(s.set())
              .append('\t')
              .append(f.getKey())
              .append('\t')
              .append(String.format(Locale.ROOT, "%.4f", f.getValue()))
              .append('\n');
        }
      }
    }
    return b.toString();
  }

  /** Recorded figures: set -> figure -> value. */
  static Map<String, Map<String, Double>> parseTsv(String text) {
    Map<String, Map<String, Double>> m = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split("\t");
      if (p.length != 3) {
        throw new UsageException("bad recorded figure line: " + line);
      }
      m.computeIfAbsent(p[0], k -> new LinkedHashMap<>()).put(p[1], Double.parseDouble(p[2]));
    }
    return m;
  }

  /**
   * The guarded figures that fell by more than the tolerance (forbidden hits: any rise), for the
   * sets scored in this run.
   */
  static List<String> drops(Map<String, Map<String, Double>> recorded, List<Scores> now) {
    List<String> drops = new ArrayList<>();
    for (Scores s : now) {
      Map<String, Double> was = recorded.getOrDefault(s.set(), Map.of());
      boolean gold = s.figures().containsKey("core_recall");
      for (String g : gold ? GOLD_GUARDED : NOTE_GUARDED) {
        Double before = was.get(g);
        Double after = s.figures().get(g);
        if (before == null || after == null || after.isNaN()) {
          continue;
        }
        boolean worse = g.equals("forbidden") ? after > before : after < before - TOLERANCE - 1e-9;
        if (worse) {
          drops.add(String.format(Locale.ROOT, "%s %s %.3f -> %.3f", s.set(), g, before, after));
        }
      }
    }
    return drops;
  }

  private static Map<String, Map<String, Double>> read(Path file) {
    try {
      return parseTsv(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageException("cannot read recorded figures " + file + ": " + e.getMessage());
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}

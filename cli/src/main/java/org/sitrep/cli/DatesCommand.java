package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.app.Assembly;
import org.sitrep.core.time.DatedDocument;
import org.sitrep.eval.DateEvaluation;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;
import org.sitrep.model.TimeExpression;
import org.sitrep.wire.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep dates}: every time expression of the documents, normalised, as JSON Lines
 * (CONTRACTS.md §5); with {@code --gold FILE}, scores them against a gold file instead.
 */
@Command(
    name = "dates",
    footer = {
      "",
      "Examples:",
      "  sitrep dates examples/",
      "  sitrep dates --published 2021-08-15 note.txt",
    },
    description = "Print the time expressions of documents, normalised, as JSON Lines.")
final class DatesCommand implements Callable<Integer> {
  @Option(
      names = "--published",
      paramLabel = "YYYY-MM[-DD]",
      description = "Publication date to use instead of the documents' own.")
  String published;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description =
          "Score against a gold JSON Lines file (id, lang, published, text, times) and print"
              + " precision, recall and value accuracy per language.")
  Path gold;

  @Option(names = "--errors", description = "With --gold: list every miss on stderr.")
  boolean errors;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files (.txt, .jsonl) or directories.")
  List<Path> paths;

  @Override
  public Integer call() {
    DateInterval override = null;
    if (published != null) {
      if (!published.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
        throw new UsageException("--published wants YYYY-MM or YYYY-MM-DD, not " + published);
      }
      try {
        override = DateEvaluation.parsePublished(published);
      } catch (DateTimeException e) {
        throw new UsageException("--published: no such date " + published);
      }
    }
    if (gold != null) {
      return score();
    }
    if (paths == null || paths.isEmpty()) {
      throw new UsageException("dates needs at least one PATH (or --gold FILE)");
    }
    PrintStream out = System.out;
    PrintStream err = System.err;
    Function<Document, DatedDocument> dating = Assembly.dating();
    DateInterval forced = override;
    int[] read = {0};
    try (Progress progress = Progress.documents(err, "dates", paths)) {
      new DocumentReader()
          .read(
              paths,
              r -> {
                progress.step();
                if (r instanceof ReadResult.Rejected bad) {
                  progress.message("sitrep: " + bad.message());
                  return;
                }
                Document doc = ((ReadResult.Ok) r).document();
                read[0]++;
                if (forced != null) {
                  doc = doc.withPublished(forced);
                }
                try {
                  DatedDocument d = dating.apply(doc);
                  for (TimeExpression t : d.times()) {
                    out.println(EventJson.write(EventJson.toNode(t)));
                  }
                } catch (RuntimeException e) {
                  progress.message("sitrep: " + doc.id() + ": dating failed: " + e);
                }
              });
    }
    out.flush();
    return read[0] > 0 ? Failures.OK : Failures.USAGE;
  }

  private int score() {
    String text;
    try {
      text = Files.readString(gold, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read gold file " + gold + ": " + e.getMessage());
    }
    List<DateEvaluation.GoldDoc> docs;
    try {
      docs = DateEvaluation.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(gold + ": " + e.getMessage());
    }
    for (DateEvaluation.Score s : DateEvaluation.evaluate(docs, Assembly.dating())) {
      System.out.println(EventJson.write(s.toNode()));
      if (errors) {
        s.errors().forEach(System.err::println);
      }
    }
    return Failures.OK;
  }
}

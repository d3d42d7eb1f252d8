package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.core.fusion.Report;
import org.sitrep.core.fusion.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep report --date D}: the daily situation report, Markdown and HTML. */
@Command(
    name = "report",
    footer = {
      "",
      "Examples:",
      "  sitrep report --date 2021-08-21 --out reports/",
      "  sitrep report --date 2021-08-21 --format html --out today.html",
    },
    description =
        "Write the daily situation report: changes since the day before, contested places,"
            + " casualties, each line citing its sources.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FusionInputs inputs;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day.")
  String date;

  @Option(
      names = "--format",
      defaultValue = "markdown",
      description = "markdown or html (for stdout or a file --out).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "PATH",
      description =
          "A directory (writes sitrep-report-DATE.md and .html) or a file (.md or .html);"
              + " default stdout.")
  Path out;

  @Override
  public Integer call() {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.matches("markdown|md|html")) {
      throw new UsageException("--format must be markdown or html: " + format);
    }
    PrintWriter err = spec.commandLine().getErr();
    Report r = inputs.service(err).report(FusionInputs.date(date, "--date"));
    if (out == null) {
      PrintWriter o = spec.commandLine().getOut();
      o.print(f.equals("html") ? ReportRenderer.html(r) : ReportRenderer.markdown(r));
      o.flush();
      return Failures.OK;
    }
    if (Files.isDirectory(out)) {
      write(out.resolve("sitrep-report-" + r.day() + ".md"), ReportRenderer.markdown(r));
      write(out.resolve("sitrep-report-" + r.day() + ".html"), ReportRenderer.html(r));
    } else if (out.toString().endsWith(".html") || out.toString().endsWith(".htm")) {
      write(out, ReportRenderer.html(r));
    } else {
      write(out, ReportRenderer.markdown(r));
    }
    return Failures.OK;
  }

  /** Writes beside the target then moves it in place: never a half-written report. */
  static void write(Path target, String content) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, ".sitrep-", ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(
          tmp,
          target,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}

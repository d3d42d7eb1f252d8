package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.core.fusion.Report;
import org.sitrep.wire.ReportRenderer;
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
          "A folder (writes sitrep-report-DATE.md and .html into it, creating it and its parents"
              + " when needed) or a file (.md, .markdown, .html, .htm; another extension takes"
              + " --format). PATH is a folder when it is one already, ends with '/', or has no"
              + " extension. Default: stdout.")
  Path out;

  @Override
  public Integer call() {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.matches("markdown|md|html")) {
      throw new UsageException("--format must be markdown or html: " + format);
    }
    PrintWriter err = spec.commandLine().getErr();
    String given = out == null ? null : spec.findOption("--out").originalStringValues().get(0);
    if (out != null && !isFolder(out, given)) {
      parentMustExist(out); // before the (possibly long) load of the store
    }
    Report r = inputs.service(err).report(FusionInputs.date(date, "--date"));
    if (out == null) {
      PrintWriter o = spec.commandLine().getOut();
      o.print(f.equals("html") ? ReportRenderer.html(r) : ReportRenderer.markdown(r));
      o.flush();
      return Failures.OK;
    }
    if (isFolder(out, given)) {
      createFolder(out);
      write(out.resolve("sitrep-report-" + r.day() + ".md"), ReportRenderer.markdown(r));
      write(out.resolve("sitrep-report-" + r.day() + ".html"), ReportRenderer.html(r));
      err.println(
          "sitrep: report written to " + out.resolve("sitrep-report-" + r.day() + ".{md,html}"));
    } else {
      String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
      boolean html =
          name.endsWith(".html")
              || name.endsWith(".htm")
              || !name.endsWith(".md") && !name.endsWith(".markdown") && f.equals("html");
      write(out, html ? ReportRenderer.html(r) : ReportRenderer.markdown(r));
      err.println("sitrep: report written to " + out);
    }
    err.flush();
    return Failures.OK;
  }

  /**
   * A folder: one already, written with a trailing separator, or a name without extension (a new
   * "reports" is a folder, a new "today.md" a file).
   */
  static boolean isFolder(Path p, String asGiven) {
    if (Files.isDirectory(p)) {
      return true;
    }
    if (asGiven != null && (asGiven.endsWith("/") || asGiven.endsWith(java.io.File.separator))) {
      return true;
    }
    Path name = p.getFileName();
    return name == null || !name.toString().contains(".");
  }

  static void createFolder(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new UsageException("cannot create folder " + dir + ": a file of that name exists");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new UncheckedIOException(
          "cannot create folder " + dir + ": permission denied on " + e.getFile(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A file's folder must exist (no folders made up from a mistyped file path): exit 2. */
  static void parentMustExist(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UsageException(
          "cannot write " + target + ": folder " + dir + " does not exist (create it first)");
    }
  }

  /**
   * Writes beside the target then moves it in place: never a half-written report. The temporary
   * file is created as an ordinary one (mode 0666 less the umask, like any file the user writes;
   * not 0600 as {@code Files.createTempFile} would), or with the mode of the file it replaces.
   */
  static void write(Path target, String content) {
    parentMustExist(target);
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isWritable(dir)) {
      throw new UncheckedIOException(
          "cannot write " + target + ": folder " + dir + " is not writable",
          new java.nio.file.AccessDeniedException(dir.toString()));
    }
    Path tmp =
        dir.resolve(
            ".sitrep-"
                + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong())
                + ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      if (Files.exists(target)) {
        try {
          Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the default mode stands
        }
      }
      Files.move(
          tmp,
          target,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the original failure is the one to report
      }
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}

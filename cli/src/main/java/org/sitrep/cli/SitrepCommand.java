package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code sitrep} command; its sub-commands do the work. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Sourced, dated, geocoded conflict events and territorial control from news text.",
    subcommands = {
      DemoCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      AccuracyCommand.class,
      GazetteerCommand.class,
      DatesCommand.class,
      ControlCommand.class,
      TimelineCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      WatchCommand.class,
      IngestCommand.class,
      EventsCommand.class,
      ServeCommand.class,
    })
public final class SitrepCommand implements Runnable {
  @Option(
      names = "--verbose",
      description = "Print stack traces of failures.",
      scope = picocli.CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}

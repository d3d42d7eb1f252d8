package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code sitrep} command; its sub-commands do the work. {@code scope = INHERIT} hands
 * {@code --help}, {@code --version} and the exit-code list down to every sub-command.
 */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = Version.class,
    description =
        "Sourced, dated, geocoded conflict events and territorial control from news text.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (help included)",
      "1:runtime failure (the store, the network, a file that cannot be written)",
      "2:bad usage or bad input (no command, an unknown option, no readable document)"
    },
    footer = {
      "",
      "Examples:",
      "  sitrep demo                              the bundled example, end to end",
      "  sitrep extract examples/ > events.jsonl  documents in, events out",
      "  sitrep help extract                      help on one command (or: extract -h)",
    },
    subcommands = {
      HelpCommand.class,
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
public final class SitrepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      description = "Print stack traces of failures.",
      scope = ScopeType.INHERIT)
  boolean verbose;

  /** No command given: the usage on stderr and exit 2, as any other bad usage. */
  @Override
  public Integer call() {
    return usageError(spec);
  }

  /** The usage of a command that needs a sub-command, printed on stderr; exit code 2. */
  static int usageError(CommandSpec spec) {
    var err = spec.commandLine().getErr();
    err.println("sitrep: no command given to " + spec.qualifiedName());
    spec.commandLine().usage(err);
    err.flush();
    return Failures.USAGE;
  }
}

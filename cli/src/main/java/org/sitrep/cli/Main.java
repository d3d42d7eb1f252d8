package org.sitrep.cli;

import picocli.CommandLine;

/** Entry point of the {@code sitrep} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code (CONTRACTS.md §4), without exiting the JVM. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SitrepCommand());
    cl.setExecutionExceptionHandler(new Failures());
    cl.setParameterExceptionHandler(Failures::usage);
    return cl;
  }
}

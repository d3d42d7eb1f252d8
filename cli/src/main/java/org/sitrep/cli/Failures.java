package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and messages (CONTRACTS.md §4): 0 success, 1
 * runtime failure, 2 bad usage or bad input. A stack trace only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler {
  static final int OK = 0;
  static final int RUNTIME = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    int code = ex instanceof UsageException ? USAGE : RUNTIME;
    err.println("sitrep: " + message(ex));
    if (parsed.hasMatchedOption("--verbose")) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  static int usage(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    cl.getErr().println("sitrep: " + ex.getMessage());
    cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
    return USAGE;
  }

  private static String message(Throwable ex) {
    if (ex instanceof UncheckedIOException u && u.getCause() != null) {
      return u.getMessage();
    }
    String m = ex.getMessage();
    return m == null ? ex.getClass().getSimpleName() : m;
  }
}

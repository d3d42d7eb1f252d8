package org.sitrep.cli;

import java.io.PrintStream;

/**
 * Progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise (logs
 * and CI). Silent for short runs.
 */
final class Progress implements AutoCloseable {
  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private final PrintStream err;
  private final String what;
  private final long total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long last = started;
  private long done;
  private boolean drew;

  Progress(PrintStream err, String what, long total) {
    this.err = err;
    this.what = what;
    this.total = total;
    this.terminal = System.console() != null && System.getenv("CI") == null;
  }

  /** Synchronized: parallel extraction steps one bar. */
  synchronized void step() {
    done++;
    long now = System.nanoTime();
    if (terminal && now - last > 100_000_000L) {
      last = now;
      drew = true;
      int width = 30;
      int filled = total > 0 ? (int) (width * done / total) : 0;
      err.print(
          "\r"
              + what
              + " ["
              + "#".repeat(filled)
              + " ".repeat(width - filled)
              + "] "
              + done
              + (total > 0 ? "/" + total : ""));
      err.flush();
    } else if (!terminal && now - last > LINE_EVERY_NANOS) {
      last = now;
      err.println(what + ": " + done + (total > 0 ? "/" + total : "") + " done");
    }
  }

  @Override
  public void close() {
    if (drew) {
      err.println();
    }
  }
}

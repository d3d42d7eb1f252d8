package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Progress of long work on stderr: count, total when known, rate and time left. On a terminal a bar
 * redrawn in place; otherwise (logs, CI, a pipe) a plain line every few seconds. Silent for runs
 * shorter than that. Messages about single items go through {@link #message} so that they never
 * land in the middle of the bar.
 *
 * <p>Whether stderr is a terminal: {@code -Dsitrep.progress=bar|lines|off} (the launcher sets it
 * from {@code [ -t 2 ]}; {@code SITREP_PROGRESS} overrides it), else the JVM's console, never under
 * {@code CI}.
 */
final class Progress implements AutoCloseable {
  enum Mode {
    BAR,
    LINES,
    OFF
  }

  private static final long SECOND = 1_000_000_000L;
  private static final long BAR_EVERY = SECOND / 5;
  private static final long LINE_EVERY = 5 * SECOND;

  private final PrintStream err;
  private final String what;
  private final long total;
  private final Mode mode;
  private final LongSupplier clock;
  private final long started;
  private long last;
  private long done;
  private boolean drawn;
  private boolean printedLine;

  Progress(PrintStream err, String what, long total) {
    this(err, what, total, mode(), System::nanoTime);
  }

  Progress(PrintStream err, String what, long total, Mode mode, LongSupplier clock) {
    this.err = err;
    this.what = what;
    this.total = total;
    this.mode = mode;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.last = started;
  }

  /** Progress over the documents under these paths, their number counted first when cheap. */
  static Progress documents(PrintStream err, String what, List<Path> paths) {
    Mode m = mode();
    return new Progress(err, what, m == Mode.OFF ? 0 : countDocuments(paths), m, System::nanoTime);
  }

  static Mode mode() {
    String m = System.getenv("SITREP_PROGRESS");
    if (m == null || m.isBlank()) {
      m = System.getProperty("sitrep.progress", "");
    }
    switch (m.toLowerCase(Locale.ROOT)) {
      case "bar":
        return Mode.BAR;
      case "lines":
        return Mode.LINES;
      case "off":
        return Mode.OFF;
      default:
        return System.console() != null && System.getenv("CI") == null ? Mode.BAR : Mode.LINES;
    }
  }

  /**
   * How many documents the reader will hand out: one per .txt file, one per line of a .jsonl file;
   * 0 (unknown) when the inputs are over 1 GiB, where counting would cost more than it tells.
   */
  static long countDocuments(List<Path> paths) {
    long[] n = {0, 0}; // documents, bytes
    try {
      for (Path p : paths) {
        List<Path> files;
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.walk(p)) {
            files = s.filter(Files::isRegularFile).toList();
          }
        } else {
          files = Files.isRegularFile(p) ? List.of(p) : List.of();
        }
        for (Path f : files) {
          String name = f.getFileName().toString();
          if (name.endsWith(".txt")) {
            n[0]++;
          } else if (name.endsWith(".jsonl")) {
            n[1] += Files.size(f);
            if (n[1] > (1L << 30)) {
              return 0;
            }
            n[0] += lines(f);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0; // the reader reports unreadable inputs itself
    }
    return n[0];
  }

  private static long lines(Path f) throws IOException {
    long n = 0;
    int lastByte = '\n';
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f)) {
      for (int r; (r = in.read(buf)) > 0; ) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            n++;
          }
        }
        lastByte = buf[r - 1];
      }
    }
    return lastByte == '\n' ? n : n + 1;
  }

  /** One item done. Synchronized: parallel work steps one bar. */
  synchronized void step() {
    done++;
    long now = clock.getAsLong();
    if (mode == Mode.BAR && now - last >= BAR_EVERY && now - started >= SECOND) {
      last = now;
      draw(now);
    } else if (mode == Mode.LINES && now - last >= LINE_EVERY) {
      last = now;
      printedLine = true;
      err.println("sitrep: " + what + ": " + status(now));
      err.flush();
    }
  }

  /** A line about one item (a rejected document, an outcome), printed clear of the bar. */
  synchronized void message(String line) {
    if (drawn) {
      err.print("\r\033[K");
      err.println(line);
      draw(clock.getAsLong());
    } else {
      err.println(line);
    }
    err.flush();
  }

  private void draw(long now) {
    StringBuilder sb = new StringBuilder("\r").append(what).append(' ');
    if (known()) {
      int width = 24;
      int filled = (int) (width * done / total);
      sb.append('[').append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
    }
    sb.append(status(now)).append("\033[K");
    err.print(sb);
    err.flush();
    drawn = true;
  }

  private boolean known() {
    return total > 0 && done <= total;
  }

  /** "1234/5000 (24%), 41.2/s, about 1m33s left" or "1234 done, 41.2/s". */
  String status(long now) {
    double seconds = Math.max(1e-9, (now - started) / (double) SECOND);
    double rate = done / seconds;
    StringBuilder sb = new StringBuilder();
    if (known()) {
      sb.append(done)
          .append('/')
          .append(total)
          .append(String.format(Locale.ROOT, " (%d%%)", 100 * done / total));
    } else {
      sb.append(done).append(" done");
    }
    sb.append(String.format(Locale.ROOT, ", %.1f/s", rate));
    if (known() && rate > 0) {
      sb.append(", about ").append(duration((long) ((total - done) / rate))).append(" left");
    } else {
      sb.append(", ").append(duration((long) seconds)).append(" elapsed");
    }
    return sb.toString();
  }

  static String duration(long s) {
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m" + String.format(Locale.ROOT, "%02ds", s % 60);
    }
    return (s / 3600) + "h" + String.format(Locale.ROOT, "%02dm", (s % 3600) / 60);
  }

  @Override
  public synchronized void close() {
    long now = clock.getAsLong();
    if (drawn) {
      draw(now); // the final count stays on screen
      err.println();
    } else if (printedLine) {
      err.println(
          "sitrep: " + what + ": " + done + " done in " + duration((now - started) / SECOND));
    }
    err.flush();
  }
}

package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;

/**
 * Reads input documents per CONTRACTS.md §1: plain text with an optional {@code date} header, JSON
 * Lines, and directories of those. Bad inputs become {@link ReadResult.Rejected}; nothing here
 * throws for a bad document.
 */
public final class DocumentReader {
  private static final Pattern HEADER =
      Pattern.compile("^\\s*date\\s+(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?=\\s|$)");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads every document under the given paths, in a stable order, handing each to {@code sink}.
   */
  public void read(List<Path> paths, Consumer<ReadResult> sink) {
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> name(f).endsWith(".txt") || name(f).endsWith(".jsonl"))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          sink.accept(
              new ReadResult.Rejected(p.toString(), "cannot list directory: " + e.getMessage()));
          continue;
        }
        files.forEach(f -> readFile(f, sink));
      } else {
        readFile(p, sink);
      }
    }
  }

  private static String name(Path f) {
    return f.getFileName().toString();
  }

  void readFile(Path f, Consumer<ReadResult> sink) {
    if (!Files.exists(f)) {
      sink.accept(new ReadResult.Rejected(f.toString(), "no such file"));
      return;
    }
    if (name(f).endsWith(".jsonl")) {
      readJsonl(f, sink);
    } else {
      String id = name(f).replaceFirst("\\.[^.]*$", "");
      try {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        sink.accept(parseText(id, text));
      } catch (IOException e) {
        sink.accept(new ReadResult.Rejected(id, "cannot read: " + e.getMessage()));
      }
    }
  }

  /** A plain-text document: the header line, if any, gives the publication date. */
  public static ReadResult parseText(String id, String text) {
    if (text.isBlank()) {
      return new ReadResult.Rejected(id, "empty document");
    }
    Matcher m = HEADER.matcher(text);
    DateInterval published = null;
    if (m.find()) {
      try {
        published = date(m.group(1), m.group(2), m.group(3));
      } catch (RuntimeException e) {
        return new ReadResult.Rejected(id, "unknown date in header: " + m.group().trim());
      }
    }
    return new ReadResult.Ok(new Document(id, text, published, null, null, null));
  }

  private void readJsonl(Path f, Consumer<ReadResult> sink) {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        sink.accept(parseJsonLine(name(f) + ":" + n, line));
      }
    } catch (IOException | UncheckedIOException e) {
      sink.accept(new ReadResult.Rejected(f.toString(), "cannot read: " + e.getMessage()));
    }
  }

  public static ReadResult parseJsonLine(String where, String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (IOException e) {
      return new ReadResult.Rejected(where, "malformed JSON line");
    }
    if (n == null || !n.isObject() || !n.path("id").isTextual() || !n.path("text").isTextual()) {
      return new ReadResult.Rejected(where, "JSON line needs string fields \"id\" and \"text\"");
    }
    String id = n.get("id").asText();
    String text = n.get("text").asText();
    if (text.isBlank()) {
      return new ReadResult.Rejected(id, "empty document");
    }
    DateInterval published = null;
    if (n.hasNonNull("published")) {
      String p = n.get("published").asText();
      Matcher m = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:T.*)?$").matcher(p);
      if (!m.matches()) {
        return new ReadResult.Rejected(id, "unknown date format in \"published\": " + p);
      }
      try {
        published = date(m.group(1), m.group(2), m.group(3));
      } catch (RuntimeException e) {
        return new ReadResult.Rejected(id, "invalid date in \"published\": " + p);
      }
    }
    return new ReadResult.Ok(
        new Document(id, text, published, text(n, "source"), text(n, "url"), text(n, "lang")));
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static DateInterval date(String y, String mo, String d) {
    if (d == null) {
      return DateInterval.month(YearMonth.of(Integer.parseInt(y), Integer.parseInt(mo)));
    }
    return DateInterval.day(
        LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
  }
}

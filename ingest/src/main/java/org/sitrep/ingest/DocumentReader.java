package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.sitrep.core.text.DateHeader;
import org.sitrep.model.DateInterval;
import org.sitrep.model.Document;

/**
 * Reads input documents per CONTRACTS.md §1: plain text with an optional {@code date} header, JSON
 * Lines, and directories of those. Bad inputs (empty, binary, invalid UTF-8, too large, malformed
 * JSON, unknown date) become {@link ReadResult.Rejected} with a one-line reason; nothing here
 * throws for a bad document, so a batch always goes on.
 */
public final class DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s]");
  private static final int SNIFF_BYTES = 64 * 1024;

  private final ReaderSettings settings;

  public DocumentReader(ReaderSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public DocumentReader() {
    this(ReaderSettings.DEFAULTS);
  }

  /**
   * Reads every document under the given paths, in a stable order, handing each to {@code sink}.
   */
  public void read(List<Path> paths, Consumer<ReadResult> sink) {
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files = new ArrayList<>();
        List<ReadResult> unreadable = new ArrayList<>();
        try {
          Files.walkFileTree(p, new Lister(files, unreadable));
        } catch (IOException | RuntimeException e) {
          sink.accept(new ReadResult.Rejected(p.toString(), "cannot list directory: " + e));
          continue;
        }
        unreadable.forEach(sink);
        files.stream().sorted().forEach(f -> readFile(f, sink));
      } else {
        readFile(p, sink);
      }
    }
  }

  /**
   * Collects the documents of a folder tree; an entry that cannot be read (a folder without
   * permission, a broken link) is reported on its own and the walk goes on with the rest.
   */
  static final class Lister extends SimpleFileVisitor<Path> {
    private final List<Path> files;
    private final List<ReadResult> unreadable;

    Lister(List<Path> files, List<ReadResult> unreadable) {
      this.files = files;
      this.unreadable = unreadable;
    }

    @Override
    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
      boolean file = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(f);
      if (file && (name(f).endsWith(".txt") || name(f).endsWith(".jsonl"))) {
        files.add(f);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path f, IOException e) {
      unreadable.add(new ReadResult.Rejected(f.toString(), "cannot read: " + reason(e)));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        unreadable.add(new ReadResult.Rejected(dir.toString(), "cannot list: " + reason(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    private static String reason(IOException e) {
      return e instanceof java.nio.file.AccessDeniedException
          ? "permission denied"
          : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
  }

  private static String name(Path f) {
    return f.getFileName() == null ? f.toString() : f.getFileName().toString();
  }

  void readFile(Path f, Consumer<ReadResult> sink) {
    if (!Files.exists(f)) {
      sink.accept(new ReadResult.Rejected(f.toString(), "no such file"));
      return;
    }
    if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
      sink.accept(new ReadResult.Rejected(f.toString(), "not a readable file"));
      return;
    }
    try {
      if (name(f).endsWith(".jsonl")) {
        readJsonl(f, sink);
      } else {
        sink.accept(readText(f));
      }
    } catch (IOException e) {
      sink.accept(new ReadResult.Rejected(f.toString(), "cannot read: " + e.getMessage()));
    }
  }

  private ReadResult readText(Path f) throws IOException {
    String where = f.toString();
    long size = Files.size(f);
    if (size == 0) {
      return new ReadResult.Rejected(where, "empty file (0 bytes)");
    }
    if (size > settings.maxDocumentBytes()) {
      return new ReadResult.Rejected(where, tooLarge("file", size));
    }
    byte[] bytes = Files.readAllBytes(f);
    String bad = binary(bytes, 0, bytes.length);
    if (bad != null) {
      return new ReadResult.Rejected(where, bad);
    }
    Decoded d = decode(bytes, 0, bytes.length);
    if (d.error != null) {
      return new ReadResult.Rejected(where, d.error);
    }
    String id = name(f).replaceFirst("\\.[^.]*$", "");
    return parseText(id.isBlank() ? name(f) : id, d.text);
  }

  private String tooLarge(String what, long size) {
    return String.format(
        Locale.ROOT,
        "%s is %,d bytes (%.1f MB), over the limit of %,d bytes (%.1f MB)",
        what,
        size,
        size / 1048576.0,
        settings.maxDocumentBytes(),
        settings.maxDocumentBytes() / 1048576.0);
  }

  /** Why these bytes are not text, or null when they look like text. */
  private String binary(byte[] b, int from, int to) {
    int control = 0;
    int sniffEnd = Math.min(to, from + SNIFF_BYTES);
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return "binary file (NUL byte at byte offset " + (i - from) + ")";
      }
      if (i < sniffEnd && (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        control++;
      }
    }
    int n = sniffEnd - from;
    if (n > 0 && control > settings.maxControlFraction() * n) {
      return String.format(
          Locale.ROOT, "binary file (%d of the first %d bytes are control characters)", control, n);
    }
    return null;
  }

  private record Decoded(String text, String error) {}

  /**
   * Why these bytes are not strict UTF-8 ("invalid UTF-8 at byte offset N ..."), for callers that
   * read bodies rather than files (the API); empty when they decode.
   */
  public static Optional<String> utf8Problem(byte[] b) {
    return Optional.ofNullable(decode(b, 0, b.length).error).map(e -> e.replace("file", "data"));
  }

  /** Strict UTF-8: a malformed or unmappable byte is an error naming its offset. */
  private static Decoded decode(byte[] b, int from, int to) {
    int start = from;
    if (to - from >= 3
        && (b[from] & 0xff) == 0xEF
        && (b[from + 1] & 0xff) == 0xBB
        && (b[from + 2] & 0xff) == 0xBF) {
      start += 3; // a UTF-8 byte-order mark is not part of the text
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, start, to - start);
    CharBuffer out = CharBuffer.allocate(to - start + 1);
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      return new Decoded(
          null, "invalid UTF-8 at byte offset " + (in.position() - from) + " (file must be UTF-8)");
    }
    out.flip();
    return new Decoded(out.toString(), null);
  }

  /** The longest document id, in chars (the store's schema allows 512). */
  public static final int MAX_ID_CHARS = 512;

  /**
   * Why a document id cannot be used, if it cannot: blank, longer than the store allows, or with
   * control characters (which would forge lines or terminal codes wherever the id is printed).
   */
  public static Optional<String> idProblem(String id) {
    if (id.isBlank()) {
      return Optional.of("blank \"id\"");
    }
    if (id.length() > MAX_ID_CHARS) {
      return Optional.of(
          "\"id\" is " + id.length() + " characters, over the limit of " + MAX_ID_CHARS);
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.getType(id.charAt(i)) == Character.CONTROL) {
        return Optional.of(
            String.format(
                Locale.ROOT, "\"id\" has a control character (U+%04X)", (int) id.charAt(i)));
      }
    }
    return Optional.empty();
  }

  /** A plain-text document: the header line, if any, gives the publication date. */
  public static ReadResult parseText(String id, String text) {
    Optional<String> badId = idProblem(id);
    if (badId.isPresent()) {
      return new ReadResult.Rejected(id, badId.get());
    }
    if (text.isBlank()) {
      return new ReadResult.Rejected(id, "empty document (only blank space)");
    }
    int eol = text.indexOf('\n');
    String first = eol < 0 ? text : text.substring(0, eol);
    Optional<DateHeader.Header> header = DateHeader.find(first, 0, first.length());
    DateInterval published = null;
    if (header.isPresent()) {
      String word = header.get().word();
      try {
        Optional<DateInterval> d = header.get().date();
        if (d.isEmpty()) {
          return new ReadResult.Rejected(
              id,
              "unknown date format in header: \"" + word + "\" (expected YYYY-MM or YYYY-MM-DD)");
        }
        published = d.get();
      } catch (DateTimeException e) {
        return new ReadResult.Rejected(id, "invalid date in header: \"" + word + "\"");
      }
    }
    return new ReadResult.Ok(new Document(id, text, published, null, null, null));
  }

  private void readJsonl(Path f, Consumer<ReadResult> sink) throws IOException {
    String where = f.toString();
    if (Files.size(f) == 0) {
      sink.accept(new ReadResult.Rejected(where, "empty file (0 bytes)"));
      return;
    }
    int docs = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int n = 0;
      boolean more = true;
      while (more) {
        line.reset();
        long length = 0;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
          length++;
          if (length <= settings.maxDocumentBytes()) {
            line.write(c);
          }
        }
        more = c != -1;
        if (!more && length == 0) {
          break;
        }
        n++;
        String at = where + ":" + n;
        if (length > settings.maxDocumentBytes()) {
          sink.accept(new ReadResult.Rejected(at, "line " + n + ": " + tooLarge("line", length)));
          docs++;
          continue;
        }
        byte[] b = line.toByteArray();
        String bad = binary(b, 0, b.length);
        if (bad != null) {
          sink.accept(
              new ReadResult.Rejected(at, "line " + n + ": " + bad.replace("file", "data")));
          docs++;
          continue;
        }
        Decoded d = decode(b, 0, b.length);
        if (d.error != null) {
          sink.accept(new ReadResult.Rejected(at, "line " + n + ": " + d.error));
          docs++;
          continue;
        }
        if (d.text.isBlank()) {
          continue;
        }
        docs++;
        sink.accept(parseJsonLine(at, n, d.text));
      }
    }
    if (docs == 0) {
      sink.accept(new ReadResult.Rejected(where, "no documents (only blank lines)"));
    }
  }

  /** One JSON line; {@code where} names it ("file.jsonl:3") until its id is known. */
  public static ReadResult parseJsonLine(String where, int lineNo, String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String col = e.getLocation() == null ? "" : ", column " + e.getLocation().getColumnNr();
      String msg = e.getOriginalMessage().split("\n", 2)[0];
      return new ReadResult.Rejected(where, "malformed JSON at line " + lineNo + col + ": " + msg);
    }
    if (n == null || !n.isObject() || !n.path("id").isTextual() || !n.path("text").isTextual()) {
      return new ReadResult.Rejected(
          where, "line " + lineNo + ": JSON line needs string fields \"id\" and \"text\"");
    }
    String id = n.get("id").asText();
    Optional<String> badId = idProblem(id);
    if (badId.isPresent()) {
      return new ReadResult.Rejected(where, "line " + lineNo + ": " + badId.get());
    }
    String text = n.get("text").asText();
    if (text.isBlank()) {
      return new ReadResult.Rejected(id, "empty document (line " + lineNo + ")");
    }
    DateInterval published = null;
    if (n.hasNonNull("published")) {
      String p = n.get("published").asText();
      try {
        published = published(p);
      } catch (DateTimeException e) {
        return new ReadResult.Rejected(
            id,
            "unknown date format in \"published\": \""
                + p
                + "\" (line "
                + lineNo
                + "; expected YYYY-MM, YYYY-MM-DD or an ISO date-time)");
      }
    }
    String url = text(n, "url");
    if (url != null && !url.isBlank() && !WEB_ADDRESS.matcher(url).lookingAt()) {
      // the map and the reports link to it: a javascript: or data: address would run there
      return new ReadResult.Rejected(
          id, "\"url\" must be an http or https address (line " + lineNo + ")");
    }
    return new ReadResult.Ok(
        new Document(id, text, published, text(n, "source"), url, text(n, "lang")));
  }

  public static ReadResult parseJsonLine(String where, String line) {
    return parseJsonLine(where, 1, line);
  }

  private static DateInterval published(String p) {
    Optional<DateInterval> ymd = DateHeader.ymd(p);
    if (ymd.isPresent()) {
      return ymd.get();
    }
    try {
      return DateInterval.day(OffsetDateTime.parse(p).toLocalDate());
    } catch (DateTimeParseException e) {
      return DateInterval.day(LocalDateTime.parse(p).toLocalDate());
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
